using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Measures;

/// <summary>
/// Reads and writes numbers as Vietnamese documents write them (<c>4,5</c>, <c>1.000</c>,
/// <c>100.000</c>, <c>05</c>, <c>2.500.000</c>) and in the invariant form (<c>4.5</c>, <c>1000</c>).
/// </summary>
/// <remarks>
/// <para>Vietnamese rules (TCVN usage, followed by every seed plan): the comma is the decimal mark and
/// the dot groups thousands, so <c>1.000</c> is one thousand and <c>1,5</c> is one and a half. Leading
/// zeros are written for small numbers (<c>05 tỷ đồng</c>, <c>dưới 01 tuổi</c>) and are accepted.</para>
/// <para><b>A dot not followed by exactly three digits</b> (<c>1.5</c>, <c>18.5</c>) cannot be a thousands
/// separator, so in Vietnamese text it is an English-style decimal point written by mistake (the unofficial
/// copy of Decision 23/QĐ-TTg bundled in <c>law/</c> has <c>dưới 18.5</c>). The Vietnamese parser does
/// not guess: it returns <c>NUMBER-DECIMAL-DOT</c> pointing at the dot, and a caller who knows the source
/// mixes conventions can re-parse with <see cref="NumberTextStyle.Invariant"/>. A group of three
/// (<c>1.500</c>) is always a thousands group in the Vietnamese style.</para>
/// <para>Grouping must be regular: the first group has one to three digits and every later group exactly
/// three (<c>1000.000</c> and <c>1.00</c> are errors). A value that <see cref="decimal"/> cannot hold
/// exactly is an error (<c>NUMBER-PRECISION</c>, <c>NUMBER-TOO-LARGE</c>), never silently rounded.</para>
/// <para>Formatting writes the canonical form: no leading zeros, no trailing fractional zeros, thousands
/// grouped in the Vietnamese style (<c>1.000</c>, <c>4,5</c>), none in the invariant style (<c>1000</c>,
/// <c>4.5</c>).</para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class VietnameseNumber
{
    /// <summary>Parses a whole text as a Vietnamese-style number (<c>4,5</c>, <c>1.000</c>, <c>-2,5</c>).</summary>
    /// <param name="text">The text; surrounding whitespace is ignored.</param>
    /// <returns>The value, or a <see cref="ParseError"/> with the position of the first problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<decimal, ParseError> Parse(string text) => Parse(text, NumberTextStyle.Vietnamese);

    /// <summary>Parses a whole text as a number written in the given style.</summary>
    /// <param name="text">The text; surrounding whitespace is ignored.</param>
    /// <param name="style">The convention the text is written in.</param>
    /// <returns>The value, or a <see cref="ParseError"/> with the position of the first problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<decimal, ParseError> Parse(string text, NumberTextStyle style)
    {
        Preconditions.CheckNotNull(text);
        var nfc = VietnameseText.ToNfc(text);
        var start = MeasureText.SkipSpaces(nfc, 0);
        if (start == nfc.Length)
        {
            return MeasureText.Empty(MeasureErrorCodes.NumberEmpty, "a number", nfc);
        }
        var scan = Scan(nfc, start, style);
        if (scan.Error is not null)
        {
            return scan.Error;
        }
        var end = MeasureText.SkipSpaces(nfc, scan.End);
        return end == nfc.Length ? scan.Value : MeasureText.Trailing(MeasureErrorCodes.NumberTrailingText, nfc, end);
    }

    /// <summary>Tries to parse a Vietnamese-style number.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="value">The value when the text parses; zero otherwise.</param>
    /// <returns>Whether the text is a valid Vietnamese-style number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out decimal value) =>
        TryParse(text, NumberTextStyle.Vietnamese, out value);

    /// <summary>Tries to parse a number written in the given style.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="style">The convention the text is written in.</param>
    /// <param name="value">The value when the text parses; zero otherwise.</param>
    /// <returns>Whether the text is a valid number in that style.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, NumberTextStyle style, out decimal value)
    {
        value = 0m;
        if (text is null)
        {
            return false;
        }
        var result = Parse(text, style);
        if (result.IsT0)
        {
            value = result.AsT0;
            return true;
        }
        return false;
    }

    /// <summary>Formats a number the Vietnamese way: <c>4,5</c>, <c>1.000</c>, <c>2.500.000</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The canonical Vietnamese text.</returns>
    public static string Format(decimal value) => Format(value, NumberTextStyle.Vietnamese);

    /// <summary>Formats a number in the given style.</summary>
    /// <param name="value">The value.</param>
    /// <param name="style">The convention to write.</param>
    /// <returns>The canonical text in that style.</returns>
    public static string Format(decimal value, NumberTextStyle style)
    {
        var invariant = value.ToString("0.############################", CultureInfo.InvariantCulture);
        if (style == NumberTextStyle.Invariant)
        {
            return invariant;
        }
        var negative = invariant.StartsWith('-');
        var body = negative ? invariant[1..] : invariant;
        var point = body.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? body : body[..point];
        var builder = new StringBuilder(body.Length + (integer.Length / 3) + 1);
        if (negative)
        {
            builder.Append('-');
        }
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                builder.Append('.');
            }
            builder.Append(integer[i]);
        }
        if (point >= 0)
        {
            builder.Append(',').Append(body, point + 1, body.Length - point - 1);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Scans one number starting exactly at <paramref name="start"/> (an optional minus sign, then digits),
    /// stopping at the first character that cannot continue it.
    /// </summary>
    internal static NumberScan Scan(string text, int start, NumberTextStyle style)
    {
        var position = start;
        var negative = false;
        if (position < text.Length && text[position] is '-' or '\u2212')
        {
            negative = true;
            position++;
        }
        var integerStart = position;
        position = SkipDigits(text, position);
        if (position == integerStart)
        {
            return NumberScan.Failure(MeasureText.Error(
                MeasureErrorCodes.NumberExpected, "Expected a digit.", text, position, position < text.Length ? 1 : 0));
        }
        var digits = new StringBuilder(text.Length - start);
        digits.Append(text, integerStart, position - integerStart);
        var firstGroupLength = position - integerStart;
        var fraction = string.Empty;
        if (style == NumberTextStyle.Vietnamese)
        {
            while (IsSeparatorBeforeDigit(text, position, '.'))
            {
                var groupStart = position + 1;
                var groupEnd = SkipDigits(text, groupStart);
                if (groupEnd - groupStart != 3)
                {
                    return NumberScan.Failure(MeasureText.Error(
                        MeasureErrorCodes.NumberDecimalDot,
                        "In Vietnamese numbers '.' groups thousands and must be followed by exactly three digits; use ',' for decimals or parse with the invariant style.",
                        text, position, groupEnd - position));
                }
                if (firstGroupLength > 3)
                {
                    return NumberScan.Failure(MeasureText.Error(
                        MeasureErrorCodes.NumberGrouping, "The digits before the first thousands dot must be one to three.", text, integerStart, groupEnd - integerStart));
                }
                digits.Append(text, groupStart, 3);
                position = groupEnd;
            }
            if (IsSeparatorBeforeDigit(text, position, ','))
            {
                var fractionEnd = SkipDigits(text, position + 1);
                fraction = text.Substring(position + 1, fractionEnd - position - 1);
                position = fractionEnd;
            }
            if (IsSeparatorBeforeDigit(text, position, ',') || IsSeparatorBeforeDigit(text, position, '.'))
            {
                return NumberScan.Failure(MeasureText.Error(
                    MeasureErrorCodes.NumberSeparator, "A separator after the decimal part is not valid in a Vietnamese number.", text, position, 1));
            }
        }
        else
        {
            if (IsSeparatorBeforeDigit(text, position, '.'))
            {
                var fractionEnd = SkipDigits(text, position + 1);
                fraction = text.Substring(position + 1, fractionEnd - position - 1);
                position = fractionEnd;
            }
            if (IsSeparatorBeforeDigit(text, position, ',') || IsSeparatorBeforeDigit(text, position, '.'))
            {
                return NumberScan.Failure(MeasureText.Error(
                    MeasureErrorCodes.NumberSeparator, "Invariant numbers have no thousands separator and one decimal point.", text, position, 1));
            }
        }
        return ToDecimal(text, start, position, negative, digits.ToString(), fraction);
    }

    private static NumberScan ToDecimal(string text, int start, int end, bool negative, string integer, string fraction)
    {
        var integerDigits = integer.TrimStart('0');
        var fractionDigits = fraction.TrimEnd('0');
        var canonical = (integerDigits.Length == 0 ? "0" : integerDigits)
            + (fractionDigits.Length == 0 ? string.Empty : "." + fractionDigits);
        if (!decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return NumberScan.Failure(MeasureText.Error(
                MeasureErrorCodes.NumberTooLarge, "The number is too large to be represented.", text, start, end - start));
        }
        if (value.ToString("0.############################", CultureInfo.InvariantCulture) != canonical)
        {
            return NumberScan.Failure(MeasureText.Error(
                MeasureErrorCodes.NumberPrecision, "The number has more significant digits than can be represented exactly.", text, start, end - start));
        }
        return NumberScan.Success(negative ? -value : value, end);
    }

    private static int SkipDigits(string text, int position)
    {
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }
        return position;
    }

    private static bool IsSeparatorBeforeDigit(string text, int position, char separator) =>
        position + 1 < text.Length && text[position] == separator && char.IsAsciiDigit(text[position + 1]);
}
