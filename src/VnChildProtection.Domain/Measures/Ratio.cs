using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Measures;

/// <summary>
/// A count fraction such as <c>144/200</c> (child-friendly communes out of all communes, seed 001:
/// <c>144/200 năm 2022 lên 150/200 năm 2023</c>), kept as the two counts the plan states.
/// </summary>
/// <remarks>
/// <para>The counts are not reduced: <c>144/200</c> and <c>72/100</c> say different things about a province, so
/// they are not equal. Ordering compares the fractions' values exactly (by cross-multiplication) and breaks
/// ties by denominator, so it stays consistent with equality. The numerator may exceed the denominator.</para>
/// <para>Text: <c>144/200</c>; large counts are grouped in the Vietnamese form (<c>1.200/1.500</c>) and not in
/// the invariant form (<c>1200/1500</c>). Spaces around the slash are accepted and never written.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Ratio : IEquatable<Ratio>, IComparable<Ratio>, IComparable, IFormattable
{
    /// <summary>Creates a count fraction.</summary>
    /// <param name="numerator">The count achieved, zero or more.</param>
    /// <param name="denominator">The total, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numerator"/> is negative or <paramref name="denominator"/> is not positive.</exception>
    public Ratio(long numerator, long denominator)
    {
        Numerator = Preconditions.CheckRange(numerator, 0, long.MaxValue);
        Denominator = Preconditions.CheckRange(denominator, 1, long.MaxValue);
    }

    /// <summary>The count achieved (144 in <c>144/200</c>).</summary>
    public long Numerator { get; }

    /// <summary>The total (200 in <c>144/200</c>).</summary>
    public long Denominator { get; }

    /// <summary>The fraction as a decimal (0.72 for <c>144/200</c>), rounded to <see cref="decimal"/> precision when it does not terminate.</summary>
    public decimal Value => (decimal)Numerator / Denominator;

    /// <summary>The fraction as a percentage (<c>72%</c> for <c>144/200</c>).</summary>
    /// <returns>The percentage.</returns>
    public Percentage ToPercentage() => Percentage.FromCounts(Numerator, Denominator);

    /// <summary>Parses <c>144/200</c> (Vietnamese number style).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The ratio, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Ratio, ParseError> Parse(string text) => Parse(text, NumberTextStyle.Vietnamese);

    /// <summary>Parses a count fraction whose numbers are written in the given style.</summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The number convention.</param>
    /// <returns>The ratio, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Ratio, ParseError> Parse(string text, NumberTextStyle style)
    {
        Preconditions.CheckNotNull(text);
        var nfc = VietnameseText.ToNfc(text);
        var start = MeasureText.SkipSpaces(nfc, 0);
        if (start == nfc.Length)
        {
            return MeasureText.Empty(MeasureErrorCodes.RatioEmpty, "a count fraction", nfc);
        }
        var numerator = ScanCount(nfc, start, style, out var numeratorEnd);
        if (numerator.IsT1)
        {
            return numerator.AsT1;
        }
        var position = MeasureText.SkipSpaces(nfc, numeratorEnd);
        if (position == nfc.Length || nfc[position] != '/')
        {
            return MeasureText.Error(MeasureErrorCodes.RatioSlashMissing, "Expected '/' between the two counts.", nfc, position, nfc.Length - position);
        }
        var denominatorStart = MeasureText.SkipSpaces(nfc, position + 1);
        var denominator = ScanCount(nfc, denominatorStart, style, out var denominatorEnd);
        if (denominator.IsT1)
        {
            return denominator.AsT1;
        }
        if (denominator.AsT0 == 0)
        {
            return MeasureText.Error(MeasureErrorCodes.RatioZeroDenominator, "The total of a count fraction must be greater than zero.", nfc, denominatorStart, denominatorEnd - denominatorStart);
        }
        position = MeasureText.SkipSpaces(nfc, denominatorEnd);
        return position == nfc.Length
            ? new Ratio(numerator.AsT0, denominator.AsT0)
            : MeasureText.Trailing(MeasureErrorCodes.RatioTrailingText, nfc, position);
    }

    /// <summary>Tries to parse <c>144/200</c> (Vietnamese number style).</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="value">The ratio when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Ratio? value) =>
        TryParse(text, NumberTextStyle.Vietnamese, out value);

    /// <summary>Tries to parse a count fraction whose numbers are written in the given style.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="style">The number convention.</param>
    /// <param name="value">The ratio when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, NumberTextStyle style, [NotNullWhen(true)] out Ratio? value)
    {
        value = text is null ? null : Parse(text, style).Match<Ratio?>(r => r, _ => null);
        return value is not null;
    }

    /// <summary>The canonical form, e.g. <c>144/200</c> or <c>1.200/1.500</c>; <see cref="Parse(string)"/> reads it back.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(NumberTextStyle.Vietnamese);

    /// <summary>Formats in the given style: <c>1.200/1.500</c> (Vietnamese) or <c>1200/1500</c> (invariant).</summary>
    /// <param name="style">The number convention.</param>
    /// <returns>The text.</returns>
    public string ToString(NumberTextStyle style) =>
        VietnameseNumber.Format(Numerator, style) + "/" + VietnameseNumber.Format(Denominator, style);

    /// <summary>
    /// Formats with a format string: <c>V</c> Vietnamese, <c>I</c> invariant, <c>G</c> or null by the
    /// provider's decimal separator (Vietnamese when <paramref name="formatProvider"/> is null).
    /// </summary>
    /// <param name="format">V, I, G or null.</param>
    /// <param name="formatProvider">Used only by <c>G</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not recognised.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ToString(MeasureText.ResolveStyle(format, formatProvider));

    /// <inheritdoc />
    public bool Equals(Ratio? other) => other is not null && Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Ratio);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Orders by the fraction's exact value, then by denominator; null sorts first.</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Ratio? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byValue = ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);
        return byValue != 0 ? byValue : Denominator.CompareTo(other.Denominator);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => ValueComparison.CompareObject(this, obj);

    /// <summary>Value equality (both counts).</summary>
    public static bool operator ==(Ratio? left, Ratio? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Ratio? left, Ratio? right) => !Equals(left, right);

    /// <summary>Less than, by value then denominator.</summary>
    public static bool operator <(Ratio? left, Ratio? right) => ValueComparison.Compare(left, right) < 0;

    /// <summary>Less than or equal, by value then denominator.</summary>
    public static bool operator <=(Ratio? left, Ratio? right) => ValueComparison.Compare(left, right) <= 0;

    /// <summary>Greater than, by value then denominator.</summary>
    public static bool operator >(Ratio? left, Ratio? right) => ValueComparison.Compare(left, right) > 0;

    /// <summary>Greater than or equal, by value then denominator.</summary>
    public static bool operator >=(Ratio? left, Ratio? right) => ValueComparison.Compare(left, right) >= 0;

    private static OneOf<long, ParseError> ScanCount(string text, int start, NumberTextStyle style, out int end)
    {
        end = start;
        var scan = VietnameseNumber.Scan(text, start, style);
        if (scan.Error is not null)
        {
            return scan.Error;
        }
        end = scan.End;
        if (scan.Value < 0m || !MeasureText.IsWholeNumber(scan.Value) || scan.Value > long.MaxValue)
        {
            return MeasureText.Error(MeasureErrorCodes.RatioNotACount, "Both sides of a count fraction must be whole numbers from 0 to 9.223.372.036.854.775.807.", text, start, scan.End - start);
        }
        return (long)scan.Value;
    }
}
