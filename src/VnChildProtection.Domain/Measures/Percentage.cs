using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Measures;

/// <summary>
/// A percentage (tỷ lệ phần trăm) such as <c>90%</c>, <c>4,5%</c> or <c>0,05 %</c>, the commonest shape of a
/// plan target (<c>đạt 90% vào năm 2025</c>, <c>giảm ... xuống dưới 4,5%</c>).
/// </summary>
/// <remarks>
/// <para>The value is held as a <see cref="decimal"/> number of percent (<c>4,5%</c> is <c>4.5</c>), never as a
/// binary float. Any non-negative value is representable, including values above 100: ratios can exceed
/// the whole and a plan may state an impossible target, which a validator should flag rather than a parser
/// reject. <see cref="IsWithinZeroToHundred"/> tells the two apart. Negative percentages are not
/// representable: a reduction (<c>giảm 20%</c>) is a positive percentage with a direction given by the
/// target, not a negative value.</para>
/// <para>Text: the canonical form, written by <see cref="ToString()"/> and read by <see cref="Parse(string)"/>,
/// is Vietnamese (<c>4,5%</c>, <c>1.000%</c>); the invariant form is <c>4.5%</c>. A space before the sign is
/// accepted (<c>100 %</c>) but never written.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable, IFormattable
{
    /// <summary>Zero percent.</summary>
    public static Percentage Zero { get; } = new(0m);

    /// <summary>One hundred percent (<c>100%</c>, the whole): the target of <c>duy trì 100%</c>.</summary>
    public static Percentage Hundred { get; } = new(100m);

    /// <summary>Creates a percentage from a number of percent (<c>4.5m</c> for <c>4,5%</c>).</summary>
    /// <param name="value">The number of percent; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public Percentage(decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A percentage cannot be negative.");
        }
        Value = value;
    }

    /// <summary>The number of percent (<c>4.5</c> for <c>4,5%</c>).</summary>
    public decimal Value { get; }

    /// <summary>The value as a fraction of one (<c>0.045</c> for <c>4,5%</c>).</summary>
    public decimal Fraction => Value / 100m;

    /// <summary>Whether the value lies in the closed range 0–100, as a share of a whole must.</summary>
    public bool IsWithinZeroToHundred => Value <= 100m;

    /// <summary>
    /// The percentage that <paramref name="part"/> is of <paramref name="whole"/>: an indicator value computed
    /// from counts (numerator / denominator × 100).
    /// </summary>
    /// <param name="part">The numerator, zero or more (it may exceed the whole).</param>
    /// <param name="whole">The denominator, greater than zero.</param>
    /// <returns>The percentage, exact when the quotient terminates within <see cref="decimal"/> precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is negative or <paramref name="whole"/> is not positive.</exception>
    public static Percentage FromCounts(long part, long whole)
    {
        Preconditions.CheckRange(part, 0, long.MaxValue);
        Preconditions.CheckRange(whole, 1, long.MaxValue);
        return new Percentage(part * 100m / whole);
    }

    /// <summary>Creates a percentage from a fraction of one (<c>0.045m</c> gives <c>4,5%</c>).</summary>
    /// <param name="fraction">The fraction; zero or more.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative.</exception>
    /// <exception cref="OverflowException"><paramref name="fraction"/> × 100 exceeds <see cref="decimal.MaxValue"/>.</exception>
    public static Percentage FromFraction(decimal fraction) => new(fraction * 100m);

    /// <summary>Parses the canonical Vietnamese form: <c>90%</c>, <c>4,5%</c>, <c>100 %</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The percentage, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Percentage, ParseError> Parse(string text) => Parse(text, NumberTextStyle.Vietnamese);

    /// <summary>Parses a percentage whose number is written in the given style.</summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The number convention.</param>
    /// <returns>The percentage, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Percentage, ParseError> Parse(string text, NumberTextStyle style)
    {
        Preconditions.CheckNotNull(text);
        if (MeasureText.ScanLeadingNumber(text, style, (MeasureErrorCodes.PercentEmpty, MeasureErrorCodes.PercentNegative), "a percentage", out var nfc, out var number) is { } error)
        {
            return error;
        }
        var position = MeasureText.SkipSpaces(nfc, number.End);
        if (position == nfc.Length || nfc[position] != '%')
        {
            return MeasureText.Error(MeasureErrorCodes.PercentSignMissing, "Expected '%' after the number.", nfc, position, nfc.Length - position);
        }
        position = MeasureText.SkipSpaces(nfc, position + 1);
        return position == nfc.Length ? new Percentage(number.Value) : MeasureText.Trailing(MeasureErrorCodes.PercentTrailingText, nfc, position);
    }

    /// <summary>Tries to parse the canonical Vietnamese form.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="value">The percentage when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Percentage? value) =>
        TryParse(text, NumberTextStyle.Vietnamese, out value);

    /// <summary>Tries to parse a percentage whose number is written in the given style.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="style">The number convention.</param>
    /// <param name="value">The percentage when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, NumberTextStyle style, [NotNullWhen(true)] out Percentage? value)
    {
        value = text is null ? null : Parse(text, style).Match<Percentage?>(p => p, _ => null);
        return value is not null;
    }

    /// <summary>The canonical Vietnamese form, e.g. <c>4,5%</c>; <see cref="Parse(string)"/> reads it back.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(NumberTextStyle.Vietnamese);

    /// <summary>Formats in the given style: <c>4,5%</c> (Vietnamese) or <c>4.5%</c> (invariant).</summary>
    /// <param name="style">The number convention.</param>
    /// <returns>The text.</returns>
    public string ToString(NumberTextStyle style) => VietnameseNumber.Format(Value, style) + "%";

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
    public bool Equals(Percentage? other) => other is not null && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Percentage);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Orders by value; null sorts first.</summary>
    /// <param name="other">The other percentage.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Percentage? other) => other is null ? 1 : Value.CompareTo(other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => ValueComparison.CompareObject(this, obj);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Percentage? left, Percentage? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Percentage? left, Percentage? right) => !Equals(left, right);

    /// <summary>Less than, by value.</summary>
    public static bool operator <(Percentage? left, Percentage? right) => ValueComparison.Compare(left, right) < 0;

    /// <summary>Less than or equal, by value.</summary>
    public static bool operator <=(Percentage? left, Percentage? right) => ValueComparison.Compare(left, right) <= 0;

    /// <summary>Greater than, by value.</summary>
    public static bool operator >(Percentage? left, Percentage? right) => ValueComparison.Compare(left, right) > 0;

    /// <summary>Greater than or equal, by value.</summary>
    public static bool operator >=(Percentage? left, Percentage? right) => ValueComparison.Compare(left, right) >= 0;

}
