using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The values of one measure for one year at every unit of a hierarchy and for the national total, aggregated from the
/// lowest-level units, with a count of the observations that could not be used.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class IndicatorRollup
{
    private readonly Dictionary<AdministrativeUnitCode, IndicatorValue> _values;
    private readonly System.Collections.ObjectModel.ReadOnlyDictionary<AdministrativeUnitCode, IndicatorValue> _view;

    internal IndicatorRollup(MeasureId measure, Period period, DisaggregationKey disaggregation, Dictionary<AdministrativeUnitCode, IndicatorValue> values, IndicatorValue national, int rejectedObservations)
    {
        Measure = measure;
        Period = period;
        Disaggregation = disaggregation;
        Year = period.Year;
        _values = values;
        _view = new(values);
        National = national;
        RejectedObservations = rejectedObservations;
    }

    /// <summary>The measure.</summary>
    public MeasureId Measure { get; }

    /// <summary>The year of the period's identifier.</summary>
    public int Year { get; }

    /// <summary>The period.</summary>
    public Period Period { get; }

    /// <summary>The part of the disaggregation.</summary>
    public DisaggregationKey Disaggregation { get; }

    /// <summary>
    /// Observations of this measure and year that were not used: unknown unit, a unit that is not lowest-level,
    /// a second observation for the same unit, a value without counts for a measure that sums numerators and
    /// denominators, or an amount that is not a whole number up to <see cref="IndicatorDataset.MaxCount"/>.
    /// </summary>
    public int RejectedObservations { get; }

    /// <summary>The values by unit code (the national total is <see cref="National"/>).</summary>
    public IReadOnlyDictionary<AdministrativeUnitCode, IndicatorValue> Values => _view;

    /// <summary>The national total: the aggregate over every root of the hierarchy (its provinces), with a null unit code.</summary>
    public IndicatorValue National { get; }

    /// <summary>The value at a unit.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The value.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public IndicatorValue this[AdministrativeUnitCode unitCode] => _values[Preconditions.CheckNotNull(unitCode)];

    /// <summary>Finds the value at a unit.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <param name="value">The value when the unit is in the hierarchy.</param>
    /// <returns>Whether the unit is in the hierarchy.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    public bool TryGetValue(AdministrativeUnitCode unitCode, [NotNullWhen(true)] out IndicatorValue? value) =>
        _values.TryGetValue(Preconditions.CheckNotNull(unitCode), out value);
}
