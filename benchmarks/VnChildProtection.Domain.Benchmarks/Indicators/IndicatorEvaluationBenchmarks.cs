using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using VnChildProtection.Domain.Indicators;

namespace VnChildProtection.Domain.Benchmarks.Indicators;

/// <summary>
/// All 24 indicators (35 measures) for every commune of the 34 provinces, one year: values at commune, province and
/// national level, and a status for each against the national target. Grouped by category so that each ratio compares
/// with the category's baseline: the naive LINQ query for the decimal path, the frozen pre-change engine
/// (<see cref="IndicatorEngineBaseline"/>) for <c>Compile</c> and <c>Evaluate</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IndicatorEvaluationBenchmarks
{
    private static readonly IndicatorRegistry Registry = IndicatorRegistry.Default;
    private static readonly Dictionary<string, string?> Links = NationalDataset.Links();
    private static readonly Observation[] Observations = NationalDataset.Observations(Registry, Links);
    private static readonly IndicatorMeasure[] Measures = Registry.Indicators.SelectMany(i => i.Measures).ToArray();
    private static readonly IndicatorEngine Engine = new(new UnitHierarchy(NationalDataset.UnitLinks(Links)), Registry);
    private static readonly IndicatorDataset Data = Engine.Compile(Observations, NationalDataset.Year);
    private static readonly IndicatorEvaluation Reused = Engine.Evaluate(Data);

    private static readonly (string UnitCode, int Year, MeasureId Measure, decimal? Numerator, decimal? Denominator, decimal? Value)[] BaselineObservations =
        Observations.Select(o => (o.UnitCode.Value, o.Year, o.Measure, o.Numerator, o.Denominator, o.Value)).ToArray();
    private static readonly IndicatorEngineBaseline BaselineEngine = new(Links, Registry);
    private static readonly IndicatorEngineBaseline.Dataset BaselineData = BaselineEngine.Compile(BaselineObservations, NationalDataset.Year);
    private static readonly IndicatorEngineBaseline.Evaluation BaselineReused = BaselineEngine.Evaluate(BaselineData, StatusEvaluator.Default, null);

    static IndicatorEvaluationBenchmarks()
    {
        // The comparison is only fair if both engines give the same answer.
        foreach (var measure in Measures)
        {
            foreach (var (code, parent) in Links)
            {
                var now = parent is null ? Reused.GetNationalStatus(measure.Id) : Reused.GetStatus(measure.Id, VnChildProtection.Domain.Units.AdministrativeUnitCode.Of(code));
                if (now != BaselineEngine.GetStatus(BaselineReused, measure.Id, code))
                {
                    throw new InvalidOperationException($"The engine and its baseline disagree on {measure.Id} at {code}.");
                }
            }
        }
    }

    /// <summary>Naive: per measure, LINQ GroupBy communes into provinces and the nation, decimal rates, StatusEvaluator per unit.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Decimal")]
    public int NaiveLinqGroupBy()
    {
        var rows = 0;
        foreach (var measure in Measures)
        {
            var mine = Observations.Where(o => o.Year == NationalDataset.Year && o.Measure == measure.Id).ToList();
            var communes = mine.Select(o => (Unit: o.UnitCode.Value, N: o.Numerator ?? o.Value ?? 0m, D: o.Denominator ?? 0m));
            var provinces = mine.GroupBy(o => Links[o.UnitCode.Value]!)
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

    /// <summary>The engine's exact decimal path: one <see cref="IndicatorEngine.Rollup(IReadOnlyList{Observation}, MeasureId, int)"/> per measure, then StatusEvaluator per unit and the national total.</summary>
    [Benchmark]
    [BenchmarkCategory("Decimal")]
    public int RollupPerMeasure()
    {
        var rows = 0;
        foreach (var measure in Measures)
        {
            var rollup = Engine.Rollup(Observations, measure.Id, NationalDataset.Year);
            foreach (var value in rollup.Values.Values.Append(rollup.National))
            {
                var status = measure.NationalTarget is { } target ? StatusEvaluator.Default.Assess(target, value).Status : IndicatorStatus.NoData;
                rows += status >= IndicatorStatus.NoData ? 1 : 0;
            }
        }
        return rows;
    }

    /// <summary>The pre-change engine's <c>Compile</c> (frozen copy).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Compile")]
    public object CompileBefore() => BaselineEngine.Compile(BaselineObservations, NationalDataset.Year);

    /// <summary>Resolving the observations to unit and measure ordinals (done once per data load).</summary>
    [Benchmark]
    [BenchmarkCategory("Compile")]
    public IndicatorDataset Compile() => Engine.Compile(Observations, NationalDataset.Year);

    /// <summary>The pre-change engine's fast path (frozen copy), reusing its result.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Evaluate")]
    public object EvaluateBefore() => BaselineEngine.Evaluate(BaselineData, StatusEvaluator.Default, BaselineReused);

    /// <summary>The fast path: compiled data, arrays by unit ordinal, rollup in precomputed order, statuses; reuses its result.</summary>
    [Benchmark]
    [BenchmarkCategory("Evaluate")]
    public IndicatorEvaluation Evaluate() => Engine.Evaluate(Data, StatusEvaluator.Default, Reused);
}
