using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VnChildProtection.Domain.Workflow;
using VnChildProtection.EntityFrameworkCore.Cases;
using VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

namespace VnChildProtection.EntityFrameworkCore.Tests.Cases;

/// <summary>
/// PostgreSQL crashes (stopped without a checkpoint) and restarts while four writers append: every append that was
/// acknowledged is in the stream afterwards, and every stream still replays.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ServerRestartTests(PostgresServer server) : IDisposable
{
    private const int Writers = 4;
    private const int AppendsPerWriter = 60;
    private readonly TestDatabase database = TestDatabase.PostgreSql(server, "restart");

    [Fact]
    public async Task ServerCrashDuringWrites_LosesNoAcknowledgedEvent()
    {
        Assert.True(server.OwnsServer, $"This test restarts the fixture's own server; unset {PostgresServer.ConnectionVariable} to run it.");
        var acknowledged = new ConcurrentBag<CaseEvent>();
        var failures = 0;
        using var halfway = new CountdownEvent(Writers * AppendsPerWriter / 2);

        async Task Write(int writer)
        {
            var current = CaseFixtures.Assessing("RESTART-" + writer);
            var stored = 0;
            var appended = 0;
            while (appended < AppendsPerWriter)
            {
                var next = stored == 0 ? current : CaseFixtures.Assess(current, 1);
                try
                {
                    using var context = database.NewContext();
                    var store = new CaseStore(context);
                    if ((await store.AppendAsync(next, stored)).TryPickT0(out var version, out var conflict))
                    {
                        foreach (var e in next.History.Skip(stored))
                        {
                            acknowledged.Add(e);
                        }
                        current = next;
                        stored = version;
                        appended++;
                        if (!halfway.IsSet)
                        {
                            halfway.Signal();
                        }
                    }
                    else
                    {
                        // An append whose commit reached the server but whose answer was lost: read what is stored.
                        current = (await store.LoadAsync(current.Id)).AsT0;
                        stored = conflict.ActualVersion;
                    }
                }
                catch (Exception e) when (e is NpgsqlException or DbUpdateException or InvalidOperationException)
                {
                    // The server is down or restarting: the append was not acknowledged; try again shortly.
                    Interlocked.Increment(ref failures);
                    await Task.Delay(50);
                }
            }
        }

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => Write(w))).ToArray();
        halfway.Wait(TimeSpan.FromMinutes(2));
        server.CrashAndRestart();
        await Task.WhenAll(writers);

        NpgsqlConnection.ClearAllPools();
        using var check = database.NewContext();
        var stored = await check.Set<StoredCaseEvent>().AsNoTracking().ToListAsync();
        var byKey = stored.ToDictionary(e => (e.CaseId, e.Sequence));
        Assert.All(acknowledged, e => Assert.Equal(e, CaseEventLog.ParseEvent(byKey[(e.CaseId, e.Sequence)].Payload).AsT0));
        for (var w = 0; w < Writers; w++)
        {
            var replayed = (await new CaseStore(check).LoadAsync(CaseId.Of("RESTART-" + w))).AsT0;
            Assert.True(replayed.History.Length >= AppendsPerWriter + 1);
        }
        Assert.True(failures > 0, "the restart happened while the writers were writing");
    }

    public void Dispose() => database.Dispose();
}
