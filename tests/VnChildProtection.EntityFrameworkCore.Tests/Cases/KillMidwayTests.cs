using System;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using VnChildProtection.EntityFrameworkCore.Cases;
using VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

namespace VnChildProtection.EntityFrameworkCore.Tests.Cases;

/// <summary>
/// An append whose transaction dies after its events were written and before the commit leaves nothing behind: no
/// event, no notice, no obligation, the head at the old version; the next writer appends as if it never happened.
/// </summary>
public abstract class KillMidwayTests : IDisposable
{
    protected KillMidwayTests(TestDatabase database) => Database = database;

    protected TestDatabase Database { get; }

    /// <summary>Ends the writer's transaction the hard way once the batch holding its events has run.</summary>
    protected abstract void Kill(DbConnection writer);

    [Fact]
    public async Task TransactionKilledAfterTheEventsWereWritten_LeavesNoPartialAppend()
    {
        var start = CaseFixtures.Assessing("KILL-1");
        using (var setup = Database.NewContext())
        {
            await new CaseStore(setup).AppendAsync(start, 0);
        }
        var doomed = CaseFixtures.Assess(CaseFixtures.Assess(start, 1), 2);

        using (var writer = NewContextKillingAfterEvents())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => new CaseStore(writer).AppendAsync(doomed, 2));
        }

        using var check = Database.NewContext();
        Assert.Equal(2, await check.Set<StoredCaseEvent>().CountAsync());
        Assert.Equal(2, await new CaseStore(check).VersionAsync(start.Id));
        Assert.Equal(0, await check.Set<StoredNotice>().CountAsync(n => n.Sequence > 2));
        Assert.Equal(start.Pending.Length, await check.Set<StoredObligation>().CountAsync());
        var next = CaseFixtures.Assess(start, 3);
        Assert.Equal(3, (await new CaseStore(check).AppendAsync(next, 2)).AsT0);
        Assert.Equal(next.History.ToArray(), (await new CaseStore(check).LoadAsync(start.Id)).AsT0.History.ToArray());
    }

    private VnChildProtectionDbContext NewContextKillingAfterEvents() => Database.NewContext(new KillAfterEvents(this));

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class KillAfterEvents(KillMidwayTests test) : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO vncp_case_events", StringComparison.Ordinal)
                || command.CommandText.Contains("INSERT INTO \"vncp_case_events\"", StringComparison.Ordinal))
            {
                test.Kill(command.Connection!);
            }
            return ValueTask.FromResult(result);
        }
    }
}

/// <inheritdoc cref="KillMidwayTests"/>
public sealed class SqliteKillMidwayTests() : KillMidwayTests(TestDatabase.Sqlite())
{
    // The writer fails between writing its events and committing (SQLite has no server to end a session from outside).
    protected override void Kill(DbConnection writer) => throw new OperationCanceledException("the writer died");
}

/// <inheritdoc cref="KillMidwayTests"/>
[Collection(PostgresGroup.Name)]
public sealed class PostgreSqlKillMidwayTests(PostgresServer server) : KillMidwayTests(TestDatabase.PostgreSql(server, "kill"))
{
    // The server ends the writer's session (pg_terminate_backend), as when the client dies or its connection drops.
    protected override void Kill(DbConnection writer)
    {
        var pid = ((NpgsqlConnection)writer).ProcessID;
        using var admin = new NpgsqlConnection(Database.ConnectionString);
        admin.Open();
        using var command = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin);
        command.Parameters.AddWithValue("pid", pid);
        Assert.Equal(true, command.ExecuteScalar());
    }
}
