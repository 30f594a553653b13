using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using VnChildProtection.Domain.Workflow;
using VnChildProtection.EntityFrameworkCore.Cases;
using VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

namespace VnChildProtection.EntityFrameworkCore.Tests.Cases;

/// <summary>The event store's behaviour, run on SQLite and on PostgreSQL by the two classes below.</summary>
public abstract class CaseStoreTests : IDisposable
{
    protected CaseStoreTests(TestDatabase database) => Database = database;

    protected TestDatabase Database { get; }

    [Fact]
    public async Task Append_ThenLoad_ReplaysAnEqualCase()
    {
        var opened = CaseFixtures.Opened("C-1");
        var assessed = CaseFixtures.Assess(CaseFixtures.Assess(CaseWorkflow.Default.Fire(opened,
            new AssessInitialRiskCommand(opened.Id, CaseFixtures.Officer(opened.Commune), CaseFixtures.Received, RiskLevel.High)).AsT0, 5), 7);
        using var context = Database.NewContext();
        var store = new CaseStore(context);

        Assert.Equal(1, (await store.AppendAsync(opened, 0)).AsT0);
        Assert.Equal(4, (await store.AppendAsync(assessed, 1)).AsT0);

        var loaded = (await store.LoadAsync(opened.Id)).AsT0;
        Assert.Equal(assessed, loaded);
        Assert.Equal(assessed.History.ToArray(), loaded.History.ToArray());
        Assert.Equal(assessed.State, loaded.State);
        Assert.Equal(assessed.Pending.ToArray(), loaded.Pending.ToArray());
        Assert.Equal(4, await store.VersionAsync(opened.Id));
    }

    [Fact]
    public async Task Load_UnknownCase_IsNotFound()
    {
        using var context = Database.NewContext();
        Assert.True((await new CaseStore(context).LoadAsync(CaseId.Of("nobody"))).IsT1);
    }

    [Fact]
    public async Task SecondWriterOnTheSameVersion_GetsAConflict_StoresNothing_AndCanRetry()
    {
        var start = CaseFixtures.Assessing("C-2");
        using var first = Database.NewContext();
        using var second = Database.NewContext();
        var a = new CaseStore(first);
        var b = new CaseStore(second);
        await a.AppendAsync(start, 0);

        Assert.Equal(3, (await a.AppendAsync(CaseFixtures.Assess(start, 1), 2)).AsT0);
        var conflict = (await b.AppendAsync(CaseFixtures.Assess(start, 2), 2)).AsT1;

        Assert.Equal(new CaseConflict(start.Id, 2, 3), conflict);
        Assert.Equal(3, await first.Set<StoredCaseEvent>().CountAsync());
        Assert.Equal(1, await first.Set<StoredNotice>().CountAsync(n => n.Sequence == 3));
        var reloaded = (await b.LoadAsync(start.Id)).AsT0;
        Assert.Equal(4, (await b.AppendAsync(CaseFixtures.Assess(reloaded, 2), 3)).AsT0);
    }

    [Fact]
    public async Task SecondWriterOfANewCase_GetsAConflict()
    {
        using var first = Database.NewContext();
        using var second = Database.NewContext();
        await new CaseStore(first).AppendAsync(CaseFixtures.Opened("C-3"), 0);

        var conflict = (await new CaseStore(second).AppendAsync(CaseFixtures.Opened("C-3", CaseFixtures.OtherCommune), 0)).AsT1;

        Assert.Equal(new CaseConflict(CaseId.Of("C-3"), 0, 1), conflict);
        Assert.Equal(CaseFixtures.Commune, (await new CaseStore(second).LoadAsync(CaseId.Of("C-3"))).AsT0.Commune);
    }

    [Fact]
    public async Task Notices_GoToTheOutbox_WithTheirEvent_AndLeaveItWhenDispatched()
    {
        var opened = CaseFixtures.Opened("C-4");
        using var context = Database.NewContext();
        var store = new CaseStore(context);
        await store.AppendAsync(opened, 0);

        var waiting = await store.UndispatchedNoticesAsync(100);

        Assert.Equal(opened.Notices, waiting.Select(n => n.ToNotice()));
        Assert.All(waiting, n => Assert.Equal(1, n.Sequence));
        Assert.Equal(waiting.Count, await store.MarkDispatchedAsync(waiting.Select(n => n.Id), CaseFixtures.Received));
        Assert.Empty(await store.UndispatchedNoticesAsync(100));
        Assert.Equal(0, await store.MarkDispatchedAsync(waiting.Select(n => n.Id), CaseFixtures.Received));
    }

    [Fact]
    public async Task Caseload_OpenCasesAndPendingObligations_ByCommune()
    {
        using var context = Database.NewContext();
        var store = new CaseStore(context);
        var here = CaseFixtures.Assessing("C-5");
        var there = CaseFixtures.Assessing("C-6", CaseFixtures.OtherCommune);
        await store.AppendAsync(here, 0);
        await store.AppendAsync(there, 0);

        var open = await store.OpenCasesAsync(CaseFixtures.Commune);
        var due = await store.PendingObligationsAsync(CaseFixtures.Commune, Instant.MaxValue);
        var none = await store.PendingObligationsAsync(CaseFixtures.Commune, CaseFixtures.Received);

        Assert.Equal([here.Id], open.Select(c => c.Id));
        Assert.Equal(CaseState.Assessing, open[0].State);
        Assert.Equal(here.Pending.Select(p => (p.Obligation, p.Deadline.Due)), due.Select(o => (o.Obligation, o.Due)));
        Assert.All(due, o => Assert.Equal(here.Id, o.CaseId));
        Assert.Empty(none);
    }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <inheritdoc cref="CaseStoreTests"/>
public sealed class SqliteCaseStoreTests() : CaseStoreTests(TestDatabase.Sqlite());

/// <inheritdoc cref="CaseStoreTests"/>
[Collection(PostgresGroup.Name)]
public sealed class PostgreSqlCaseStoreTests(PostgresServer server) : CaseStoreTests(TestDatabase.PostgreSql(server, "cases"));
