using System;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;
using VnChildProtection.EntityFrameworkCore;
using VnChildProtection.EntityFrameworkCore.Cases;

namespace VnChildProtection.Domain.Benchmarks.EntityFrameworkCore;

/// <summary>
/// The event store on SQLite (a file, as a host embeds it) beside a naive mapping in the same run: one row per case
/// whose columns are updated in place. Appending one step; reading a 50-event case back (replay vs one row).
/// </summary>
/// <remarks>On demand only (not in CI): <c>dotnet run -c Release --project benchmarks/VnChildProtection.Domain.Benchmarks -- --filter *CaseStore*</c>.</remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CaseStoreBenchmarks : IDisposable
{
    private static readonly AdministrativeUnitCode Commune = AdministrativeUnitCode.Of("00004");
    private static readonly Actor Officer = new("officer-1", WorkflowRole.CommuneOfficer, Commune);
    private static readonly Instant Received = Instant.FromUtc(2025, 3, 3, 2, 0);

    private readonly string path = Path.Combine(Path.GetTempPath(), "vncp-bench-" + Guid.NewGuid().ToString("N") + ".db");
    private VnChildProtectionSqliteDbContext context = null!;
    private NaiveCaseContext naive = null!;
    private CaseStore store = null!;
    private Case current = null!;
    private int caseNumber;
    private CaseId fiftyEvents = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        context = new VnChildProtectionSqliteDbContext(new DbContextOptionsBuilder<VnChildProtectionSqliteDbContext>()
            .UseSqlite("Data Source=" + path).Options);
        await context.Database.MigrateAsync();
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        naive = new NaiveCaseContext(new DbContextOptionsBuilder<NaiveCaseContext>().UseSqlite("Data Source=" + path).Options);
        await naive.Database.ExecuteSqlRawAsync(naive.Database.GenerateCreateScript());
        naive.Cases.Add(new NaiveCase { Id = "NAIVE-1", Commune = "00004", State = "Assessing", Risk = "High" });
        await naive.SaveChangesAsync();
        naive.ChangeTracker.Clear();
        store = new CaseStore(context);
        current = await NewCase();
        var fifty = await NewCase();
        for (var i = 0; i < 48; i++)
        {
            var next = Assess(fifty);
            await store.AppendAsync(next, fifty.History.Length);
            fifty = next;
        }
        fiftyEvents = fifty.Id;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        context.Dispose();
        naive.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        GC.SuppressFinalize(this);
    }

    /// <summary>Event store: one step appended (event, head, obligations, notices) in one transaction.</summary>
    [Benchmark, BenchmarkCategory("Append")]
    public async Task<int> AppendStep()
    {
        if (current.History.Length >= 50)
        {
            current = await NewCase();
        }
        var next = Assess(current);
        var version = (await store.AppendAsync(next, current.History.Length)).AsT0;
        current = next;
        return version;
    }

    /// <summary>Naive mapping: the case's row read, its columns changed and saved under its version (the history is lost).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Append")]
    public async Task<int> NaiveUpdateInPlace()
    {
        var row = await naive.Cases.SingleAsync(c => c.Id == "NAIVE-1");
        row.Version++;
        row.NeedsPlan = row.Version % 2 == 0;
        row.LastEventAt = row.Version;
        await naive.SaveChangesAsync();
        naive.ChangeTracker.Clear();
        return row.Version;
    }

    /// <summary>Event store: a 50-event case read back by replay.</summary>
    [Benchmark, BenchmarkCategory("Replay50")]
    public async Task<Case> Replay50Events() => (await store.LoadAsync(fiftyEvents)).AsT0;

    /// <summary>Naive mapping: the case's one row read back.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Replay50")]
    public async Task<NaiveCase> NaiveReadRow() => await naive.Cases.AsNoTracking().SingleAsync(c => c.Id == "NAIVE-1");

    private async Task<Case> NewCase()
    {
        var id = CaseId.Of("BENCH-" + ++caseNumber);
        var opened = CaseWorkflow.Default.Open(new ReceiveReportCommand(id, Officer, Received, ReportSource.Hotline111, Commune)).AsT0;
        var assessing = CaseWorkflow.Default.Fire(opened, new AssessInitialRiskCommand(id, Officer, Received, RiskLevel.High)).AsT0;
        await store.AppendAsync(assessing, 0);
        return assessing;
    }

    private static Case Assess(Case c) =>
        CaseWorkflow.Default.Fire(c, new RecordDetailedAssessmentCommand(c.Id, Officer, c.LastEventAt + Duration.FromMinutes(1), c.History.Length % 2 == 0)).AsT0;
}
