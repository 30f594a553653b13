using System;
using System.Globalization;
using NodaTime;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// A value at a date: an observed value at the end of the period it measures, or a point of a trajectory.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct ProgressPoint : IEquatable<ProgressPoint>
{
    /// <summary>Creates a point.</summary>
    /// <param name="date">The date the value holds at (the last day of the period it measures).</param>
    /// <param name="value">The value, in the target's unit.</param>
    public ProgressPoint(LocalDate date, decimal value)
    {
        Date = date;
        Value = value;
    }

    /// <summary>The date the value holds at.</summary>
    public LocalDate Date { get; }

    /// <summary>The value, in the target's unit.</summary>
    public decimal Value { get; }

    /// <inheritdoc/>
    public bool Equals(ProgressPoint other) => Date == other.Date && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ProgressPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Value);

    /// <summary>The date (ISO) and the value, e.g. <c>2024-12-31 87.5</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date:uuuu-MM-dd} {Value}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(ProgressPoint left, ProgressPoint right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ProgressPoint left, ProgressPoint right) => !left.Equals(right);
}
