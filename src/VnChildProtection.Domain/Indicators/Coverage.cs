using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>How many of the lowest-level units in scope reported: <c>37/40</c> communes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct Coverage : IEquatable<Coverage>
{
    /// <summary>Creates a coverage figure.</summary>
    /// <param name="reported">Units that reported (0 to <paramref name="expected"/>).</param>
    /// <param name="expected">Units in scope (not negative).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public Coverage(int reported, int expected)
    {
        Expected = Preconditions.CheckRange(expected, 0, int.MaxValue);
        Reported = Preconditions.CheckRange(reported, 0, expected);
    }

    /// <summary>Units that reported.</summary>
    public int Reported { get; }

    /// <summary>Units in scope.</summary>
    public int Expected { get; }

    /// <summary>Units in scope that did not report.</summary>
    public int Missing => Expected - Reported;

    /// <summary>Whether every unit in scope reported.</summary>
    public bool IsComplete => Reported == Expected;

    /// <summary>Reported / expected (1 when nothing is expected).</summary>
    public decimal Fraction => Expected == 0 ? 1m : (decimal)Reported / Expected;

    /// <inheritdoc />
    public bool Equals(Coverage other) => Reported == other.Reported && Expected == other.Expected;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Coverage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reported, Expected);

    /// <summary>Returns <c>reported/expected</c>, e.g. <c>37/40</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Reported}/{Expected}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(Coverage left, Coverage right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Coverage left, Coverage right) => !left.Equals(right);
}
