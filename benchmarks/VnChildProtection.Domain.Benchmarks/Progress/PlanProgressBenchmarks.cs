using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VnChildProtection.Domain.Benchmarks.Indicators;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Progress;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Benchmarks.Progress;

/// <summary>
/// A 40-target plan (the 35 national measures and 5 targets of its own) over the national dataset of every commune of
/// the 34 provinces for three years: <see cref="PlanProgress.Assess"/> after <see cref="ProgressData.Compile"/> (the
/// engine's compile step, done once) beside a naive join that scans the observations for each target and year.
/// </summary>
[MemoryDiagnoser]
public class PlanProgressBenchmarks
{
    private static readonly int[] Years = [2022, 2023, 2024];
    private static readonly LocalDate AsOf = new(2024, 11, 15);
    private static readonly PlanDocument Plan = FortyTargets();
    private static readonly PlanMeasureMap Map = PlanMeasureMap.For(Plan);
    private static readonly Dictionary<string, string?> Links = NationalDataset.Links();
    private static readonly Observation[] Observations = AllYears(NationalDataset.Observations(Map.Registry, Links));
    private static readonly IndicatorEngine Engine = new(new UnitHierarchy(NationalDataset.UnitLinks(Links)), Map.Registry);
    private static readonly ProgressData Data = ProgressData.Compile(Engine, Observations);

    /// <summary>Naive: per target and year, filter every observation, sum numerators and denominators, then the same rules.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveJoin()
    {
        var statuses = 0;
        foreach (var indicator in Plan.Indicators)
        {
            for (var t = 0; t < indicator.Targets.Count; t++)
            {
                Map.TryGetMeasure(indicator.Number, t, out var measure);
                var unit = Map.Registry.GetMeasure(measure).Unit;
                var series = new List<ProgressPoint>();
                foreach (var year in Years.Where(y => y <= AsOf.Year))
                {
                    var rows = Observations.Where(o => o.Year == year && o.Measure == measure).ToList();
                    if (rows.Count == 0)
                    {
                        continue;
                    }
                    var value = unit.IsCount ? rows.Sum(o => o.Value ?? 0m) : unit.Compute(rows.Sum(o => o.Numerator ?? 0m), rows.Sum(o => o.Denominator ?? 0m));
                    if (value is { } v)
                    {
                        series.Add(new ProgressPoint(new LocalDate(year, 12, 31), v));
                    }
                }
                statuses += (int)ProgressRules.Decide(indicator.Targets[t].Target!, 2024, series, AsOf, PlanProgress.DefaultAtRiskShare).Status;
            }
        }
        return statuses;
    }

    /// <summary>The progress of the plan from the compiled data.</summary>
    [Benchmark]
    public int Assess() => PlanProgress.Assess(Plan, Map, Data, AsOf).Counts[ProgressStatus.OnTrack];

    private static Observation[] AllYears(Observation[] one) =>
        Years.SelectMany(y => one.Select(o => o.HasCounts
            ? Observation.FromCounts(o.UnitCode, y, o.Measure, o.Numerator!.Value, o.Denominator!.Value)
            : Observation.FromValue(o.UnitCode, y, o.Measure, o.Value!.Value))).ToArray();

    private static PlanDocument FortyTargets()
    {
        var indicators = new List<PlanIndicator>();
        foreach (var indicator in IndicatorRegistry.Default.Indicators)
        {
            indicators.Add(new PlanIndicator
            {
                Number = indicator.Id.Value,
                Text = indicator.VietnameseName,
                Targets = indicator.Measures.Select(m => new PlanTarget
                {
                    Text = m.VietnameseName,
                    Measure = m.Id,
                    Target = m.NationalTarget ?? new ThresholdTarget(m.Unit, m.Direction == IndicatorDirection.HigherIsBetter ? TargetBound.AtLeast : TargetBound.AtMost, 50m, 2025),
                }).ToValueList(),
            });
        }
        for (var i = 0; i < 5; i++)
        {
            indicators.Add(new PlanIndicator
            {
                Number = 30 + i,
                Text = "Chỉ tiêu riêng của kế hoạch",
                Targets = ValueList.Of(new PlanTarget { Text = "đạt 80% vào năm 2025", Target = new ThresholdTarget(IndicatorUnit.Percent, TargetBound.AtLeast, 80m, 2025) }),
            });
        }
        return new PlanDocument { Header = new PlanHeader { IssueDate = new LocalDate(2024, 1, 15) }, Indicators = indicators.ToValueList() };
    }
}
