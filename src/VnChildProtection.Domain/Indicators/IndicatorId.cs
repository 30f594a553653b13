using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The number of an indicator (<i>Chỉ tiêu</i>) of the National Programme of Action for Children 2021–2030:
/// 1–24 in Decision 23/QĐ-TTg; written <c>CT3</c>.
/// </summary>
/// <remarks>
/// <para>Provincial plans copy the national numbering (seed plans of Quảng Ninh 2021 and An Giang 2024), so
/// the number identifies the indicator across plans. Numbers up to <see cref="MaxValue"/> are accepted so
/// that registries can be extended with local indicators.</para>
/// <para><see cref="Parse"/> accepts <c>CT3</c>, <c>ct03</c>, <c>Chỉ tiêu 3</c>, <c>Chỉ tiêu số 3</c>, <c>chi tieu 3</c> and <c>3</c>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct IndicatorId : IEquatable<IndicatorId>, IComparable<IndicatorId>
{
    /// <summary>The largest accepted number.</summary>
    public const int MaxValue = 999;

    /// <summary>Creates an indicator number.</summary>
    /// <param name="value">The number, 1 to <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is out of range.</exception>
    public IndicatorId(int value) => Value = Preconditions.CheckRange(value, 1, MaxValue);

    /// <summary>The indicator number (1 for Chỉ tiêu 1). The default value of the struct is 0 and invalid.</summary>
    public int Value { get; }

    /// <summary>Parses <c>CT3</c>, <c>Chỉ tiêu 3</c>, <c>chi tieu 03</c> or <c>3</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier, or an error with code <see cref="IndicatorErrorCodes.IndicatorIdInvalid"/> or <see cref="IndicatorErrorCodes.IndicatorIdOutOfRange"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<IndicatorId, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var key = VietnameseText.ToMatchKey(text);
        var digits = key.StartsWith("chi tieu", StringComparison.Ordinal) ? key[8..]
            : key.StartsWith("ct", StringComparison.Ordinal) ? key[2..]
            : key;
        digits = digits.Trim();
        if (digits.StartsWith("so ", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        if (digits.Length == 0 || digits.Length > 6)
        {
            return new ParseError(IndicatorErrorCodes.IndicatorIdInvalid, "Expected an indicator number such as CT3 or Chỉ tiêu 3.", 0, text.Length, text);
        }
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return new ParseError(IndicatorErrorCodes.IndicatorIdInvalid, "Expected an indicator number such as CT3 or Chỉ tiêu 3.", 0, text.Length, text);
            }
        }
        var value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value is < 1 or > MaxValue)
        {
            return new ParseError(IndicatorErrorCodes.IndicatorIdOutOfRange, $"Indicator numbers run from 1 to {MaxValue}.", 0, text.Length, text);
        }
        return new IndicatorId(value);
    }

    /// <summary>Parses like <see cref="Parse"/>, returning false instead of an error.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="id">The identifier when successful.</param>
    /// <returns>Whether the text was an indicator number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IndicatorId id)
    {
        id = default;
        if (text is null || !Parse(text).TryPickT0(out var parsed, out _))
        {
            return false;
        }
        id = parsed;
        return true;
    }

    /// <summary>Returns <c>CT</c> followed by the number, e.g. <c>CT3</c>.</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => "CT" + Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(IndicatorId other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <summary>Orders by number.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>A negative, zero or positive number.</returns>
    public int CompareTo(IndicatorId other) => Value.CompareTo(other.Value);

    /// <summary>Value equality.</summary>
    public static bool operator ==(IndicatorId left, IndicatorId right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(IndicatorId left, IndicatorId right) => !left.Equals(right);

    /// <summary>Orders by number.</summary>
    public static bool operator <(IndicatorId left, IndicatorId right) => left.CompareTo(right) < 0;

    /// <summary>Orders by number.</summary>
    public static bool operator >(IndicatorId left, IndicatorId right) => left.CompareTo(right) > 0;

    /// <summary>Orders by number.</summary>
    public static bool operator <=(IndicatorId left, IndicatorId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by number.</summary>
    public static bool operator >=(IndicatorId left, IndicatorId right) => left.CompareTo(right) >= 0;
}
