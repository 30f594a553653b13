using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Measures;

/// <summary>
/// A rate per 1,000 or per 100,000 (tỷ suất), such as <c>6,5 trẻ/1.000 trẻ đẻ sống</c> (neonatal mortality)
/// or <c>550/100.000 trẻ em</c> (injuries), with its <see cref="RateBase"/> as part of the value.
/// </summary>
/// <remarks>
/// <para>An indicator value is numerator / denominator × factor (<see cref="FromCounts"/>); aggregating over
/// areas must sum numerators and denominators, never average rates. Values are <see cref="decimal"/>.</para>
/// <para>Equality needs the same value and the same base: <c>14/100.000</c> and <c>14/100.000 trẻ em</c>
/// differ, because the first does not say what it counts. Ordering compares the base first (in
/// <see cref="RateBase"/> order) and then the value, so it is total and consistent with equality; only
/// rates on the same base are meaningfully comparable, which <see cref="HasSameBase"/> checks.</para>
/// <para>Text: the canonical form is Vietnamese (<c>6,5/1.000 trẻ đẻ sống</c>, <c>14/100.000</c>). The parser
/// also accepts a numerator noun (<c>6,5 trẻ/1.000 trẻ đẻ sống</c>, <c>6,5 trẻ /1.000 ...</c>), <c>trên</c> for the slash
/// (<c>6,5 trên 1.000 trẻ đẻ sống</c>, the wording of Decision 23/QĐ-TTg), the per-mille
/// sign (<c>9,5‰</c>, a generic per-thousand rate), populations without diacritics and the English
/// populations. The invariant form is <c>6.5/1000 live births</c>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Rate : IEquatable<Rate>, IComparable<Rate>, IComparable, IFormattable
{
    /// <summary>Creates a rate.</summary>
    /// <param name="value">The number per <see cref="RateBase.Factor"/>; zero or more.</param>
    /// <param name="rateBase">What the rate is per.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rateBase"/> is null.</exception>
    public Rate(decimal value, RateBase rateBase)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A rate cannot be negative.");
        }
        Value = value;
        Base = Preconditions.CheckNotNull(rateBase);
    }

    /// <summary>The number per <see cref="RateBase.Factor"/> (<c>6.5</c> for <c>6,5/1.000</c>).</summary>
    public decimal Value { get; }

    /// <summary>What the rate is per.</summary>
    public RateBase Base { get; }

    /// <summary>
    /// The rate computed from counts: <paramref name="events"/> / <paramref name="population"/> × the base's factor.
    /// </summary>
    /// <param name="events">The numerator (deaths, injuries), zero or more.</param>
    /// <param name="population">The denominator (live births, children), greater than zero.</param>
    /// <param name="rateBase">What the rate is per.</param>
    /// <returns>The rate, exact when the quotient terminates within <see cref="decimal"/> precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="events"/> is negative or <paramref name="population"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rateBase"/> is null.</exception>
    public static Rate FromCounts(long events, long population, RateBase rateBase)
    {
        Preconditions.CheckRange(events, 0, long.MaxValue);
        Preconditions.CheckRange(population, 1, long.MaxValue);
        Preconditions.CheckNotNull(rateBase);
        return new Rate(events * rateBase.Factor / population, rateBase);
    }

    /// <summary>Whether <paramref name="other"/> is on the same base, so that comparing the two means something.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>True when both bases are the same.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool HasSameBase(Rate other) => Base == Preconditions.CheckNotNull(other).Base;

    /// <summary>Parses the canonical Vietnamese form and its variants (<c>6,5 trẻ/1.000 trẻ đẻ sống</c>, <c>14/100.000</c>, <c>9,5‰</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rate, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Rate, ParseError> Parse(string text) => Parse(text, NumberTextStyle.Vietnamese);

    /// <summary>Parses a rate whose numbers are written in the given style.</summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The number convention.</param>
    /// <returns>The rate, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Rate, ParseError> Parse(string text, NumberTextStyle style)
    {
        Preconditions.CheckNotNull(text);
        if (MeasureText.ScanLeadingNumber(text, style, (MeasureErrorCodes.RateEmpty, MeasureErrorCodes.RateNegative), "a rate", out var nfc, out var number) is { } error)
        {
            return error;
        }
        var position = MeasureText.SkipSpaces(nfc, number.End);
        var nounEnd = MeasureText.ReadPhrase(nfc, position);
        var perWord = false;
        if (nounEnd > position)
        {
            // The numerator noun ("6,5 trẻ/1.000") only names what is counted; the base carries the population.
            // "trên" / "per" stands for the slash ("6,5 trên 1.000 trẻ đẻ sống", Decision 23/QĐ-TTg wording).
            var key = VietnameseText.ToMatchKey(nfc[position..nounEnd]);
            var lastSpace = key.LastIndexOf(' ');
            var lastWord = lastSpace < 0 ? key : key[(lastSpace + 1)..];
            var noun = lastSpace < 0 ? string.Empty : key[..lastSpace];
            perWord = lastWord is "tren" or "per" && (noun.Length == 0 || IsNumeratorNoun(noun));
            if (!perWord && !IsNumeratorNoun(key))
            {
                return MeasureText.Error(MeasureErrorCodes.RateBaseMissing, "Expected '/' and a base (1.000 or 100.000) after the number.", nfc, position, nounEnd - position);
            }
            position = MeasureText.SkipSpaces(nfc, nounEnd);
        }
        if (!perWord && position < nfc.Length && nfc[position] == '‰')
        {
            position = MeasureText.SkipSpaces(nfc, position + 1);
            return position == nfc.Length
                ? new Rate(number.Value, RateBase.PerThousand)
                : MeasureText.Trailing(MeasureErrorCodes.RateTrailingText, nfc, position);
        }
        if (!perWord && (position == nfc.Length || nfc[position] != '/'))
        {
            return MeasureText.Error(MeasureErrorCodes.RateBaseMissing, "Expected '/' and a base (1.000 or 100.000) after the number.", nfc, position, nfc.Length - position);
        }
        var factorStart = MeasureText.SkipSpaces(nfc, perWord ? position : position + 1);
        var factor = VietnameseNumber.Scan(nfc, factorStart, style);
        if (factor.Error is not null)
        {
            return factor.Error;
        }
        if (factor.Value is not (1_000m or 100_000m))
        {
            return MeasureText.Error(MeasureErrorCodes.RateBaseUnsupported, "A rate must be per 1.000 or per 100.000.", nfc, factorStart, factor.End - factorStart);
        }
        var populationStart = MeasureText.SkipSpaces(nfc, factor.End);
        var populationEnd = MeasureText.ReadPhrase(nfc, populationStart);
        var rateBase = FindBase(factor.Value, VietnameseText.ToMatchKey(nfc[populationStart..populationEnd]));
        if (rateBase is null)
        {
            return MeasureText.Error(MeasureErrorCodes.RatePopulationUnknown, "Unknown population; expected 'trẻ đẻ sống' after 1.000 or 'trẻ em' after 100.000.", nfc, populationStart, populationEnd - populationStart);
        }
        position = MeasureText.SkipSpaces(nfc, populationEnd);
        return position == nfc.Length ? new Rate(number.Value, rateBase) : MeasureText.Trailing(MeasureErrorCodes.RateTrailingText, nfc, position);
    }

    /// <summary>Tries to parse the canonical Vietnamese form.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="value">The rate when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Rate? value) =>
        TryParse(text, NumberTextStyle.Vietnamese, out value);

    /// <summary>Tries to parse a rate whose numbers are written in the given style.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="style">The number convention.</param>
    /// <param name="value">The rate when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, NumberTextStyle style, [NotNullWhen(true)] out Rate? value)
    {
        value = text is null ? null : Parse(text, style).Match<Rate?>(r => r, _ => null);
        return value is not null;
    }

    /// <summary>The canonical Vietnamese form, e.g. <c>6,5/1.000 trẻ đẻ sống</c>; <see cref="Parse(string)"/> reads it back.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(NumberTextStyle.Vietnamese);

    /// <summary>Formats in the given style: <c>6,5/1.000 trẻ đẻ sống</c> or <c>6.5/1000 live births</c>.</summary>
    /// <param name="style">The number convention (the invariant form also uses the English population).</param>
    /// <returns>The text.</returns>
    public string ToString(NumberTextStyle style)
    {
        var population = style == NumberTextStyle.Vietnamese ? Base.VietnamesePopulation : Base.EnglishPopulation;
        var text = VietnameseNumber.Format(Value, style) + "/" + VietnameseNumber.Format(Base.Factor, style);
        return population.Length == 0 ? text : text + " " + population;
    }

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
    public bool Equals(Rate? other) => other is not null && Value == other.Value && Base == other.Base;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Rate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Base.Value);

    /// <summary>Orders by base, then by value; null sorts first.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Rate? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byBase = Base.Value.CompareTo(other.Base.Value);
        return byBase != 0 ? byBase : Value.CompareTo(other.Value);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => ValueComparison.CompareObject(this, obj);

    /// <summary>Value equality (value and base).</summary>
    public static bool operator ==(Rate? left, Rate? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Rate? left, Rate? right) => !Equals(left, right);

    /// <summary>Less than, by base then value.</summary>
    public static bool operator <(Rate? left, Rate? right) => ValueComparison.Compare(left, right) < 0;

    /// <summary>Less than or equal, by base then value.</summary>
    public static bool operator <=(Rate? left, Rate? right) => ValueComparison.Compare(left, right) <= 0;

    /// <summary>Greater than, by base then value.</summary>
    public static bool operator >(Rate? left, Rate? right) => ValueComparison.Compare(left, right) > 0;

    /// <summary>Greater than or equal, by base then value.</summary>
    public static bool operator >=(Rate? left, Rate? right) => ValueComparison.Compare(left, right) >= 0;

    private static bool IsNumeratorNoun(string key) => key is "tre" or "tre em" or "ca" or "nguoi" or "children" or "deaths";

    private static RateBase? FindBase(decimal factor, string populationKey)
    {
        foreach (var candidate in RateBase.List)
        {
            if (candidate.Factor == factor
                && (populationKey == VietnameseText.ToMatchKey(candidate.VietnamesePopulation)
                    || populationKey == VietnameseText.ToMatchKey(candidate.EnglishPopulation)))
            {
                return candidate;
            }
        }
        return null;
    }
}
