using System;
using System.Globalization;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// One reported data point: a unit, a year, a measure, and either a numerator and denominator (deaths under one
/// and live births) or a value (a count of child marriages).
/// </summary>
/// <remarks>
/// <para>Report counts wherever the measure is a ratio: only counts aggregate correctly over units.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Observation : IEquatable<Observation>
{
    private Observation(AdministrativeUnitCode unitCode, int year, MeasureId measure, decimal? numerator, decimal? denominator, decimal? value)
    {
        UnitCode = Preconditions.CheckNotNull(unitCode);
        Year = Preconditions.CheckRange(year, Milestone.MinYear, Milestone.MaxYear);
        Preconditions.CheckArgument(measure.Indicator.Value != 0, nameof(measure), "The default MeasureId is not valid.");
        Preconditions.CheckArgument(numerator is null or >= 0 && denominator is null or >= 0 && value is null or >= 0, nameof(value), "Counts and values cannot be negative.");
        Measure = measure;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
    }

    /// <summary>The administrative unit the data refers to, normally a commune, e.g. <c>22001</c>.</summary>
    public AdministrativeUnitCode UnitCode { get; }

    /// <summary>The year the data refers to.</summary>
    public int Year { get; }

    /// <summary>The measure.</summary>
    public MeasureId Measure { get; }

    /// <summary>The numerator, when reported as counts.</summary>
    public decimal? Numerator { get; }

    /// <summary>The denominator, when reported as counts.</summary>
    public decimal? Denominator { get; }

    /// <summary>The value, when reported as a value.</summary>
    public decimal? Value { get; }

    /// <summary>Whether the observation carries a numerator and denominator.</summary>
    public bool HasCounts => Numerator is not null && Denominator is not null;

    /// <summary>An observation reported as counts.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <param name="year">The year.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="numerator">The numerator (not negative).</param>
    /// <param name="denominator">The denominator (not negative).</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public static Observation FromCounts(AdministrativeUnitCode unitCode, int year, MeasureId measure, decimal numerator, decimal denominator) =>
        new(unitCode, year, measure, numerator, denominator, null);

    /// <summary>An observation reported as a value (counts such as the number of child marriages).</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <param name="year">The year.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="value">The value (not negative).</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is negative.</exception>
    public static Observation FromValue(AdministrativeUnitCode unitCode, int year, MeasureId measure, decimal value) =>
        new(unitCode, year, measure, null, null, value);

    /// <inheritdoc />
    public bool Equals(Observation? other) =>
        other is not null && UnitCode == other.UnitCode && Year == other.Year && Measure == other.Measure
        && Numerator == other.Numerator && Denominator == other.Denominator && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Observation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitCode, Year, Measure, Numerator, Denominator, Value);

    /// <summary>Returns e.g. <c>22001 2024 CT3.a 12/1500</c>.</summary>
    /// <returns>A debugging representation (aggregate figures only, no personal data).</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{UnitCode} {Year} {Measure} {(HasCounts ? $"{Numerator}/{Denominator}" : Value?.ToString(CultureInfo.InvariantCulture))}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(Observation? left, Observation? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Observation? left, Observation? right) => !Equals(left, right);
}
