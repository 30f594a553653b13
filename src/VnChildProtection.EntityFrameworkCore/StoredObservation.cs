using System;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.EntityFrameworkCore;

/// <summary>
/// A row of <c>vncp_observations</c>: one <see cref="Observation"/> (a measure of an administrative unit in a period,
/// for the total or one part of a disaggregation), keyed by unit, period, measure and part, as the indicator engine
/// reads them.
/// </summary>
/// <remarks>Observations are aggregate counts of a unit, not data about a child.</remarks>
public sealed class StoredObservation
{
    /// <summary>The unit observed.</summary>
    public required AdministrativeUnitCode UnitCode { get; set; }

    /// <summary>The period observed (a year, six months, quarter, month, ISO week, day or financial year), stored as
    /// its DHIS2 identifier (<c>2025</c>, <c>2025Q1</c>, <c>202501</c>…).</summary>
    public required Period Period { get; set; }

    /// <summary>The part of the disaggregation observed (<see cref="DisaggregationKey.Total"/> for the total), stored as
    /// its text (<c>total</c>, <c>sex=female;age=&lt;5</c>).</summary>
    public required DisaggregationKey Disaggregation { get; set; }

    /// <summary>The measure.</summary>
    public required MeasureId Measure { get; set; }

    /// <summary>The numerator, when the observation was given as counts.</summary>
    public decimal? Numerator { get; set; }

    /// <summary>The denominator, when the observation was given as counts.</summary>
    public decimal? Denominator { get; set; }

    /// <summary>The value, when the observation was given as a value.</summary>
    public decimal? Value { get; set; }

    /// <summary>The row of an observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    public static StoredObservation From(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new StoredObservation
        {
            UnitCode = observation.UnitCode,
            Period = observation.Period,
            Disaggregation = observation.Disaggregation,
            Measure = observation.Measure,
            Numerator = observation.Numerator,
            Denominator = observation.Denominator,
            Value = observation.Value,
        };
    }

    /// <summary>The observation this row stores.</summary>
    /// <returns>The observation, built by the same factory that made it (counts or value).</returns>
    /// <exception cref="InvalidOperationException">The row holds neither counts nor a value (a damaged row).</exception>
    public Observation ToObservation() => (Numerator, Denominator, Value) switch
    {
        ({ } n, { } d, _) => Observation.FromCounts(UnitCode, Period, Measure, n, d, Disaggregation),
        (_, _, { } v) => Observation.FromValue(UnitCode, Period, Measure, v, Disaggregation),
        _ => throw new InvalidOperationException("An observation row holds neither counts nor a value."),
    };
}
