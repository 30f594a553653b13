using System;
using System.Globalization;

namespace VnChildProtection.Domain.Targets;

/// <summary>What a value must satisfy in a given year: a bound and a value in the indicator's unit
/// (<c>≥ 90</c>, <c>&lt; 4,5</c>). Every target shape reduces to one for a year.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct TargetThreshold : IEquatable<TargetThreshold>
{
    /// <summary>Creates a threshold.</summary>
    /// <param name="bound">How <paramref name="value"/> bounds the indicator.</param>
    /// <param name="value">The bounding value.</param>
    public TargetThreshold(TargetBound bound, decimal value)
    {
        Bound = bound;
        Value = value;
    }

    /// <summary>How <see cref="Value"/> bounds the indicator.</summary>
    public TargetBound Bound { get; }

    /// <summary>The bounding value, in the indicator's unit.</summary>
    public decimal Value { get; }

    /// <summary>Which way the threshold asks the indicator to move.</summary>
    public IndicatorDirection Direction => DirectionOf(Bound);

    /// <summary>Whether <paramref name="value"/> satisfies the threshold.</summary>
    /// <param name="value">An observed value in the indicator's unit.</param>
    /// <returns>True when the threshold is met.</returns>
    public bool IsMetBy(decimal value) => Bound switch
    {
        TargetBound.AtLeast => value >= Value,
        TargetBound.Above => value > Value,
        TargetBound.AtMost => value <= Value,
        _ => value < Value,
    };

    /// <summary>The direction implied by a bound: at least / above ask for higher values.</summary>
    /// <param name="bound">The bound.</param>
    /// <returns>The direction.</returns>
    public static IndicatorDirection DirectionOf(TargetBound bound) =>
        bound is TargetBound.AtLeast or TargetBound.Above ? IndicatorDirection.HigherIsBetter : IndicatorDirection.LowerIsBetter;

    /// <inheritdoc />
    public bool Equals(TargetThreshold other) => Bound == other.Bound && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TargetThreshold other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Bound, Value);

    /// <summary>Returns e.g. <c>≥ 90</c> in invariant culture.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Symbol(Bound)} {Value}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(TargetThreshold left, TargetThreshold right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(TargetThreshold left, TargetThreshold right) => !left.Equals(right);

    internal static string Symbol(TargetBound bound) => bound switch
    {
        TargetBound.AtLeast => "≥",
        TargetBound.Above => ">",
        TargetBound.AtMost => "≤",
        _ => "<",
    };
}
