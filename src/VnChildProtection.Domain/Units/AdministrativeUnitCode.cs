using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// The official code of an administrative unit (<c>mã số đơn vị hành chính</c>): 2 digits for a province,
/// 3 for a district, 5 for a commune, e.g. <c>51</c>, <c>002</c>, <c>00070</c>.
/// </summary>
/// <remarks>
/// <para>Codes were assigned by Decision 124/2004/QĐ-TTg (kept up to date by the statistics office) and, for the
/// units formed on 1 July 2025, by Decision 19/2025/QĐ-TTg. Codes are reused: after 1 July 2025 code <c>91</c> is
/// An Giang although it was Kiên Giang's before, and commune code <c>00070</c> moved from Phường Hàng Trống to the
/// new Phường Hoàn Kiếm. A code therefore identifies a unit only together with a date; see
/// <see cref="AdministrativeUnitRegistry.FindByCode(AdministrativeUnitCode, NodaTime.LocalDate)"/>.</para>
/// <para>Codes of different levels never compare equal (<c>01</c> is not <c>001</c>). Ordering is by level, then by
/// the digits. <see cref="ToString"/> round-trips through <see cref="Parse"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AdministrativeUnitCode : IEquatable<AdministrativeUnitCode>, IComparable<AdministrativeUnitCode>
{
    private AdministrativeUnitCode(string value, AdministrativeLevel level)
    {
        Value = value;
        Level = level;
    }

    /// <summary>The digits of the code, with leading zeros.</summary>
    public string Value { get; }

    /// <summary>The level the code belongs to, given by its length.</summary>
    public AdministrativeLevel Level { get; }

    /// <summary>
    /// Parses a code of 2, 3 or 5 ASCII digits, ignoring surrounding white space. A code of all zeros is rejected.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The code, or a <see cref="ParseError"/> with code <c>UNIT-CODE-EMPTY</c>, <c>UNIT-CODE-NOT-DIGITS</c>,
    /// <c>UNIT-CODE-LENGTH</c> or <c>UNIT-CODE-ZERO</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<AdministrativeUnitCode, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var normalized = VietnameseText.Normalize(text);
        var offset = text.Length - text.TrimStart().Length;
        if (normalized.Length == 0)
        {
            return new ParseError(UnitErrorCodes.CodeEmpty, "An administrative unit code is empty.", 0, 0, string.Empty);
        }
        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i] is < '0' or > '9')
            {
                return new ParseError(
                    UnitErrorCodes.CodeNotDigits, "An administrative unit code must contain ASCII digits only.", Math.Min(offset + i, text.Length), 1, normalized.Substring(i, 1));
            }
        }
        var level = LevelForLength(normalized.Length);
        if (level is null)
        {
            return new ParseError(
                UnitErrorCodes.CodeLength,
                "An administrative unit code has 2 (province), 3 (district) or 5 (commune) digits.",
                offset,
                normalized.Length,
                normalized);
        }
        if (normalized.AsSpan().IndexOfAnyExcept('0') < 0)
        {
            return new ParseError(UnitErrorCodes.CodeZero, "An administrative unit code cannot be all zeros.", offset, normalized.Length, normalized);
        }
        return new AdministrativeUnitCode(normalized, level);
    }

    /// <summary>Parses a code, returning false instead of an error.</summary>
    /// <param name="text">The text to parse; null gives false.</param>
    /// <param name="code">The code when parsing succeeds.</param>
    /// <returns>Whether <paramref name="text"/> is a valid code.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AdministrativeUnitCode? code)
    {
        code = null;
        if (text is null)
        {
            return false;
        }
        var result = Parse(text);
        if (result.IsT0)
        {
            code = result.AsT0;
            return true;
        }
        return false;
    }

    /// <summary>Creates a code from a string known to be valid, throwing otherwise.</summary>
    /// <param name="text">The code text, e.g. <c>"91"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid code.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static AdministrativeUnitCode Of(string text) =>
        Parse(text).Match(code => code, error => throw new ArgumentException(error.ToString(), nameof(text)));

    /// <summary>Returns the digits, e.g. <c>"00070"</c>.</summary>
    /// <returns>The code text, which <see cref="Parse"/> accepts.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(AdministrativeUnitCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdministrativeUnitCode);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders by level (province first), then by digits; null sorts first.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(AdministrativeUnitCode? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byLevel = Level.Value.CompareTo(other.Level.Value);
        return byLevel != 0 ? byLevel : string.CompareOrdinal(Value, other.Value);
    }

    /// <summary>Value equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether both are null or equal.</returns>
    public static bool operator ==(AdministrativeUnitCode? left, AdministrativeUnitCode? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(AdministrativeUnitCode? left, AdministrativeUnitCode? right) => !Equals(left, right);

    /// <summary>Ordering: less than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(AdministrativeUnitCode? left, AdministrativeUnitCode? right) => Compare(left, right) < 0;

    /// <summary>Ordering: less than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(AdministrativeUnitCode? left, AdministrativeUnitCode? right) => Compare(left, right) <= 0;

    /// <summary>Ordering: greater than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(AdministrativeUnitCode? left, AdministrativeUnitCode? right) => Compare(left, right) > 0;

    /// <summary>Ordering: greater than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(AdministrativeUnitCode? left, AdministrativeUnitCode? right) => Compare(left, right) >= 0;

    private static int Compare(AdministrativeUnitCode? left, AdministrativeUnitCode? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static AdministrativeLevel? LevelForLength(int length)
    {
        foreach (var level in AdministrativeLevel.List)
        {
            if (level.CodeLength == length)
            {
                return level;
            }
        }
        return null;
    }
}
