using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Periods;
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
/// <para>There is one aggregation rule for both ways of computing: <see cref="Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/> (one measure, exact decimal
/// values) and <see cref="Compile(IReadOnlyList{Observation}, Period, DisaggregationKey?)"/> + <see cref="Evaluate(IndicatorDataset)"/> (every measure, statuses classified in
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
    /// <param name="observations">Observations of any measures and periods; those outside the year are ignored.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="year">The year.</param>
    /// <returns>The values at every unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an element is null.</exception>
    /// <exception cref="KeyNotFoundException">The measure is not in the registry.</exception>
    public IndicatorRollup Rollup(IReadOnlyList<Observation> observations, MeasureId measure, int year) =>
        Rollup(observations, measure, Period.CalendarYear(year));

    /// <summary>
    /// Computes one measure for one period and one part of its disaggregation at every unit of the hierarchy and the
    /// national total, with exact decimal values: observations of the periods inside <paramref name="period"/> are
    /// combined by the measure's <see cref="AggregationType"/> (a flow summed over the months, a stock taken from the last
    /// month), the disaggregated cells that match <paramref name="disaggregation"/> are summed.
    /// </summary>
    /// <param name="observations">Observations of any measures, periods and disaggregations; the others are ignored.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="period">The period.</param>
    /// <param name="disaggregation">The part asked for (<c>sex=female</c>, or a cross such as <c>sex=female;age=&lt;5</c>); the total when null.</param>
    /// <returns>The values at every unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">The measure is not in the registry.</exception>
    /// <remarks>
    /// <para>At each lowest-level unit, a cell (a key that gives an option of every category of the measure's
    /// <see cref="CategoryCombination"/>) counts towards every part it matches; a reported total or other partial key is
    /// used only when the unit reported no cell for that part (the totals then come from the parts, as in DHIS2, and
    /// <see cref="ConsistencyChecker.CheckTotals"/> reports a total that disagrees).</para>
    /// <para>Rejected (counted in <see cref="IndicatorRollup.RejectedObservations"/>): an unknown unit or measure, a
    /// unit that is not lowest-level, a category option the measure does not declare, a second observation of the same
    /// unit, part and period, an observation of another period type than the measure's first one in scope (monthly and
    /// quarterly data would count twice), and the amounts <see cref="IndicatorDataset.MaxCount"/> explains.</para>
    /// </remarks>
    public IndicatorRollup Rollup(IReadOnlyList<Observation> observations, MeasureId measure, Period period, DisaggregationKey? disaggregation = null)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckArgument(period.Type is not null, nameof(period), "The default Period is not valid.");
        _registry.GetMeasure(measure);
        var key = disaggregation ?? DisaggregationKey.Total;
        var m = OrdinalOf(measure);
        ref readonly var aggregation = ref _measures[m];
        var n = _codes.Length;
        var slice = new Slice(n, 1);
        var rejected = Gather(observations, [period], [key], m, [slice])[0];
        var (numerators, denominators, reported, divisors) = (slice.Numerators, slice.Denominators, slice.Reported, slice.Divisors);
        SumUp(numerators, denominators, reported);

        var values = new Dictionary<AdministrativeUnitCode, IndicatorValue>(n - 1);
        for (var u = 0; u < n - 1; u++)
        {
            values.Add(_codes[u]!, aggregation.ToValue(_codes[u], period, key, numerators[u], denominators[u], reported[u], _leafCount[u], divisors[0], _isLeaf[u]));
        }
        var national = aggregation.ToValue(null, period, key, numerators[n - 1], denominators[n - 1], reported[n - 1], _leafCount[n - 1], divisors[0], false);
        return new IndicatorRollup(measure, period, key, values, national, rejected);
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

    /// <summary>Computes one measure for one period and part at one unit (see <see cref="Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/>).</summary>
    /// <param name="observations">Observations.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="period">The period.</param>
    /// <param name="disaggregation">The part; the total when null.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or <paramref name="unitCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The unit or measure is unknown.</exception>
    public IndicatorValue Compute(IReadOnlyList<Observation> observations, AdministrativeUnitCode unitCode, MeasureId measure, Period period, DisaggregationKey? disaggregation = null)
    {
        Preconditions.CheckNotNull(unitCode);
        return Rollup(observations, measure, period, disaggregation)[unitCode];
    }

    /// <summary>
    /// Resolves observations of one year to unit and measure ordinals once, for <see cref="Evaluate(IndicatorDataset)"/>;
    /// an observation is used or rejected exactly as <see cref="Rollup(IReadOnlyList{Observation}, MeasureId, int)"/> would.
    /// </summary>
    /// <param name="observations">Observations of any measures and periods; those outside the year are ignored.</param>
    /// <param name="year">The year.</param>
    /// <returns>The compiled data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an element is null.</exception>
    public IndicatorDataset Compile(IReadOnlyList<Observation> observations, int year) => Compile(observations, Period.CalendarYear(year));

    /// <summary>
    /// Resolves observations of one period and part to unit and measure ordinals once, for
    /// <see cref="Evaluate(IndicatorDataset)"/>; an observation is used or rejected exactly as
    /// <see cref="Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/> would.
    /// </summary>
    /// <param name="observations">Observations of any measures, periods and disaggregations.</param>
    /// <param name="period">The period.</param>
    /// <param name="disaggregation">The part; the total when null.</param>
    /// <returns>The compiled data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is <c>default</c>.</exception>
    public IndicatorDataset Compile(IReadOnlyList<Observation> observations, Period period, DisaggregationKey? disaggregation = null)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckArgument(period.Type is not null, nameof(period), "The default Period is not valid.");
        return CompileEach(observations, [period], [disaggregation ?? DisaggregationKey.Total])[0];
    }

    /// <summary>
    /// Compiles many periods and parts in one pass over the observations (a national evaluation by month × sex × age
    /// band): one dataset per period and part, period-major (<c>datasets[p × keys + k]</c>), each equal to what
    /// <see cref="Compile(IReadOnlyList{Observation}, Period, DisaggregationKey?)"/> gives for that period and part.
    /// </summary>
    /// <param name="observations">Observations of any measures, periods and disaggregations.</param>
    /// <param name="periods">The periods.</param>
    /// <param name="disaggregations">The parts (<see cref="DisaggregationKey.Total"/> for the total).</param>
    /// <returns>The datasets, <c>periods.Count × disaggregations.Count</c> of them.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A period is <c>default</c>.</exception>
    public IReadOnlyList<IndicatorDataset> CompileEach(IReadOnlyList<Observation> observations, IReadOnlyList<Period> periods, IReadOnlyList<DisaggregationKey> disaggregations)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(periods);
        Preconditions.CheckNotNull(disaggregations);
        Period[] p = [.. periods];
        DisaggregationKey[] k = [.. disaggregations];
        foreach (var period in p)
        {
            Preconditions.CheckArgument(period.Type is not null, nameof(periods), "The default Period is not valid.");
        }
        foreach (var key in k)
        {
            Preconditions.CheckNotNull(key, nameof(disaggregations));
        }
        var size = _measures.Length * _codes.Length;
        var slices = new Slice[p.Length * k.Length];
        for (var s = 0; s < slices.Length; s++)
        {
            slices[s] = new Slice(size, _measures.Length);
        }
        var rejected = Gather(observations, p, k, -1, slices);
        var datasets = new IndicatorDataset[slices.Length];
        for (var s = 0; s < slices.Length; s++)
        {
            var slice = slices[s];
            datasets[s] = new IndicatorDataset(this, p[s / k.Length], k[s % k.Length], slice.Numerators, slice.Denominators, slice.Reported, slice.Divisors, rejected[s]);
        }
        return datasets;
    }

    /// <summary>Evaluates every measure of the registry at every unit, with statuses against the national targets.</summary>
    /// <param name="data">Data compiled by this engine's <see cref="Compile(IReadOnlyList{Observation}, Period, DisaggregationKey?)"/>.</param>
    /// <returns>A new evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> was compiled by another engine.</exception>
    public IndicatorEvaluation Evaluate(IndicatorDataset data) => Evaluate(data, StatusEvaluator.Default, null);

    /// <summary>
    /// Evaluates every measure of the registry at every unit, with statuses against the national targets (their
    /// stated baselines, if any), overwriting <paramref name="reuse"/> when given so repeated runs allocate nothing.
    /// </summary>
    /// <param name="data">Data compiled by this engine's <see cref="Compile(IReadOnlyList{Observation}, Period, DisaggregationKey?)"/>.</param>
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
        result.Period = data.Period;
        result.Disaggregation = data.Disaggregation;
        result.TimeDivisors = data.TimeDivisors;
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
    /// <returns>The value with its coverage, the same as <see cref="Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/> gives for that unit, period and disaggregation.</returns>
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
        return ValueAt(slot, data.Period, data.Disaggregation, data.TimeDivisors, num[unit], den[unit], rep[unit]);
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

    /// <summary>The value at a slot of an evaluation's sums, exactly as <see cref="Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/> computes it.</summary>
    internal IndicatorValue ValueAt(int slot, Period period, DisaggregationKey key, int[] divisors, long numerator, long denominator, int reported)
    {
        var unit = slot % _codes.Length;
        var m = slot / _codes.Length;
        return _measures[m].ToValue(_codes[unit], period, key, numerator, denominator, reported, _leafCount[unit], divisors[m], _isLeaf[unit] && unit != _codes.Length - 1);
    }

    /// <summary>
    /// The one pass over observations every path shares. For each requested slice (a period of <paramref name="periods"/>
    /// × a part of <paramref name="keys"/>, period-major), adds the observations in its scope into the leaf slots
    /// (<c>measure × units + unit</c>; only measure <paramref name="only"/>, at offset 0, when it is not negative) by the
    /// measure's time aggregation, and sets each measure's time divisor. Returns the observations rejected per slice.
    /// </summary>
    /// <remarks>
    /// An observation is in a slice's scope when its period lies inside the slice's period (is that period, for
    /// <see cref="TimeAggregation.None"/>) and it is a cell matching the slice's part or a partial key equal to it. Per
    /// observation the work is one lookup of its unit, of its period and of its key (each cached by value, with a
    /// one-entry cache for runs of equal periods or keys) and one duplicate check; the rules that depend on the measure
    /// and key are computed once per distinct key.
    /// </remarks>
    private int[] Gather(IReadOnlyList<Observation> observations, Period[] periods, DisaggregationKey[] keys, int only, Slice[] slices)
    {
        var n = _codes.Length;
        var keyCount = keys.Length;
        var measureSlots = only >= 0 ? 1 : _measures.Length;
        var rejected = new int[slices.Length];
        var firstType = new int[slices.Length * measureSlots];
        var seen = new HashSet<(int Slot, int Key, int Period)>();
        var periodIds = new Dictionary<Period, int>();
        var periodInfos = new List<PeriodScope>();
        var keyIds = new Dictionary<DisaggregationKey, int>();
        var keyInfos = new List<KeyScope>();
        Dictionary<(int Slice, int Slot, int Key), (Period Period, long Numerator, long Denominator)>? last = null;
        var lastPeriod = default(Period);
        var lastPeriodId = -1;
        DisaggregationKey? lastKey = null;
        var lastKeyId = -1;
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i] ?? throw new ArgumentNullException(nameof(observations), "An observation is null.");
            if (lastPeriodId < 0 || o.Period != lastPeriod)
            {
                if (!periodIds.TryGetValue(o.Period, out lastPeriodId))
                {
                    lastPeriodId = periodInfos.Count;
                    periodIds.Add(o.Period, lastPeriodId);
                    periodInfos.Add(new PeriodScope(o.Period, periods));
                }
                lastPeriod = o.Period;
            }
            var scope = periodInfos[lastPeriodId];
            if (scope.Inside.Length == 0)
            {
                continue;
            }
            var m = OrdinalOf(o.Measure);
            if (only >= 0 && m != only)
            {
                continue;
            }
            if (m < 0)
            {
                RejectAll(rejected, scope.Inside, keyCount);
                continue;
            }
            ref readonly var aggregation = ref _measures[m];
            var inside = aggregation.Time == TimeAggregation.None ? scope.Equal : scope.Inside;
            if (inside.Length == 0)
            {
                continue;
            }
            if (!ReferenceEquals(o.Disaggregation, lastKey))
            {
                if (!keyIds.TryGetValue(o.Disaggregation, out lastKeyId))
                {
                    lastKeyId = keyInfos.Count;
                    keyIds.Add(o.Disaggregation, lastKeyId);
                    keyInfos.Add(new KeyScope(o.Disaggregation, _measures.Length));
                }
                lastKey = o.Disaggregation;
            }
            var match = keyInfos[lastKeyId].For(m, aggregation.Definition.Disaggregation, keys);
            if (!match.Accepted)
            {
                RejectAll(rejected, inside, keyCount);
                continue;
            }
            if (match.Keys.Length == 0)
            {
                continue;
            }
            var mi = only >= 0 ? 0 : m;
            var known = _index.TryGetValue(o.UnitCode.Value, out var u);
            var slot = (mi * n) + u;
            if (!known || !_isLeaf[u] || !aggregation.TryAccept(o, out var numerator, out var denominator)
                || !seen.Add((slot, lastKeyId, lastPeriodId)))
            {
                RejectEach(rejected, inside, match.Keys, keyCount);
                continue;
            }
            var type = o.Period.Type.Value;
            foreach (var p in inside)
            {
                foreach (var k in match.Keys)
                {
                    var s = (p * keyCount) + k;
                    ref var first = ref firstType[(s * measureSlots) + mi];
                    if (first == 0)
                    {
                        first = type;
                    }
                    else if (first != type)
                    {
                        rejected[s]++;
                        continue;
                    }
                    if (aggregation.Time == TimeAggregation.LastInPeriod)
                    {
                        last ??= [];
                        if (!last.TryGetValue((s, slot, lastKeyId), out var latest) || latest.Period.Start < o.Period.Start)
                        {
                            last[(s, slot, lastKeyId)] = (o.Period, numerator, denominator);
                        }
                        continue;
                    }
                    slices[s].Add(slot, numerator, denominator, match.IsCell);
                }
            }
        }
        if (last is not null)
        {
            foreach (var ((s, slot, keyId), (_, numerator, denominator)) in last)
            {
                var m = only >= 0 ? only : slot / n;
                slices[s].Add(slot, numerator, denominator, keyInfos[keyId].For(m, _measures[m].Definition.Disaggregation, keys).IsCell);
            }
        }
        for (var s = 0; s < slices.Length; s++)
        {
            slices[s].FillPartsWhereMissing();
            for (var mi = 0; mi < measureSlots; mi++)
            {
                var m = only >= 0 ? only : mi;
                var type = firstType[(s * measureSlots) + mi];
                slices[s].Divisors[mi] = _measures[m].Time == TimeAggregation.Average && type != 0
                    ? Math.Max(1, periods[s / keyCount].PeriodsWithin(PeriodType.FromValue(type)).Count)
                    : 1;
            }
        }
        return rejected;
    }

    private static void RejectAll(int[] rejected, int[] periodIndexes, int keyCount)
    {
        foreach (var p in periodIndexes)
        {
            for (var k = 0; k < keyCount; k++)
            {
                rejected[(p * keyCount) + k]++;
            }
        }
    }

    private static void RejectEach(int[] rejected, int[] periodIndexes, int[] keyIndexes, int keyCount)
    {
        foreach (var p in periodIndexes)
        {
            foreach (var k in keyIndexes)
            {
                rejected[(p * keyCount) + k]++;
            }
        }
    }

    /// <summary>The sums of one requested period and part: cells in the arrays, reported totals (partial keys) beside them.</summary>
    private sealed class Slice(int size, int measureSlots)
    {
        public long[] Numerators { get; } = new long[size];

        public long[] Denominators { get; } = new long[size];

        public int[] Reported { get; } = new int[size];

        public int[] Divisors { get; } = new int[measureSlots];

        private long[]? _partNumerators;
        private long[]? _partDenominators;
        private bool[]? _partReported;

        public void Add(int slot, long numerator, long denominator, bool isCell)
        {
            if (isCell)
            {
                Numerators[slot] += numerator;
                Denominators[slot] += denominator;
                Reported[slot] = 1;
                return;
            }
            _partNumerators ??= new long[Numerators.Length];
            _partDenominators ??= new long[Numerators.Length];
            _partReported ??= new bool[Numerators.Length];
            _partNumerators[slot] += numerator;
            _partDenominators[slot] += denominator;
            _partReported[slot] = true;
        }

        /// <summary>A total (or other partial key) a unit reported itself stands in only where it reported none of the parts.</summary>
        public void FillPartsWhereMissing()
        {
            if (_partReported is null)
            {
                return;
            }
            for (var slot = 0; slot < Reported.Length; slot++)
            {
                if (Reported[slot] == 0 && _partReported[slot])
                {
                    (Numerators[slot], Denominators[slot], Reported[slot]) = (_partNumerators![slot], _partDenominators![slot], 1);
                }
            }
        }
    }

    /// <summary>Which requested periods an observation's period lies inside, and which it equals.</summary>
    private sealed class PeriodScope
    {
        public PeriodScope(Period period, Period[] requested)
        {
            var inside = new List<int>();
            var equal = new List<int>();
            for (var p = 0; p < requested.Length; p++)
            {
                if (requested[p].Contains(period))
                {
                    inside.Add(p);
                }
                if (requested[p] == period)
                {
                    equal.Add(p);
                }
            }
            (Inside, Equal) = ([.. inside], [.. equal]);
        }

        public int[] Inside { get; }

        public int[] Equal { get; }
    }

    /// <summary>What an observation's key means for each measure: declared or not, a cell or a partial key, the requested parts it counts towards.</summary>
    private sealed class KeyScope(DisaggregationKey key, int measureCount)
    {
        private readonly KeyMatch?[] _byMeasure = new KeyMatch?[measureCount];

        public KeyMatch For(int measure, CategoryCombination combination, DisaggregationKey[] requested)
        {
            if (_byMeasure[measure] is { } known)
            {
                return known;
            }
            var accepted = combination.Accepts(key);
            var isCell = accepted && combination.IsComplete(key);
            var matching = new List<int>();
            for (var k = 0; accepted && k < requested.Length; k++)
            {
                if (isCell ? key.Matches(requested[k]) : key == requested[k])
                {
                    matching.Add(k);
                }
            }
            return _byMeasure[measure] = new KeyMatch(accepted, isCell, [.. matching]);
        }
    }

    private sealed record KeyMatch(bool Accepted, bool IsCell, int[] Keys);

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
        ClassifyMeasure(aggregation, rule, data.TimeDivisors[m], num, den, rep, status);
        if (!aggregation.AggregatesOverUnits)
        {
            // NONE: values at the reporting units only.
            for (var u = 0; u < n; u++)
            {
                if (!_isLeaf[u] || u == n - 1)
                {
                    status[u] = IndicatorStatus.NoData;
                }
            }
        }
    }

    private void ClassifyMeasure(in MeasureAggregation aggregation, in StatusRule rule, int timeDivisor, Span<long> num, Span<long> den, Span<int> rep, Span<IndicatorStatus> status)
    {
        var n = num.Length;
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
            var count = MeasureAggregation.Divisor(averages, missing, reported, expected) * timeDivisor;
            var s = count != 0 && MeasureAggregation.IsPresent(missing, reported, expected) ? rule.Classify((double)num[u] / count) : IndicatorStatus.NoData;
            status[u] = s == StatusRule.Undecided
                ? rule.ClassifyExact(aggregation.ExactValue(num[u], den[u], reported, expected, timeDivisor)!.Value)
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
