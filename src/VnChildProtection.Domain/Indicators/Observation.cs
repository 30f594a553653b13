using System;
using System.Globalization;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// One reported data point: a unit, a period (a year, a quarter, a month, …), a measure, the part of the count it is
/// about (a <see cref="DisaggregationKey"/>: girls under 5, or the total), and either a numerator and denominator
/// (deaths under one and live births) or a value (a count of child marriages).
/// </summary>
/// <remarks>
/// <para>Report counts wherever the measure is a ratio: only counts aggregate correctly over units.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Observation : IEquatable<Observation>
{
    private Observation(AdministrativeUnitCode unitCode, Period period, MeasureId measure, DisaggregationKey? disaggregation, decimal? numerator, decimal? denominator, decimal? value)
    {
        UnitCode = Preconditions.CheckNotNull(unitCode);
        Preconditions.CheckArgument(period.Type is not null, nameof(period), "The default Period is not valid.");
        Period = period;
        Disaggregation = disaggregation ?? DisaggregationKey.Total;
        Preconditions.CheckArgument(measure.Indicator.Value != 0, nameof(measure), "The default MeasureId is not valid.");
        Preconditions.CheckArgument(numerator is null or >= 0 && denominator is null or >= 0 && value is null or >= 0, nameof(value), "Counts and values cannot be negative.");
        Measure = measure;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
    }

    /// <summary>The administrative unit the data refers to, normally a commune, e.g. <c>22001</c>.</summary>
    public AdministrativeUnitCode UnitCode { get; }

    /// <summary>The period the data refers to.</summary>
    public Period Period { get; }

    /// <summary>The year of the period's identifier (<see cref="Periods.Period.Year"/>): the year itself for yearly data.</summary>
    public int Year => Period.Year;

    /// <summary>The part of the count the data is about: one option per category, or <see cref="DisaggregationKey.Total"/>.</summary>
    public DisaggregationKey Disaggregation { get; }

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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="Period.MinYear"/>–<see cref="Period.MaxYear"/>.</exception>
    public static Observation FromCounts(AdministrativeUnitCode unitCode, int year, MeasureId measure, decimal numerator, decimal denominator) =>
        new(unitCode, Period.CalendarYear(year), measure, null, numerator, denominator, null);

    /// <summary>An observation of any period and disaggregation reported as counts.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <param name="period">The period.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="numerator">The numerator (not negative).</param>
    /// <param name="denominator">The denominator (not negative).</param>
    /// <param name="disaggregation">The part of the count; the total when null.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative, or <paramref name="period"/> is <c>default</c>.</exception>
    public static Observation FromCounts(AdministrativeUnitCode unitCode, Period period, MeasureId measure, decimal numerator, decimal denominator, DisaggregationKey? disaggregation = null) =>
        new(unitCode, period, measure, disaggregation, numerator, denominator, null);

    /// <summary>An observation reported as a value (counts such as the number of child marriages).</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <param name="year">The year.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="value">The value (not negative).</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="Period.MinYear"/>–<see cref="Period.MaxYear"/>.</exception>
    public static Observation FromValue(AdministrativeUnitCode unitCode, int year, MeasureId measure, decimal value) =>
        new(unitCode, Period.CalendarYear(year), measure, null, null, null, value);

    /// <summary>An observation of any period and disaggregation reported as a value.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <param name="period">The period.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="value">The value (not negative).</param>
    /// <param name="disaggregation">The part of the count; the total when null.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is negative, or <paramref name="period"/> is <c>default</c>.</exception>
    public static Observation FromValue(AdministrativeUnitCode unitCode, Period period, MeasureId measure, decimal value, DisaggregationKey? disaggregation = null) =>
        new(unitCode, period, measure, disaggregation, null, null, value);

    /// <inheritdoc />
    public bool Equals(Observation? other) =>
        other is not null && UnitCode == other.UnitCode && Period == other.Period && Measure == other.Measure && Disaggregation == other.Disaggregation
        && Numerator == other.Numerator && Denominator == other.Denominator && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Observation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitCode, Period, Measure, Disaggregation, Numerator, Denominator, Value);

    /// <summary>Returns e.g. <c>22001 2024 CT3.a 12/1500</c>, or <c>22001 202501 CT3.a sex=female 12/1500</c> when disaggregated.</summary>
    /// <returns>A debugging representation (aggregate figures only, no personal data).</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{UnitCode} {Period} {Measure} {(Disaggregation.IsTotal ? string.Empty : Disaggregation + " ")}{(HasCounts ? $"{Numerator}/{Denominator}" : Value?.ToString(CultureInfo.InvariantCulture))}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(Observation? left, Observation? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Observation? left, Observation? right) => !Equals(left, right);
}
