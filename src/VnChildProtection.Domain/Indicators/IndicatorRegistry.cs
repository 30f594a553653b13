using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// An immutable set of indicators looked up by number and measure identifier. <see cref="Default"/> holds the 24
/// indicators of Decision 23/QĐ-TTg; <see cref="With"/> builds a registry with extra or overriding indicators
/// (a province's own targets, local indicators).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class IndicatorRegistry
{
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<Indicator> _indicators;
    private readonly Dictionary<IndicatorId, Indicator> _byId;
    private readonly Dictionary<MeasureId, IndicatorMeasure> _byMeasure;

    /// <summary>Creates a registry.</summary>
    /// <param name="indicators">The indicators; numbers must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Two indicators share a number.</exception>
    public IndicatorRegistry(IEnumerable<Indicator> indicators)
    {
        Preconditions.CheckNotNull(indicators);
        _byId = [];
        _byMeasure = [];
        var list = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            Preconditions.CheckNotNull(indicator, nameof(indicators));
            Preconditions.CheckArgument(_byId.TryAdd(indicator.Id, indicator), nameof(indicators), "Indicator numbers must be unique.");
            list.Add(indicator);
            foreach (var measure in indicator.Measures)
            {
                _byMeasure.Add(measure.Id, measure);
            }
        }
        list.Sort((a, b) => a.Id.CompareTo(b.Id));
        _indicators = list.AsReadOnly();
    }

    /// <summary>The 24 indicators of the National Programme of Action for Children 2021–2030 (Decision 23/QĐ-TTg).</summary>
    public static IndicatorRegistry Default { get; } = new(NationalProgrammeIndicators.All());

    /// <summary>The indicators in number order.</summary>
    public IReadOnlyList<Indicator> Indicators => _indicators;

    /// <summary>The number of measures over all indicators.</summary>
    public int MeasureCount => _byMeasure.Count;

    /// <summary>Finds an indicator.</summary>
    /// <param name="id">The number.</param>
    /// <param name="indicator">The indicator when found.</param>
    /// <returns>Whether it exists.</returns>
    public bool TryGet(IndicatorId id, [NotNullWhen(true)] out Indicator? indicator) => _byId.TryGetValue(id, out indicator);

    /// <summary>Finds a measure.</summary>
    /// <param name="id">The measure identifier.</param>
    /// <param name="measure">The measure when found.</param>
    /// <returns>Whether it exists.</returns>
    public bool TryGetMeasure(MeasureId id, [NotNullWhen(true)] out IndicatorMeasure? measure) => _byMeasure.TryGetValue(id, out measure);

    /// <summary>Gets an indicator that must exist.</summary>
    /// <param name="id">The number.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">No such indicator.</exception>
    public Indicator Get(IndicatorId id) =>
        _byId.TryGetValue(id, out var indicator) ? indicator : throw new KeyNotFoundException("No indicator " + id + " in this registry.");

    /// <summary>Gets a measure that must exist.</summary>
    /// <param name="id">The measure identifier.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="KeyNotFoundException">No such measure.</exception>
    public IndicatorMeasure GetMeasure(MeasureId id) =>
        _byMeasure.TryGetValue(id, out var measure) ? measure : throw new KeyNotFoundException("No measure " + id + " in this registry.");

    /// <summary>Returns a registry with <paramref name="indicators"/> added, replacing any with the same number.</summary>
    /// <param name="indicators">The extra or overriding indicators.</param>
    /// <returns>A new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    public IndicatorRegistry With(IEnumerable<Indicator> indicators)
    {
        Preconditions.CheckNotNull(indicators);
        var merged = new Dictionary<IndicatorId, Indicator>(_byId);
        foreach (var indicator in indicators)
        {
            merged[Preconditions.CheckNotNull(indicator, nameof(indicators)).Id] = indicator;
        }
        return new IndicatorRegistry(merged.Values);
    }
}
