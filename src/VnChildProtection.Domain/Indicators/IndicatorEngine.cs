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

    private static decimal? Average(decimal sum, int count) => count == 0 ? null : sum / count;
}
