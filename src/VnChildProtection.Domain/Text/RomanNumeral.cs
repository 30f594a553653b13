using System;
using System.Text;

namespace VnChildProtection.Domain.Text;

/// <summary>
/// Roman numerals as used for top-level sections of Vietnamese administrative documents (<c>I</c> … <c>XX</c>).
/// </summary>
/// <remarks>Only canonical numerals (<c>IV</c>, not <c>IIII</c>) from 1 to 3999 are accepted. All members are pure and thread-safe.</remarks>
public static class RomanNumeral
{
    private static readonly (int Value, string Symbol)[] Symbols =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>Formats 1–3999 as a canonical upper-case Roman numeral.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The numeral, e.g. <c>XIV</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1–3999.</exception>
    public static string Format(int value)
    {
        if (value is < 1 or > 3999)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Roman numerals cover 1 to 3999.");
        }
        var builder = new StringBuilder();
        foreach (var (symbolValue, symbol) in Symbols)
        {
            while (value >= symbolValue)
            {
                builder.Append(symbol);
                value -= symbolValue;
            }
        }
        return builder.ToString();
    }

    /// <summary>Parses a canonical Roman numeral, upper or lower case.</summary>
    /// <param name="text">The numeral.</param>
    /// <param name="value">The number, when parsed.</param>
    /// <returns>Whether <paramref name="text"/> is a canonical numeral.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 15)
        {
            return false;
        }
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var current = ValueOf(text[i]);
            if (current == 0)
            {
                return false;
            }
            var next = i + 1 < text.Length ? ValueOf(text[i + 1]) : 0;
            total += current < next ? -current : current;
        }
        if (total is < 1 or > 3999 || !Format(total).AsSpan().Equals(text, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        value = total;
        return true;
    }

    private static int ValueOf(char c) => char.ToUpperInvariant(c) switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}
