using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using VnChildProtection.Domain.Indicators;

namespace VnChildProtection.Domain.Benchmarks.Indicators;

/// <summary>
/// All 24 indicators (35 measures) for every commune of the 34 provinces, one year: values at commune, province and
/// national level, and a status for each against the national target.
/// </summary>
[MemoryDiagnoser]
public class IndicatorEvaluationBenchmarks
{
    private static readonly IndicatorRegistry Registry = IndicatorRegistry.Default;
    private static readonly Dictionary<string, string?> Links = NationalDataset.Links();
    private static readonly Observation[] Observations = NationalDataset.Observations(Registry, Links);
    private static readonly IndicatorMeasure[] Measures = Registry.Indicators.SelectMany(i => i.Measures).ToArray();
    private static readonly IndicatorEngine Engine = new(new UnitHierarchy(Links), Registry);
    private static readonly IndicatorDataset Data = Engine.Compile(Observations, NationalDataset.Year);
    private static readonly IndicatorEvaluation Reused = Engine.Evaluate(Data);

    /// <summary>Naive: per measure, LINQ GroupBy communes into provinces and the nation, decimal rates, StatusEvaluator per unit.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinqGroupBy()
    {
        var rows = 0;
        foreach (var measure in Measures)
        {
            var mine = Observations.Where(o => o.Year == NationalDataset.Year && o.Measure == measure.Id).ToList();
            var communes = mine.Select(o => (Unit: o.UnitCode, N: o.Numerator ?? o.Value ?? 0m, D: o.Denominator ?? 0m));
            var provinces = mine.GroupBy(o => Links[o.UnitCode]!)
                .Select(g => (Unit: g.Key, N: g.Sum(o => o.Numerator ?? o.Value ?? 0m), D: g.Sum(o => o.Denominator ?? 0m)));
            var nation = new[] { (Unit: "VN", N: mine.Sum(o => o.Numerator ?? o.Value ?? 0m), D: mine.Sum(o => o.Denominator ?? 0m)) };
            foreach (var (unit, n, d) in communes.Concat(provinces).Concat(nation))
            {
                var value = measure.Rollup == RollupPolicy.SumValues ? n : measure.Unit.Compute(n, d);
                var status = measure.NationalTarget is { } target
                    ? StatusEvaluator.Default.AssessValue(target, NationalDataset.Year, value, new Coverage(1, 1)).Status
                    : IndicatorStatus.NoData;
                rows += unit.Length > 0 && status >= IndicatorStatus.NoData ? 1 : 0;
            }
        }
        return rows;
    }

    /// <summary>The engine's general decimal path: one <see cref="IndicatorEngine.Rollup"/> per measure, then StatusEvaluator per unit.</summary>
    [Benchmark]
    public int RollupPerMeasure()
    {
        var rows = 0;
        foreach (var measure in Measures)
        {
            var rollup = Engine.Rollup(Observations, measure.Id, NationalDataset.Year);
            foreach (var value in rollup.Values.Values)
            {
                var status = measure.NationalTarget is { } target ? StatusEvaluator.Default.Assess(target, value).Status : IndicatorStatus.NoData;
                rows += status >= IndicatorStatus.NoData ? 1 : 0;
            }
        }
        return rows;
    }

    /// <summary>Resolving the observations to unit and measure ordinals (done once per data load).</summary>
    [Benchmark]
    public IndicatorDataset Compile() => Engine.Compile(Observations, NationalDataset.Year);

    /// <summary>The fast path: compiled data, arrays by unit ordinal, rollup in precomputed order, statuses; reuses its result.</summary>
    [Benchmark]
    public IndicatorEvaluation Evaluate() => Engine.Evaluate(Data, StatusEvaluator.Default, Reused);
}
