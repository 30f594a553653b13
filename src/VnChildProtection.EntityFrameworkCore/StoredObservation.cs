using System;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.EntityFrameworkCore;

/// <summary>
/// A row of <c>vncp_observations</c>: one <see cref="Observation"/> (a measure of an administrative unit in a year),
/// keyed by unit, year and measure, as the indicator engine reads them.
/// </summary>
/// <remarks>Observations are aggregate counts of a unit, not data about a child.</remarks>
public sealed class StoredObservation
{
    /// <summary>The unit observed.</summary>
    public required AdministrativeUnitCode UnitCode { get; set; }

    /// <summary>The year observed.</summary>
    public required int Year { get; set; }

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
            Year = observation.Year,
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
        ({ } n, { } d, _) => Observation.FromCounts(UnitCode, Year, Measure, n, d),
        (_, _, { } v) => Observation.FromValue(UnitCode, Year, Measure, v),
        _ => throw new InvalidOperationException("An observation row holds neither counts nor a value."),
    };
}
