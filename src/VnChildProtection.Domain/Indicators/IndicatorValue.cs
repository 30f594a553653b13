using System;
using System.Globalization;
using VnChildProtection.Domain.Units;

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
    {
        UnitCode = unitCode;
        Year = year;
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

    /// <summary>The year.</summary>
    public int Year { get; }

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
        other is not null && UnitCode == other.UnitCode && Year == other.Year && Measure == other.Measure && Numerator == other.Numerator
        && Denominator == other.Denominator && Value == other.Value && Coverage == other.Coverage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitCode, Year, Measure, Value, Coverage);

    /// <summary>Returns e.g. <c>22 2024 CT3.a 8.5 (37/40)</c>; the national total shows as <c>national</c>.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{UnitCode?.Value ?? "national"} {Year} {Measure} {(Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "no data")} ({Coverage})");

    /// <summary>Value equality.</summary>
    public static bool operator ==(IndicatorValue? left, IndicatorValue? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(IndicatorValue? left, IndicatorValue? right) => !Equals(left, right);
}
