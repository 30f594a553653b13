using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Computes measure values from observations and aggregates them up a unit hierarchy: numerators and
/// denominators are summed, never rates averaged; coverage and missing values follow a <see cref="MissingValuePolicy"/>.
/// </summary>
/// <remarks>
/// <para>Observations are expected at the lowest-level units (communes); a unit's value aggregates the leaves
/// below it. The hierarchy is compiled once into arrays ordered children-before-parents, so a rollup is one pass
/// over the observations and one over the units.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorEngine
{
    private readonly IndicatorRegistry _registry;
    private readonly string[] _codes;
    private readonly int[] _parent;
    private readonly bool[] _isLeaf;
    private readonly int[] _leafCount;
    private readonly Dictionary<string, int> _index;
    private readonly IndicatorMeasure[] _measures;
    private readonly int[] _measureOrdinal;

    /// <summary>Creates an engine.</summary>
    /// <param name="hierarchy">The units to aggregate over.</param>
    /// <param name="registry">The measures (units, rollup policies); <see cref="IndicatorRegistry.Default"/> when null.</param>
    /// <param name="missingValues">What to do when some units did not report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hierarchy"/> is null.</exception>
    /// <exception cref="ArgumentException">The hierarchy's parent links leave it or form a cycle.</exception>
    public IndicatorEngine(IUnitHierarchy hierarchy, IndicatorRegistry? registry = null, MissingValuePolicy missingValues = MissingValuePolicy.SkipIfAllValuesMissing)
    {
        Preconditions.CheckNotNull(hierarchy);
        Preconditions.CheckArgument(Enum.IsDefined(missingValues), nameof(missingValues), "Unknown missing-value policy.");
        _registry = registry ?? IndicatorRegistry.Default;
        MissingValues = missingValues;
        (_measures, _measureOrdinal) = IndexMeasures(_registry);

        var units = new List<string>(hierarchy.Units);
        var position = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            position.Add(units[i], i);
        }
        var depth = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            for (var p = hierarchy.ParentOf(units[i]); p is not null; p = hierarchy.ParentOf(p))
            {
                Preconditions.CheckArgument(position.ContainsKey(p), nameof(hierarchy), "A parent is not among the hierarchy's units.");
                Preconditions.CheckArgument(++depth[i] <= units.Count, nameof(hierarchy), "The parent links form a cycle.");
            }
        }
        // Deepest first: every child is processed before its parent.
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
            var parent = hierarchy.ParentOf(_codes[i]);
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

    /// <summary>The missing-value policy applied to every aggregate.</summary>
    public MissingValuePolicy MissingValues { get; }

    /// <summary>Computes one measure for one year at every unit of the hierarchy.</summary>
    /// <param name="observations">Observations of any measures and years; the others are ignored.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="year">The year.</param>
    /// <returns>The values at every unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an element is null.</exception>
    /// <exception cref="KeyNotFoundException">The measure is not in the registry.</exception>
    public IndicatorRollup Rollup(IReadOnlyList<Observation> observations, MeasureId measure, int year)
    {
        Preconditions.CheckNotNull(observations);
        var definition = _registry.GetMeasure(measure);
        var sumsCounts = definition.Rollup == RollupPolicy.SumNumeratorsAndDenominators;
        var n = _codes.Length;
        var numerator = new decimal[n];
        var denominator = new decimal[n];
        var sum = new decimal[n];
        var reported = new int[n];
        var rejected = 0;

        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i] ?? throw new ArgumentNullException(nameof(observations), "An observation is null.");
            if (o.Year != year || o.Measure != measure)
            {
                continue;
            }
            if (!_index.TryGetValue(o.UnitCode, out var u) || !_isLeaf[u] || reported[u] != 0 || (sumsCounts && !o.HasCounts))
            {
                rejected++;
                continue;
            }
            reported[u] = 1;
            if (o.HasCounts)
            {
                numerator[u] = o.Numerator!.Value;
                denominator[u] = o.Denominator!.Value;
            }
            sum[u] = o.Value ?? definition.Unit.Compute(o.Numerator!.Value, o.Denominator!.Value) ?? 0m;
        }

        for (var u = 0; u < n; u++)
        {
            var p = _parent[u];
            if (p >= 0)
            {
                numerator[p] += numerator[u];
                denominator[p] += denominator[u];
                sum[p] += sum[u];
                reported[p] += reported[u];
            }
        }

        var values = new Dictionary<string, IndicatorValue>(n, StringComparer.Ordinal);
        for (var u = 0; u < n; u++)
        {
            var coverage = new Coverage(reported[u], _leafCount[u]);
            decimal? value = null;
            var skip = MissingValues switch
            {
                MissingValuePolicy.SkipIfAnyValueMissing => !coverage.IsComplete,
                MissingValuePolicy.SkipIfAllValuesMissing => coverage.Reported == 0,
                _ => false,
            };
            if (!skip)
            {
                value = definition.Rollup switch
                {
                    RollupPolicy.SumNumeratorsAndDenominators => definition.Unit.Compute(numerator[u], denominator[u]),
                    RollupPolicy.SumValues => sum[u],
                    _ => Average(sum[u], MissingValues == MissingValuePolicy.TreatAsZero ? coverage.Expected : coverage.Reported),
                };
            }
            values.Add(_codes[u], new IndicatorValue(
                _codes[u], year, measure, sumsCounts ? numerator[u] : null, sumsCounts ? denominator[u] : null, value, coverage));
        }
        return new IndicatorRollup(measure, year, values, rejected);
    }

    /// <summary>Computes one measure for one year at one unit (aggregating the leaves below it).</summary>
    /// <param name="observations">Observations.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="year">The year.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The unit or measure is unknown.</exception>
    public IndicatorValue Compute(IReadOnlyList<Observation> observations, string unitCode, MeasureId measure, int year) =>
        Rollup(observations, measure, year)[unitCode];

    /// <summary>
    /// Resolves observations of one year to unit and measure ordinals once, for
    /// <see cref="Evaluate(IndicatorDataset)"/>; the rules of <see cref="Rollup"/> decide which are used.
    /// </summary>
    /// <param name="observations">Observations of any measures and years; other years are ignored.</param>
    /// <param name="year">The year.</param>
    /// <returns>The compiled data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an element is null.</exception>
    public IndicatorDataset Compile(IReadOnlyList<Observation> observations, int year)
    {
        Preconditions.CheckNotNull(observations);
        var n = _codes.Length;
        var size = _measures.Length * n;
        var numerators = new long[size];
        var denominators = new long[size];
        var reported = new int[size];
        var rejected = 0;
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i] ?? throw new ArgumentNullException(nameof(observations), "An observation is null.");
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
            long numerator = 0, denominator = 0;
            var ok = reported[slot] == 0 && (sumsCounts
                ? o.HasCounts && IsWhole(o.Numerator!.Value, out numerator) && IsWhole(o.Denominator!.Value, out denominator)
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
        return new IndicatorDataset(this, year, numerators, denominators, reported, rejected);
    }

    /// <summary>Evaluates every measure of the registry at every unit, with statuses against the national targets.</summary>
    /// <param name="data">Data compiled by this engine's <see cref="Compile"/>.</param>
    /// <returns>A new evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> was compiled by another engine.</exception>
    public IndicatorEvaluation Evaluate(IndicatorDataset data) => Evaluate(data, StatusEvaluator.Default, null);

    /// <summary>
    /// Evaluates every measure of the registry at every unit, with statuses against the national targets (their
    /// stated baselines, if any), overwriting <paramref name="reuse"/> when given so repeated runs allocate nothing.
    /// </summary>
    /// <param name="data">Data compiled by this engine's <see cref="Compile"/>.</param>
    /// <param name="evaluator">The status rules.</param>
    /// <param name="reuse">An earlier evaluation of this engine to overwrite, or null for a new one.</param>
    /// <returns>The evaluation (<paramref name="reuse"/> when given).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> or <paramref name="reuse"/> belongs to another engine.</exception>
    /// <remarks>
    /// One pass per measure: copy the leaves' counts, add each unit into its parent in the precomputed
    /// children-before-parents order, then classify each unit. No dictionary, LINQ or allocation on the way.
    /// </remarks>
    public IndicatorEvaluation Evaluate(IndicatorDataset data, StatusEvaluator evaluator, IndicatorEvaluation? reuse)
    {
        Preconditions.CheckNotNull(data);
        Preconditions.CheckNotNull(evaluator);
        Preconditions.CheckArgument(data.Engine == this, nameof(data), "The data was compiled by another engine.");
        Preconditions.CheckArgument(reuse is null || reuse.Engine == this, nameof(reuse), "The evaluation belongs to another engine.");
        var n = _codes.Length;
        var result = reuse ?? new IndicatorEvaluation(this, _measures.Length * n);
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

    internal IndicatorRegistry Registry => _registry;

    internal int UnitCount => _codes.Length;

    internal int LeafCount(int unit) => _leafCount[unit];

    internal int SlotOf(MeasureId measure, string unitCode)
    {
        var m = OrdinalOf(measure);
        if (m < 0 || !_index.TryGetValue(Preconditions.CheckNotNull(unitCode), out var u))
        {
            throw new KeyNotFoundException("No such measure or unit in this engine.");
        }
        return (m * _codes.Length) + u;
    }

    /// <summary>The value exactly as <see cref="Rollup"/> computes it from sums, or null (zero denominator, nothing to average).</summary>
    internal decimal? ExactValue(IndicatorMeasure definition, decimal numerator, decimal denominator, Coverage coverage) => definition.Rollup switch
    {
        RollupPolicy.SumNumeratorsAndDenominators => definition.Unit.Compute(numerator, denominator),
        RollupPolicy.SumValues => numerator,
        _ => Average(numerator, MissingValues == MissingValuePolicy.TreatAsZero ? coverage.Expected : coverage.Reported),
    };

    private void EvaluateMeasure(int m, IndicatorDataset data, IndicatorEvaluation result)
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
            status.Clear(); // NoData is 0.
            return;
        }
        var missing = MissingValues;
        if (definition.Rollup == RollupPolicy.SumNumeratorsAndDenominators && !definition.Unit.IsCount)
        {
            // The common case, in its own loop: rates and percentages.
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
                ? rule.ClassifyExact(ExactValue(definition, num[u], den[u], new Coverage(reported, expected))!.Value)
                : s;
        }
    }

    /// <summary>Whether an aggregate has a value under the missing-value policy (before a zero denominator is considered).</summary>
    internal static bool IsPresent(MissingValuePolicy missing, int reported, int expected) =>
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
        if (number is < 0 or > IndicatorDataset.MaxCount || decimal.Truncate(number) != number)
        {
            return false;
        }
        whole = (long)number;
        return true;
    }

    private static decimal? Average(decimal sum, int count) => count == 0 ? null : sum / count;
}
