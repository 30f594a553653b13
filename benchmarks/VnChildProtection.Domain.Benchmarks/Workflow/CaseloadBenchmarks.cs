using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Benchmarks.Workflow;

/// <summary>
/// Overdue counts by commune and by obligation over 1,000,000 open cases spread over 3,321 communes (the number of
/// commune-level units after 1 July 2025), beside a naive LINQ baseline.
/// </summary>
[MemoryDiagnoser]
public class CaseloadBenchmarks
{
    private const int CaseCount = 1_000_000;
    private const int CommuneCount = 3_321;

    private static readonly Instant Start = Instant.FromUtc(2025, 3, 3, 2, 0);

    /// <summary>A weekday noon in the middle of the reports, when roughly half the time limits have passed.</summary>
    private static readonly Instant At = Instant.FromUtc(2025, 6, 16, 5, 0);

    private static readonly Case[] Cases = BuildCases();
    private static readonly Caseload Indexed = new(Cases);

    /// <summary>Naive: LINQ over every case's pending obligations, grouped by commune.</summary>
    [Benchmark(Baseline = true)]
    public Dictionary<AdministrativeUnitCode, int> NaiveOverdueByCommune() =>
        Cases.SelectMany(c => c.Pending.Where(p => p.IsOverdueAt(At)).Select(_ => c.Commune))
            .GroupBy(commune => commune)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Naive: LINQ over every case's pending obligations, grouped by obligation.</summary>
    [Benchmark]
    public Dictionary<Obligation, int> NaiveOverdueByObligation() =>
        Cases.SelectMany(c => c.Pending.Where(p => p.IsOverdueAt(At)))
            .GroupBy(p => p.Obligation)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The caseload index: binary search on sorted due instants, then a pass over the overdue prefix.</summary>
    [Benchmark]
    public ImmutableDictionary<AdministrativeUnitCode, int> IndexedOverdueByCommune() => Indexed.OverdueByCommune(At);

    /// <summary>The caseload index, by obligation.</summary>
    [Benchmark]
    public ImmutableDictionary<Obligation, int> IndexedOverdueByObligation() => Indexed.OverdueByObligation(At);

    /// <summary>Building the index from the cases (paid once per snapshot).</summary>
    [Benchmark]
    public Caseload BuildIndex() => new(Cases);

    private static Case[] BuildCases()
    {
        // Real commune codes of the shipped map on the first report's date: the workflow refuses codes of no commune.
        var communes = AdministrativeUnitRegistry.Default
            .GetUnitsValidOn(Start.InZone(Deadline.VietnamTimeZone).Date, AdministrativeLevel.Commune)
            .Take(CommuneCount)
            .Select(unit => unit.Code)
            .ToArray();
        var workflow = CaseWorkflow.Default;
        var hotline = new Actor("hotline", WorkflowRole.Hotline111);
        var cases = new Case[CaseCount];
        for (var i = 0; i < CaseCount; i++)
        {
            var commune = communes[i % CommuneCount];
            var officer = new Actor("officer", WorkflowRole.CommuneOfficer, commune);
            var chair = new Actor("chair", WorkflowRole.CommuneChair, commune);
            var id = CaseId.Of("C" + i.ToString(CultureInfo.InvariantCulture));
            // Reports every ~9 seconds over about 3.5 months; one in five is an emergency.
            var at = Start + Duration.FromSeconds(9L * i);
            var serious = i % 5 == 0;
            var c = workflow.Open(new ReceiveReportCommand(id, hotline, at, ReportSource.Hotline111, commune)).AsT0;
            c = workflow.Fire(c, new AssessInitialRiskCommand(id, officer, at, serious ? RiskLevel.Serious : RiskLevel.High)).AsT0;
            if (!serious)
            {
                c = workflow.Fire(c, new RecordDetailedAssessmentCommand(id, officer, at, NeedsPlan: true)).AsT0;
                c = workflow.Fire(c, new HoldNeedsMeetingCommand(id, chair, at)).AsT0;
                if (i % 3 == 0)
                {
                    c = workflow.Fire(c, new SubmitPlanCommand(id, officer, at + Duration.FromDays(3))).AsT0;
                }
            }
            cases[i] = c;
        }
        return cases;
    }
}
