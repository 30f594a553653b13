using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Tests.Docs;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;
using VnChildProtection.EntityFrameworkCore.Cases;

namespace VnChildProtection.EntityFrameworkCore.Tests.Docs;

/// <summary>The examples of docs/persistence.md and of the package README, run on SQLite.</summary>
public sealed class PersistenceDocsExamples : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "vncp-docs-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public void EveryExampleOfThePages_IsHere()
    {
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/persistence.md", "tests/VnChildProtection.EntityFrameworkCore.Tests/Docs/PersistenceDocsExamples.cs", expectedBlocks: 2);
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/packages/VnChildProtection.EntityFrameworkCore.md", "tests/VnChildProtection.EntityFrameworkCore.Tests/Docs/PersistenceDocsExamples.cs", expectedBlocks: 1);
    }

    [Fact]
    public async Task EventStore_AppendConflictLoad()
    {
        var options = new DbContextOptionsBuilder<VnChildProtectionSqliteDbContext>()
            .UseSqlite("Data Source=" + path)
            .Options;
        using var context = new VnChildProtectionSqliteDbContext(options);
        await context.Database.MigrateAsync();

        var store = new CaseStore(context);
        var commune = AdministrativeUnitCode.Of("00004");
        var officer = new Actor("officer-1", WorkflowRole.CommuneOfficer, commune);
        var opened = CaseWorkflow.Default.Open(new ReceiveReportCommand(
            CaseId.Of("HN-2025-0001"), officer, Instant.FromUtc(2025, 3, 3, 2, 0), ReportSource.Hotline111, commune)).AsT0;

        var appended = await store.AppendAsync(opened, expectedVersion: 0);   // 1: the stream's new version
        var again = await store.AppendAsync(opened, expectedVersion: 0);      // CaseConflict: another writer was first
        var loaded = await store.LoadAsync(opened.Id);                        // the case, replayed from its events

        Assert.Equal(1, appended.AsT0);
        Assert.Equal(new CaseConflict(opened.Id, 0, 1), again.AsT1);
        Assert.Equal(opened, loaded.AsT0);
    }

    [Fact]
    public async Task HostEntity_HoldsTheCoresValues()
    {
        var options = new DbContextOptionsBuilder<HostContext>().UseSqlite("Data Source=" + path).Options;
        using (var context = new HostContext(options))
        {
            await context.Database.EnsureCreatedAsync();
            context.Referrals.Add(new Referral { Commune = AdministrativeUnitCode.Of("00004"), Category = SpecialCircumstance.Abandoned, Limit = TimeLimit.WorkingDays(5) });
            await context.SaveChangesAsync();
        }
        using (var context = new HostContext(options))
        {
            var referral = await context.Referrals.SingleAsync(r => r.Category == SpecialCircumstance.Abandoned);
            Assert.Equal(TimeLimit.WorkingDays(5), referral.Limit);
            Assert.Equal(AdministrativeUnitCode.Of("00004"), referral.Commune);
            Assert.Equal(0, await context.Set<StoredCaseEvent>().CountAsync());
        }
    }

    public void Dispose() => SqliteConnection.ClearAllPools();
}

// docs/persistence.md, "Your own context": a host entity holding the core's values, and the library's tables beside it.
public sealed class Referral
{
    public int Id { get; set; }
    public required AdministrativeUnitCode Commune { get; set; }
    public required SpecialCircumstance Category { get; set; }
    public required TimeLimit Limit { get; set; }
}

public sealed class HostContext(DbContextOptions<HostContext> options) : DbContext(options)
{
    public DbSet<Referral> Referrals => Set<Referral>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddVnChildProtectionConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.UseVnChildProtection(Database);
}
