using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Indicators;

namespace VnChildProtection.Domain.Benchmarks.Indicators;

/// <summary>
/// A frozen copy of the fast path of <c>IndicatorEngine</c> as it was before the engine was given one aggregation
/// policy and typed unit codes (commit 826b511): string unit codes, <c>Compile</c> and <c>Evaluate</c> writing the
/// missing-value and averaging rules themselves. Kept only so that benchmarks compare the current engine with it in
/// the same run; never change it.
/// </summary>
internal sealed class IndicatorEngineBaseline
{
    private const long MaxCount = 1_000_000_000_000L;

    private readonly string[] _codes;
    private readonly int[] _parent;
    private readonly bool[] _isLeaf;
    private readonly int[] _leafCount;
    private readonly Dictionary<string, int> _index;
    private readonly IndicatorMeasure[] _measures;
    private readonly int[] _measureOrdinal;

    public IndicatorEngineBaseline(IReadOnlyDictionary<string, string?> parentByUnit, IndicatorRegistry registry, MissingValuePolicy missingValues = MissingValuePolicy.SkipIfAllValuesMissing)
    {
        MissingValues = missingValues;
        (_measures, _measureOrdinal) = IndexMeasures(registry);

        var units = new List<string>(parentByUnit.Keys);
        var depth = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            for (var p = parentByUnit[units[i]]; p is not null; p = parentByUnit[p])
            {
                ++depth[i];
            }
        }
        var order = new int[units.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => depth[b].CompareTo(depth[a]));
        _codes = new string[units.Count];
        _index = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var i = 0; i < order.Length; i++)
        {
            _codes[i] = units[order[i]];
            _index.Add(_codes[i], i);
        }
        _parent = new int[_codes.Length];
        _isLeaf = new bool[_codes.Length];
        _leafCount = new int[_codes.Length];
        Array.Fill(_isLeaf, true);
        for (var i = 0; i < _codes.Length; i++)
        {
            var parent = parentByUnit[_codes[i]];
            _parent[i] = parent is null ? -1 : _index[parent];
            if (_parent[i] >= 0)
            {
                _isLeaf[_parent[i]] = false;
            }
        }
        for (var i = 0; i < _codes.Length; i++)
        {
            if (_isLeaf[i])
            {
                _leafCount[i]++;
            }
            if (_parent[i] >= 0)
            {
                _leafCount[_parent[i]] += _leafCount[i];
            }
        }
    }

    public MissingValuePolicy MissingValues { get; }

    public Dataset Compile(IReadOnlyList<(string UnitCode, int Year, MeasureId Measure, decimal? Numerator, decimal? Denominator, decimal? Value)> observations, int year)
    {
        var n = _codes.Length;
        var size = _measures.Length * n;
        var numerators = new long[size];
        var denominators = new long[size];
        var reported = new int[size];
        var rejected = 0;
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (o.Year != year)
            {
                continue;
            }
            var m = OrdinalOf(o.Measure);
            if (m < 0 || !_index.TryGetValue(o.UnitCode, out var u) || !_isLeaf[u])
            {
                rejected++;
                continue;
            }
            var slot = (m * n) + u;
            var definition = _measures[m];
            var sumsCounts = definition.Rollup == RollupPolicy.SumNumeratorsAndDenominators;
            var hasCounts = o.Numerator is not null && o.Denominator is not null;
            long numerator = 0, denominator = 0;
            var ok = reported[slot] == 0 && (sumsCounts
                ? hasCounts && IsWhole(o.Numerator!.Value, out numerator) && IsWhole(o.Denominator!.Value, out denominator)
                : IsWhole(o.Value ?? definition.Unit.Compute(o.Numerator!.Value, o.Denominator!.Value) ?? 0m, out numerator));
            if (!ok)
            {
                rejected++;
                continue;
            }
            numerators[slot] = numerator;
            denominators[slot] = denominator;
            reported[slot] = 1;
        }
        return new Dataset(year, numerators, denominators, reported, rejected);
    }

    public Evaluation Evaluate(Dataset data, StatusEvaluator evaluator, Evaluation? reuse)
    {
        var n = _codes.Length;
        var result = reuse ?? new Evaluation(_measures.Length * n);
        result.Year = data.Year;
        result.RejectedObservations = data.RejectedObservations;
        if (result.Rules is null || result.RulesYear != data.Year || result.RulesEvaluator != evaluator)
        {
            var rules = new StatusRule[_measures.Length];
            for (var m = 0; m < rules.Length; m++)
            {
                rules[m] = new StatusRule(_measures[m].NationalTarget, data.Year, evaluator.AtRiskShare);
            }
            (result.Rules, result.RulesYear, result.RulesEvaluator) = (rules, data.Year, evaluator);
        }
        for (var m = 0; m < _measures.Length; m++)
        {
            EvaluateMeasure(m, data, result);
        }
        return result;
    }

    public IndicatorStatus GetStatus(Evaluation evaluation, MeasureId measure, string unitCode) =>
        evaluation.Statuses[(OrdinalOf(measure) * _codes.Length) + _index[unitCode]];

    private decimal? ExactValue(IndicatorMeasure definition, decimal numerator, decimal denominator, int reported, int expected) => definition.Rollup switch
    {
        RollupPolicy.SumNumeratorsAndDenominators => definition.Unit.Compute(numerator, denominator),
        RollupPolicy.SumValues => numerator,
        _ => Average(numerator, MissingValues == MissingValuePolicy.TreatAsZero ? expected : reported),
    };

    private void EvaluateMeasure(int m, Dataset data, Evaluation result)
    {
        var n = _codes.Length;
        var start = m * n;
        var num = result.Numerators.AsSpan(start, n);
        var den = result.Denominators.AsSpan(start, n);
        var rep = result.Reported.AsSpan(start, n);
        var status = result.Statuses.AsSpan(start, n);
        data.Numerators.AsSpan(start, n).CopyTo(num);
        data.Denominators.AsSpan(start, n).CopyTo(den);
        data.Reported.AsSpan(start, n).CopyTo(rep);
        var parent = _parent.AsSpan(0, n);
        var leafCount = _leafCount.AsSpan(0, n);
        for (var u = 0; u < parent.Length; u++)
        {
            var p = parent[u];
            if (p >= 0)
            {
                num[p] += num[u];
                den[p] += den[u];
                rep[p] += rep[u];
            }
        }

        var definition = _measures[m];
        ref readonly var rule = ref result.Rules![m];
        if (!rule.HasTarget)
        {
            status.Clear();
            return;
        }
        var missing = MissingValues;
        if (definition.Rollup == RollupPolicy.SumNumeratorsAndDenominators && !definition.Unit.IsCount)
        {
            var factor = (double)definition.Unit.Factor;
            for (var u = 0; u < n; u++)
            {
                var d = den[u];
                var s = d != 0 && IsPresent(missing, rep[u], leafCount[u]) ? rule.Classify(num[u] * factor / d) : IndicatorStatus.NoData;
                status[u] = s == StatusRule.Undecided ? rule.ClassifyExact(definition.Unit.Compute(num[u], d)!.Value) : s;
            }
            return;
        }
        var average = definition.Rollup == RollupPolicy.AverageValues;
        for (var u = 0; u < n; u++)
        {
            var reported = rep[u];
            var expected = leafCount[u];
            var count = !average ? 1 : missing == MissingValuePolicy.TreatAsZero ? expected : reported;
            var s = count != 0 && IsPresent(missing, reported, expected) ? rule.Classify((double)num[u] / count) : IndicatorStatus.NoData;
            status[u] = s == StatusRule.Undecided
                ? rule.ClassifyExact(ExactValue(definition, num[u], den[u], reported, expected)!.Value)
                : s;
        }
    }

    private static bool IsPresent(MissingValuePolicy missing, int reported, int expected) =>
        missing == MissingValuePolicy.SkipIfAllValuesMissing ? reported != 0
        : missing != MissingValuePolicy.SkipIfAnyValueMissing || reported == expected;

    private int OrdinalOf(MeasureId measure)
    {
        var key = (measure.Indicator.Value * 26) + measure.Index;
        return measure.Indicator.Value == 0 || key >= _measureOrdinal.Length ? -1 : _measureOrdinal[key];
    }

    private static (IndicatorMeasure[] Measures, int[] Ordinals) IndexMeasures(IndicatorRegistry registry)
    {
        var measures = new List<IndicatorMeasure>();
        var max = 0;
        foreach (var indicator in registry.Indicators)
        {
            measures.AddRange(indicator.Measures);
            max = Math.Max(max, indicator.Id.Value);
        }
        var ordinals = new int[(max + 1) * 26];
        Array.Fill(ordinals, -1);
        for (var i = 0; i < measures.Count; i++)
        {
            ordinals[(measures[i].Id.Indicator.Value * 26) + measures[i].Id.Index] = i;
        }
        return ([.. measures], ordinals);
    }

    private static bool IsWhole(decimal number, out long whole)
    {
        whole = 0;
        if (number is < 0 or > MaxCount || decimal.Truncate(number) != number)
        {
            return false;
        }
        whole = (long)number;
        return true;
    }

    private static decimal? Average(decimal sum, int count) => count == 0 ? null : sum / count;

    /// <summary>The baseline's compiled observations (as <c>IndicatorDataset</c> was).</summary>
    internal sealed class Dataset(int year, long[] numerators, long[] denominators, int[] reported, int rejected)
    {
        public int Year { get; } = year;

        public int RejectedObservations { get; } = rejected;

        public long[] Numerators { get; } = numerators;

        public long[] Denominators { get; } = denominators;

        public int[] Reported { get; } = reported;
    }

    /// <summary>The baseline's evaluation (as <c>IndicatorEvaluation</c> was).</summary>
    internal sealed class Evaluation(int size)
    {
        public int Year { get; set; }

        public int RejectedObservations { get; set; }

        public long[] Numerators { get; } = new long[size];

        public long[] Denominators { get; } = new long[size];

        public int[] Reported { get; } = new int[size];

        public IndicatorStatus[] Statuses { get; } = new IndicatorStatus[size];

        public StatusEvaluator? RulesEvaluator { get; set; }

        public int RulesYear { get; set; }

        public StatusRule[]? Rules { get; set; }
    }
}
