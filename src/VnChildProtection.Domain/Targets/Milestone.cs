using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// One step of a threshold target: a bound and a value for a year (<c>đạt 90% vào năm 2025</c>), or kept
/// from a year on (<c>duy trì 100% đến năm 2030</c>).
/// </summary>
/// <remarks>
/// <para>A milestone without a year applies to the whole plan period: annual provincial plans state
/// <c>đạt 90%</c> without a year, and Chỉ tiêu 12 of Decision 23/QĐ-TTg has no year.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Milestone : IEquatable<Milestone>
{
    /// <summary>The earliest year accepted in targets.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year accepted in targets.</summary>
    public const int MaxYear = 2100;

    /// <summary>Creates a milestone.</summary>
    /// <param name="year">The year by which the value is due, or null for the whole period.</param>
    /// <param name="bound">How the value bounds the indicator.</param>
    /// <param name="value">The value in the indicator's unit, not negative.</param>
    /// <param name="isMaintained">True for <c>duy trì</c>: keep the value up to <paramref name="year"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2100.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is negative or <paramref name="bound"/> undefined.</exception>
    public Milestone(int? year, TargetBound bound, decimal value, bool isMaintained = false)
    {
        if (year is { } y)
        {
            Preconditions.CheckRange(y, MinYear, MaxYear, nameof(year));
        }
        Preconditions.CheckArgument(Enum.IsDefined(bound), nameof(bound), "Unknown bound.");
        Preconditions.CheckArgument(value >= 0, nameof(value), "A milestone value cannot be negative.");
        Year = year;
        Bound = bound;
        Value = value;
        IsMaintained = isMaintained;
    }

    /// <summary>The year the value is due, or null for the whole plan period.</summary>
    public int? Year { get; }

    /// <summary>How <see cref="Value"/> bounds the indicator.</summary>
    public TargetBound Bound { get; }

    /// <summary>The value, in the indicator's unit.</summary>
    public decimal Value { get; }

    /// <summary>True for <c>duy trì</c> (keep the value up to the year) rather than reach it by the year.</summary>
    public bool IsMaintained { get; }

    /// <summary>The threshold this milestone sets.</summary>
    public TargetThreshold Threshold => new(Bound, Value);

    /// <inheritdoc />
    public bool Equals(Milestone? other) =>
        other is not null && Year == other.Year && Bound == other.Bound && Value == other.Value && IsMaintained == other.IsMaintained;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Milestone);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Bound, Value, IsMaintained);

    /// <summary>Returns e.g. <c>≥ 90 by 2025</c> in invariant culture.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(IsMaintained ? "maintain " : string.Empty)}{TargetThreshold.Symbol(Bound)} {Value}{(Year is { } y ? " by " + y.ToString(CultureInfo.InvariantCulture) : string.Empty)}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(Milestone? left, Milestone? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Milestone? left, Milestone? right) => !Equals(left, right);
}
