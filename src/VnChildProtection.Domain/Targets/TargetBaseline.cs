using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>The observed value in a reference year (<i>năm gốc</i>), from which reductions and trajectories are measured.</summary>
/// <remarks>
/// <para>Seed 002 (An Giang 2024): <c>giảm 20% số vụ ... so với năm 2023</c> takes 2023 as the baseline year.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct TargetBaseline : IEquatable<TargetBaseline>
{
    /// <summary>Creates a baseline.</summary>
    /// <param name="year">The reference year (1900–2100).</param>
    /// <param name="value">The value observed in that year, in the indicator's unit; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public TargetBaseline(int year, decimal value)
    {
        Year = Preconditions.CheckRange(year, Milestone.MinYear, Milestone.MaxYear);
        Preconditions.CheckArgument(value >= 0, nameof(value), "A baseline value cannot be negative.");
        Value = value;
    }

    /// <summary>The reference year.</summary>
    public int Year { get; }

    /// <summary>The value observed in <see cref="Year"/>.</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public bool Equals(TargetBaseline other) => Year == other.Year && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TargetBaseline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Value);

    /// <summary>Returns <c>value (year)</c> in invariant culture.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} ({Year})");

    /// <summary>Value equality.</summary>
    public static bool operator ==(TargetBaseline left, TargetBaseline right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(TargetBaseline left, TargetBaseline right) => !left.Equals(right);
}
