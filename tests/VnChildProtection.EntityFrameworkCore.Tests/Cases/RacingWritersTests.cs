using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using VnChildProtection.Domain.Workflow;
using VnChildProtection.EntityFrameworkCore.Cases;
using VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

namespace VnChildProtection.EntityFrameworkCore.Tests.Cases;

/// <summary>
/// Two officers act on one case at once, 1,000 times: each round exactly one append wins, the other gets the
/// conflict, reloads and retries; at the end the stream holds every acknowledged event, numbered without gap or
/// duplicate, and replays.
/// </summary>
public abstract class RacingWritersTests : IDisposable
{
    private const int Rounds = 1000;

    protected RacingWritersTests(TestDatabase database) => Database = database;

    protected TestDatabase Database { get; }

    [Fact]
    public async Task TwoWriters_OneCase_1000Rounds_ExactlyOneWinsEachRound_NoGapNoDuplicate()
    {
        using var contextA = Database.NewContext();
        using var contextB = Database.NewContext();
        var writers = new[] { new CaseStore(contextA), new CaseStore(contextB) };
        var current = CaseFixtures.Assessing("RACE-1");
        await writers[0].AppendAsync(current, 0);
        var acknowledged = current.History.Length;
        using var start = new Barrier(2);

        for (var round = 0; round < Rounds; round++)
        {
            var version = current.History.Length;
            var attempts = new[] { CaseFixtures.Assess(current, 1), CaseFixtures.Assess(current, 2) };
            var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await writers[w].AppendAsync(attempts[w], version);
            })));

            var winners = Enumerable.Range(0, 2).Where(w => results[w].IsT0).ToArray();
            Assert.True(winners.Length == 1, $"round {round}: {winners.Length} winners");
            var loser = 1 - winners[0];
            Assert.Equal(version + 1, results[winners[0]].AsT0);
            Assert.Equal(new CaseConflict(current.Id, version, version + 1), results[loser].AsT1);
            acknowledged++;

            // The loser reloads the case the winner left and takes its step again.
            var reloaded = (await writers[loser].LoadAsync(current.Id)).AsT0;
            Assert.Equal(attempts[winners[0]].History[^1], reloaded.History[^1]);
            var retried = CaseFixtures.Assess(reloaded, 3);
            Assert.Equal(version + 2, (await writers[loser].AppendAsync(retried, version + 1)).AsT0);
            acknowledged++;
            current = retried;
        }

        using var check = Database.NewContext();
        var sequences = await check.Set<StoredCaseEvent>().Where(e => e.CaseId == current.Id).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, acknowledged), sequences);
        var replayed = (await new CaseStore(check).LoadAsync(current.Id)).AsT0;
        Assert.Equal(current.History.ToArray(), replayed.History.ToArray());
        Assert.Equal(acknowledged, await new CaseStore(check).VersionAsync(current.Id));
        // One notice to the chair per stored assessment, none for the refused ones.
        Assert.Equal(2 * Rounds, await check.Set<StoredNotice>().CountAsync(n => n.Trigger == WorkflowTrigger.RecordDetailedAssessment));
    }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <inheritdoc cref="RacingWritersTests"/>
public sealed class SqliteRacingWritersTests() : RacingWritersTests(TestDatabase.Sqlite());

/// <inheritdoc cref="RacingWritersTests"/>
[Collection(PostgresGroup.Name)]
public sealed class PostgreSqlRacingWritersTests(PostgresServer server) : RacingWritersTests(TestDatabase.PostgreSql(server, "race"));
