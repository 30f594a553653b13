using System;
using System.Globalization;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The computed value of a measure for a unit and year, with the summed numerator and denominator it came from
/// and the coverage of the units that reported.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class IndicatorValue : IEquatable<IndicatorValue>
{
    /// <summary>Creates a computed value.</summary>
    /// <param name="unitCode">The unit, or null for the national total.</param>
    /// <param name="year">The year.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="numerator">The summed numerator, for ratio measures.</param>
    /// <param name="denominator">The summed denominator, for ratio measures.</param>
    /// <param name="value">The value in the measure's unit, or null when there is none (no data, zero denominator).</param>
    /// <param name="coverage">How many lowest-level units reported.</param>
    public IndicatorValue(AdministrativeUnitCode? unitCode, int year, MeasureId measure, decimal? numerator, decimal? denominator, decimal? value, Coverage coverage)
        : this(unitCode, Period.CalendarYear(Preconditions.CheckRange(year, Period.MinYear, Period.MaxYear)), DisaggregationKey.Total, measure, numerator, denominator, value, coverage)
    {
    }

    /// <summary>Creates a computed value for any period and part of a disaggregation.</summary>
    /// <param name="unitCode">The unit, or null for the national total.</param>
    /// <param name="period">The period.</param>
    /// <param name="disaggregation">The part of the disaggregation (<see cref="DisaggregationKey.Total"/> for the total).</param>
    /// <param name="measure">The measure.</param>
    /// <param name="numerator">The summed numerator, for ratio measures.</param>
    /// <param name="denominator">The summed denominator, for ratio measures.</param>
    /// <param name="value">The value in the measure's unit, or null when there is none (no data, zero denominator).</param>
    /// <param name="coverage">How many lowest-level units reported.</param>
    /// <exception cref="ArgumentNullException"><paramref name="disaggregation"/> is null.</exception>
    public IndicatorValue(AdministrativeUnitCode? unitCode, Period period, DisaggregationKey disaggregation, MeasureId measure, decimal? numerator, decimal? denominator, decimal? value, Coverage coverage)
    {
        UnitCode = unitCode;
        Period = period;
        Disaggregation = Preconditions.CheckNotNull(disaggregation);
        Year = period.Year;
        Measure = measure;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
        Coverage = coverage;
    }

    /// <summary>The unit code, or null for the national total (the aggregate over every root of the hierarchy).</summary>
    public AdministrativeUnitCode? UnitCode { get; }

    /// <summary>Whether this is the national total.</summary>
    public bool IsNational => UnitCode is null;

    /// <summary>The year of the period's identifier (the year itself for yearly values).</summary>
    public int Year { get; }

    /// <summary>The period.</summary>
    public Period Period { get; }

    /// <summary>The part of the disaggregation (<see cref="DisaggregationKey.Total"/> for the total).</summary>
    public DisaggregationKey Disaggregation { get; }

    /// <summary>The measure.</summary>
    public MeasureId Measure { get; }

    /// <summary>The summed numerator (ratio measures only).</summary>
    public decimal? Numerator { get; }

    /// <summary>The summed denominator (ratio measures only).</summary>
    public decimal? Denominator { get; }

    /// <summary>The value in the measure's unit, or null.</summary>
    public decimal? Value { get; }

    /// <summary>How many lowest-level units in scope reported.</summary>
    public Coverage Coverage { get; }

    /// <inheritdoc />
    public bool Equals(IndicatorValue? other) =>
        other is not null && UnitCode == other.UnitCode && Period == other.Period && Disaggregation == other.Disaggregation && Measure == other.Measure && Numerator == other.Numerator
        && Denominator == other.Denominator && Value == other.Value && Coverage == other.Coverage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitCode, Year, Measure, Value, Coverage);

    /// <summary>Returns e.g. <c>22 2024 CT3.a 8.5 (37/40)</c> or <c>22 202501 CT3.a sex=female 8.5 (37/40)</c>; the national total shows as <c>national</c>.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{UnitCode?.Value ?? "national"} {Period} {Measure}{(Disaggregation.IsTotal ? string.Empty : " " + Disaggregation)} {(Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "no data")} ({Coverage})");

    /// <summary>Value equality.</summary>
    public static bool operator ==(IndicatorValue? left, IndicatorValue? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(IndicatorValue? left, IndicatorValue? right) => !Equals(left, right);
}
