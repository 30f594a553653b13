using System;
using System.Globalization;
using System.Text;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Measures;

/// <summary>Scanning and formatting helpers shared by the measure parsers.</summary>
/// <remarks>
/// Parsers work on the NFC form of their input and skip whitespace themselves (instead of collapsing
/// it first) so that error positions stay valid indices into the caller's text whenever it was already NFC.
/// </remarks>
internal static class MeasureText
{
    internal static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] is '\u200B' or '\uFEFF'))
        {
            position++;
        }
        return position;
    }

    /// <summary>Reads a run of letters starting at <paramref name="position"/>; returns its end.</summary>
    internal static int ReadLetters(string text, int position)
    {
        while (position < text.Length && (char.IsLetter(text[position]) || char.GetUnicodeCategory(text[position]) == UnicodeCategory.NonSpacingMark))
        {
            position++;
        }
        return position;
    }

    /// <summary>
    /// Reads letters and the spaces between them (a phrase such as <c>trẻ đẻ sống</c>) up to the
    /// first character that is neither; trailing spaces are not included.
    /// </summary>
    internal static int ReadPhrase(string text, int position)
    {
        var end = position;
        var cursor = position;
        while (cursor < text.Length)
        {
            var wordEnd = ReadLetters(text, cursor);
            if (wordEnd == cursor)
            {
                break;
            }
            end = wordEnd;
            cursor = SkipSpaces(text, wordEnd);
        }
        return end;
    }

    internal static ParseError Error(string code, string message, string text, int position, int length)
    {
        position = Math.Min(position, text.Length);
        length = Math.Max(0, Math.Min(length, text.Length - position));
        return new ParseError(code, message, position, length, text.Substring(position, length));
    }

    internal static ParseError Empty(string code, string what, string text) =>
        Error(code, $"Expected {what} but the text is empty.", text, 0, 0);

    /// <summary>An error for unexpected text from <paramref name="position"/> to the end.</summary>
    internal static ParseError Trailing(string code, string text, int position) =>
        Error(code, "Unexpected text after the value.", text, position, text.Length - position);

    /// <summary>
    /// Decides the style for <see cref="IFormattable.ToString(string, IFormatProvider)"/>: <c>V</c> Vietnamese,
    /// <c>I</c> invariant, <c>G</c>/null/empty from the provider's decimal separator (Vietnamese when no
    /// provider is given, since that is the canonical form).
    /// </summary>
    internal static NumberTextStyle ResolveStyle(string? format, IFormatProvider? provider)
    {
        switch (format)
        {
            case null or "" or "G" or "g":
                if (provider is null)
                {
                    return NumberTextStyle.Vietnamese;
                }
                var info = NumberFormatInfo.GetInstance(provider);
                return info.NumberDecimalSeparator == "," ? NumberTextStyle.Vietnamese : NumberTextStyle.Invariant;
            case "V" or "v":
                return NumberTextStyle.Vietnamese;
            case "I" or "i":
                return NumberTextStyle.Invariant;
            default:
                throw new FormatException($"Unknown format '{format}'. Use G, V (Vietnamese) or I (invariant).");
        }
    }

    /// <summary>
    /// The common start of a measure parser: NFC-normalise, skip leading spaces and scan the non-negative
    /// number the measure begins with. Returns null on success, else the error
    /// (<c>{codePrefix}-EMPTY</c>, a number error, or <c>{codePrefix}-NEGATIVE</c>).
    /// </summary>
    internal static ParseError? ScanLeadingNumber(
        string text, NumberTextStyle style, (string Empty, string Negative) codes, string what, out string nfc, out NumberScan number)
    {
        nfc = VietnameseText.ToNfc(text);
        number = default;
        var start = SkipSpaces(nfc, 0);
        if (start == nfc.Length)
        {
            return Empty(codes.Empty, what, nfc);
        }
        number = VietnameseNumber.Scan(nfc, start, style);
        if (number.Error is not null)
        {
            return number.Error;
        }
        return number.Value < 0m
            ? Error(codes.Negative, "The value cannot be negative.", nfc, start, number.End - start)
            : null;
    }

    internal static bool IsWholeNumber(decimal value) => value == decimal.Truncate(value);
}
