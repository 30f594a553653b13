using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Computes measure values from observations and aggregates them up a unit hierarchy to the national total: numerators
/// and denominators are summed, never rates averaged; coverage and missing values follow a <see cref="MissingValuePolicy"/>.
/// </summary>
/// <remarks>
/// <para>Observations are expected at the lowest-level units (communes); a unit's value aggregates the leaves below
/// it, and the national total aggregates every root of the hierarchy (its provinces). The hierarchy is compiled once
/// into arrays ordered children-before-parents, so a rollup is one pass over the observations and one over the units.</para>
/// <para>There is one aggregation rule for both ways of computing: <see cref="Rollup"/> (one measure, exact decimal
/// values) and <see cref="Compile"/> + <see cref="Evaluate(IndicatorDataset)"/> (every measure, statuses classified in
/// floating point, allocation-free when the result is reused) accept the same observations, sum them the same way and
/// give the same values and statuses. Only whole counts are used: an observation whose numerator, denominator or value
/// is fractional, negative or above <see cref="IndicatorDataset.MaxCount"/> is rejected (counted, never silently
/// dropped), because counts of children and events are whole and a fraction among them is a rate typed as a count.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorEngine
{
    private readonly IndicatorRegistry _registry;
    private readonly AdministrativeUnitCode?[] _codes;
    private readonly int[] _parent;
    private readonly bool[] _isLeaf;
    private readonly int[] _leafCount;
    // Keyed by the code's digits: codes of different levels differ in length, so the digits identify a code, and
    // string keys with the ordinal comparer get the runtime's fast non-randomised hashing (Compile looks up every observation).
    private readonly Dictionary<string, int> _index;
    private readonly MeasureAggregation[] _measures;
    private readonly int[] _measureByOrdinal;

    /// <summary>Creates an engine.</summary>
    /// <param name="hierarchy">The units to aggregate over; a national total is added above its roots.</param>
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
        (_measures, _measureByOrdinal) = IndexMeasures(_registry, missingValues);

        var units = new List<AdministrativeUnitCode>(hierarchy.Units);
        var position = new HashSet<AdministrativeUnitCode>(units);
        var depth = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            for (var p = hierarchy.ParentOf(units[i]); p is not null; p = hierarchy.ParentOf(p))
            {
                Preconditions.CheckArgument(position.Contains(p), nameof(hierarchy), "A parent is not among the hierarchy's units.");
                Preconditions.CheckArgument(++depth[i] <= units.Count, nameof(hierarchy), "The parent links form a cycle.");
            }
        }
        // Deepest first: every child is processed before its parent; the national total comes last.
        var order = new int[units.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => depth[b].CompareTo(depth[a]));
        var n = units.Count + 1;
        var national = n - 1;
        _codes = new AdministrativeUnitCode?[n];
        _index = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var i = 0; i < order.Length; i++)
        {
            _codes[i] = units[order[i]];
            _index.Add(units[order[i]].Value, i);
        }
        _parent = new int[n];
        _isLeaf = new bool[n];
        _leafCount = new int[n];
        Array.Fill(_isLeaf, true);
        for (var i = 0; i < national; i++)
        {
            var parent = hierarchy.ParentOf(_codes[i]!);
            _parent[i] = parent is null ? national : _index[parent.Value];
            _isLeaf[_parent[i]] = false;
        }
        _parent[national] = -1;
        for (var i = 0; i < n; i++)
        {
            if (_isLeaf[i] && i != national)
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

    /// <summary>Computes one measure for one year at every unit of the hierarchy and the national total, with exact decimal values.</summary>
    /// <param name="observations">Observations of any measures and years; the others are ignored.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="year">The year.</param>
    /// <returns>The values at every unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an element is null.</exception>
    /// <exception cref="KeyNotFoundException">The measure is not in the registry.</exception>
    public IndicatorRollup Rollup(IReadOnlyList<Observation> observations, MeasureId measure, int year)
    {
        Preconditions.CheckNotNull(observations);
        _registry.GetMeasure(measure);
        var m = OrdinalOf(measure);
        ref readonly var aggregation = ref _measures[m];
        var n = _codes.Length;
        var numerators = new long[n];
        var denominators = new long[n];
        var reported = new int[n];
        var rejected = 0;
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i] ?? throw new ArgumentNullException(nameof(observations), "An observation is null.");
            if (o.Year == year && o.Measure == measure && !Accumulate(o, aggregation, numerators, denominators, reported, 0))
            {
                rejected++;
            }
        }
        SumUp(numerators, denominators, reported);

        var values = new Dictionary<AdministrativeUnitCode, IndicatorValue>(n - 1);
        for (var u = 0; u < n - 1; u++)
        {
            values.Add(_codes[u]!, aggregation.ToValue(_codes[u], year, numerators[u], denominators[u], reported[u], _leafCount[u]));
        }
        var national = aggregation.ToValue(null, year, numerators[n - 1], denominators[n - 1], reported[n - 1], _leafCount[n - 1]);
        return new IndicatorRollup(measure, year, values, national, rejected);
    }

    /// <summary>Computes one measure for one year at one unit (aggregating the leaves below it).</summary>
    /// <param name="observations">Observations.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="year">The year.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or <paramref name="unitCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The unit or measure is unknown.</exception>
    public IndicatorValue Compute(IReadOnlyList<Observation> observations, AdministrativeUnitCode unitCode, MeasureId measure, int year)
    {
        Preconditions.CheckNotNull(unitCode);
        return Rollup(observations, measure, year)[unitCode];
    }

    /// <summary>
    /// Resolves observations of one year to unit and measure ordinals once, for <see cref="Evaluate(IndicatorDataset)"/>;
    /// an observation is used or rejected exactly as <see cref="Rollup"/> would.
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
            if (m < 0 || !Accumulate(o, _measures[m], numerators, denominators, reported, m * n))
            {
                rejected++;
            }
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
                rules[m] = new StatusRule(_measures[m].Definition.NationalTarget, data.Year, evaluator.AtRiskShare);
            }
            (result.Rules, result.RulesYear, result.RulesEvaluator) = (rules, data.Year, evaluator);
        }
        for (var m = 0; m < _measures.Length; m++)
        {
            EvaluateMeasure(m, data, result);
        }
        return result;
    }

    /// <summary>
    /// The value of one measure for one unit (or, with <see langword="null"/>, the national total) from compiled data,
    /// summing only that measure's slice: the cheap way to read a few values where <see cref="Evaluate(IndicatorDataset)"/>
    /// would classify every measure of every unit.
    /// </summary>
    /// <param name="data">Data compiled by this engine.</param>
    /// <param name="measure">A measure of the engine's registry.</param>
    /// <param name="unitCode">A unit of the engine's hierarchy, or <see langword="null"/> for the national total.</param>
    /// <returns>The value with its coverage, the same as <see cref="Rollup"/> gives for that unit and year.</returns>
    /// <exception cref="KeyNotFoundException">The measure or the unit is not in this engine.</exception>
    public IndicatorValue Aggregate(IndicatorDataset data, MeasureId measure, AdministrativeUnitCode? unitCode)
    {
        Preconditions.CheckNotNull(data);
        Preconditions.CheckArgument(data.Engine == this, nameof(data), "The data was compiled by another engine.");
        var slot = SlotOf(measure, unitCode);
        var n = _codes.Length;
        var start = slot - (slot % n);
        var num = new long[n];
        var den = new long[n];
        var rep = new int[n];
        data.Numerators.AsSpan(start, n).CopyTo(num);
        data.Denominators.AsSpan(start, n).CopyTo(den);
        data.Reported.AsSpan(start, n).CopyTo(rep);
        SumUp(num, den, rep);
        var unit = slot - start;
        return ValueAt(slot, data.Year, num[unit], den[unit], rep[unit]);
    }

    internal int UnitCount => _codes.Length;

    /// <summary>The slot of a measure at a unit, or at the national total when <paramref name="unitCode"/> is null.</summary>
    internal int SlotOf(MeasureId measure, AdministrativeUnitCode? unitCode)
    {
        var m = OrdinalOf(measure);
        var u = _codes.Length - 1;
        if (m < 0 || (unitCode is not null && !_index.TryGetValue(unitCode.Value, out u)))
        {
            throw new KeyNotFoundException("No such measure or unit in this engine.");
        }
        return (m * _codes.Length) + u;
    }

    /// <summary>The value at a slot of an evaluation's sums, exactly as <see cref="Rollup"/> computes it.</summary>
    internal IndicatorValue ValueAt(int slot, int year, long numerator, long denominator, int reported)
    {
        var unit = slot % _codes.Length;
        return _measures[slot / _codes.Length].ToValue(_codes[unit], year, numerator, denominator, reported, _leafCount[unit]);
    }

    /// <summary>Adds one observation of measure ordinal <c>m</c> into the arrays at <paramref name="offset"/> (<c>m × units</c>), or returns false when it is rejected.</summary>
    private bool Accumulate(Observation o, in MeasureAggregation aggregation, long[] numerators, long[] denominators, int[] reported, int offset)
    {
        if (!_index.TryGetValue(o.UnitCode.Value, out var u) || !_isLeaf[u] || reported[offset + u] != 0
            || !aggregation.TryAccept(o, out var numerator, out var denominator))
        {
            return false;
        }
        numerators[offset + u] = numerator;
        denominators[offset + u] = denominator;
        reported[offset + u] = 1;
        return true;
    }

    /// <summary>Adds every unit into its parent, children before parents: afterwards each unit holds the sums of the leaves below it.</summary>
    private void SumUp(Span<long> numerators, Span<long> denominators, Span<int> reported)
    {
        var parent = _parent.AsSpan(0, numerators.Length);
        for (var u = 0; u < parent.Length; u++)
        {
            var p = parent[u];
            if (p >= 0)
            {
                numerators[p] += numerators[u];
                denominators[p] += denominators[u];
                reported[p] += reported[u];
            }
        }
    }

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
        SumUp(num, den, rep);

        ref readonly var aggregation = ref _measures[m];
        ref readonly var rule = ref result.Rules![m];
        if (!rule.HasTarget)
        {
            status.Clear(); // NoData is 0.
            return;
        }
        var leafCount = _leafCount.AsSpan(0, n);
        var unit = aggregation.Definition.Unit;
        var missing = aggregation.MissingValues;
        if (aggregation.SumsCounts && !unit.IsCount)
        {
            // The common case, in its own loop: rates and percentages.
            var factor = (double)unit.Factor;
            for (var u = 0; u < n; u++)
            {
                var d = den[u];
                var s = d != 0 && MeasureAggregation.IsPresent(missing, rep[u], leafCount[u]) ? rule.Classify(num[u] * factor / d) : IndicatorStatus.NoData;
                status[u] = s == StatusRule.Undecided ? rule.ClassifyExact(unit.Compute(num[u], d)!.Value) : s;
            }
            return;
        }
        var averages = aggregation.Averages;
        for (var u = 0; u < n; u++)
        {
            var reported = rep[u];
            var expected = leafCount[u];
            var count = MeasureAggregation.Divisor(averages, missing, reported, expected);
            var s = count != 0 && MeasureAggregation.IsPresent(missing, reported, expected) ? rule.Classify((double)num[u] / count) : IndicatorStatus.NoData;
            status[u] = s == StatusRule.Undecided
                ? rule.ClassifyExact(aggregation.ExactValue(num[u], den[u], reported, expected)!.Value)
                : s;
        }
    }

    private int OrdinalOf(MeasureId measure)
    {
        var key = measure.Ordinal;
        return key == 0 || key >= _measureByOrdinal.Length ? -1 : _measureByOrdinal[key];
    }

    private static (MeasureAggregation[] Measures, int[] ByOrdinal) IndexMeasures(IndicatorRegistry registry, MissingValuePolicy missingValues)
    {
        var measures = new List<MeasureAggregation>();
        var max = 0;
        foreach (var indicator in registry.Indicators)
        {
            foreach (var measure in indicator.Measures)
            {
                measures.Add(new MeasureAggregation(measure, missingValues));
                max = Math.Max(max, measure.Id.Ordinal);
            }
        }
        var byOrdinal = new int[max + 1];
        Array.Fill(byOrdinal, -1);
        for (var i = 0; i < measures.Count; i++)
        {
            byOrdinal[measures[i].Definition.Id.Ordinal] = i;
        }
        return ([.. measures], byOrdinal);
    }
}
