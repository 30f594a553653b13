using System;
using System.Globalization;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Word;

/// <summary>Formats a list counter in one of Word's number formats (<c>w:numFmt</c>, ECMA-376 part 1, 17.18.59).</summary>
internal static class WordNumberFormat
{
    public static string Format(int value, string format) => format switch
    {
        "upperRoman" when value is >= 1 and <= 3999 => RomanNumeral.Format(value),
        "lowerRoman" when value is >= 1 and <= 3999 => RomanNumeral.Format(value).ToLowerInvariant(),
        "upperLetter" when value >= 1 => Letters(value, 'A'),
        "lowerLetter" when value >= 1 => Letters(value, 'a'),
        "decimalZero" when value is >= 0 and < 10 => "0" + value.ToString(CultureInfo.InvariantCulture),
        "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word repeats the letter after z: 27 is "aa", 28 "bb", 53 "aaa" (not the spreadsheet column scheme).
    private static string Letters(int value, char first)
    {
        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, Math.Min(((value - 1) / 26) + 1, 64));
    }
}
