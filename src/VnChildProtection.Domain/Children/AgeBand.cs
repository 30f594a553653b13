using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Children;

/// <summary>
/// A band of ages in completed years (độ tuổi) that an indicator or policy targets: under 1, under 5, under 6,
/// 0–8, 5 years, 5–17, 7+, 11+, 11–14, 10–18, and "child" (under 16, Law on Children 2016 art. 1).
/// </summary>
/// <remarks>
/// <para>A band is the half-open range [<see cref="MinimumAge"/>, <see cref="MaximumAgeExclusive"/>) of ages in
/// completed years (see <see cref="ChildAge"/>), the upper bound absent for open bands such as <c>7+</c>.
/// Equality is equality of the set of ages: <c>0-8</c>, <c>&lt;9</c> and <c>dưới 9 tuổi</c> are the same band.</para>
/// <para>Text: the canonical compact form, written by <see cref="ToString()"/>, is <c>&lt;N</c> when the band starts
/// at 0, <c>N</c> for a single year, <c>A-B</c> (both inclusive) otherwise, and <c>N+</c> when open. The
/// Vietnamese rendering (<see cref="ToVietnameseString"/>) is <c>dưới 5 tuổi</c>, <c>5 tuổi</c>,
/// <c>từ 11 đến 14 tuổi</c>, <c>từ 7 tuổi trở lên</c>. <see cref="Parse"/> reads both, plus the variants plans write:
/// leading zeros (<c>dưới 05 tuổi</c>), <c>đủ 07 tuổi trở lên</c>, <c>từ 5-17 tuổi</c>, dash variants, no diacritics.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgeBand : IEquatable<AgeBand>, IComparable<AgeBand>, IComparable
{
    /// <summary>The largest bound a band may name (<c>&lt;150</c>, <c>150+</c>; closed ranges end at 149), far above any human age.</summary>
    public const int MaxAge = 150;

    private AgeBand(int minimumAge, int? maximumAgeExclusive)
    {
        MinimumAge = minimumAge;
        MaximumAgeExclusive = maximumAgeExclusive;
    }

    /// <summary>Children (trẻ em): under 16 (Luật Trẻ em 2016, điều 1).</summary>
    public static AgeBand Child { get; } = new(0, ChildAge.ChildhoodEndsAt);

    /// <summary>The youngest age in the band, in completed years (inclusive).</summary>
    public int MinimumAge { get; }

    /// <summary>The first age above the band (exclusive), or null when the band is open (<c>7+</c>).</summary>
    public int? MaximumAgeExclusive { get; }

    /// <summary>The oldest age in the band (inclusive), or null when the band is open.</summary>
    public int? MaximumAgeInclusive => MaximumAgeExclusive - 1;

    /// <summary>Ages below <paramref name="age"/> (<c>dưới 5 tuổi</c> is <c>Under(5)</c>).</summary>
    /// <param name="age">The exclusive upper bound, 1 to <see cref="MaxAge"/>.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="age"/> is out of range.</exception>
    public static AgeBand Under(int age) => new(0, Preconditions.CheckRange(age, 1, MaxAge));

    /// <summary>Ages from <paramref name="minimum"/> to <paramref name="maximum"/>, both inclusive (<c>từ 11 đến 14 tuổi</c>).</summary>
    /// <param name="minimum">The youngest age, 0 or more.</param>
    /// <param name="maximum">The oldest age, <paramref name="minimum"/> to <see cref="MaxAge"/> − 1.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is out of range.</exception>
    public static AgeBand Between(int minimum, int maximum)
    {
        Preconditions.CheckRange(minimum, 0, MaxAge - 1);
        Preconditions.CheckRange(maximum, minimum, MaxAge - 1);
        return new AgeBand(minimum, maximum + 1);
    }

    /// <summary>Exactly one year of age (<c>5 tuổi</c>: from the 5th to the day before the 6th birthday).</summary>
    /// <param name="age">The age, 0 to <see cref="MaxAge"/> − 1.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="age"/> is out of range.</exception>
    public static AgeBand Exactly(int age) => Between(age, age);

    /// <summary><paramref name="age"/> and over (<c>từ 7 tuổi trở lên</c>, <c>7+</c>).</summary>
    /// <param name="age">The youngest age, 0 to <see cref="MaxAge"/>.</param>
    /// <returns>The open band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="age"/> is out of range.</exception>
    public static AgeBand AtLeast(int age) => new(Preconditions.CheckRange(age, 0, MaxAge), null);

    /// <summary>Whether an age in completed years is in the band.</summary>
    /// <param name="ageInCompletedYears">The age.</param>
    /// <returns>True when the age is in the band.</returns>
    public bool Contains(int ageInCompletedYears) =>
        ageInCompletedYears >= MinimumAge && (MaximumAgeExclusive is null || ageInCompletedYears < MaximumAgeExclusive);

    /// <summary>Whether a person born on <paramref name="birthDate"/> is in the band on <paramref name="onDate"/>; false before birth.</summary>
    /// <param name="birthDate">The date of birth.</param>
    /// <param name="onDate">The date.</param>
    /// <returns>True when the age in completed years on that date is in the band.</returns>
    /// <exception cref="ArgumentException">The two dates use different calendar systems.</exception>
    public bool Contains(LocalDate birthDate, LocalDate onDate) =>
        onDate >= birthDate && Contains(ChildAge.CompletedYears(birthDate, onDate));

    /// <summary>Parses the compact form (<c>&lt;5</c>, <c>5</c>, <c>11-14</c>, <c>7+</c>) or the Vietnamese one (<c>dưới 5 tuổi</c>, <c>từ 11 đến 14 tuổi</c>, <c>từ 7 tuổi trở lên</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The band, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<AgeBand, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var tokens = Tokenize(VietnameseText.NormalizeDashes(VietnameseText.ToNfc(text)));
        return new BandParser(tokens.Text, tokens.List).Parse();
    }

    /// <summary>Tries to parse a band (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="value">The band when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out AgeBand? value)
    {
        value = text is null ? null : Parse(text).Match<AgeBand?>(b => b, _ => null);
        return value is not null;
    }

    /// <summary>The canonical compact form: <c>&lt;5</c>, <c>5</c>, <c>11-14</c>, <c>7+</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(
        under: max => "<" + max,
        exactly: age => age,
        between: (min, max) => min + "-" + max,
        atLeast: min => min + "+");

    /// <summary>The Vietnamese rendering: <c>dưới 5 tuổi</c>, <c>5 tuổi</c>, <c>từ 11 đến 14 tuổi</c>, <c>từ 7 tuổi trở lên</c>.</summary>
    /// <returns>The text; <see cref="Parse"/> reads it back.</returns>
    public string ToVietnameseString() => Format(
        under: max => "dưới " + max + " tuổi",
        exactly: age => age + " tuổi",
        between: (min, max) => "từ " + min + " đến " + max + " tuổi",
        atLeast: min => "từ " + min + " tuổi trở lên");

    /// <inheritdoc />
    public bool Equals(AgeBand? other) =>
        other is not null && MinimumAge == other.MinimumAge && MaximumAgeExclusive == other.MaximumAgeExclusive;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgeBand);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinimumAge, MaximumAgeExclusive);

    /// <summary>Orders by minimum age, then by upper bound (open bands last); null sorts first.</summary>
    /// <param name="other">The other band.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(AgeBand? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byMinimum = MinimumAge.CompareTo(other.MinimumAge);
        return byMinimum != 0 ? byMinimum : (MaximumAgeExclusive ?? int.MaxValue).CompareTo(other.MaximumAgeExclusive ?? int.MaxValue);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => ValueComparison.CompareObject(this, obj);

    /// <summary>Value equality (same set of ages).</summary>
    public static bool operator ==(AgeBand? left, AgeBand? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(AgeBand? left, AgeBand? right) => !Equals(left, right);

    /// <summary>Less than, by minimum then upper bound.</summary>
    public static bool operator <(AgeBand? left, AgeBand? right) => ValueComparison.Compare(left, right) < 0;

    /// <summary>Less than or equal, by minimum then upper bound.</summary>
    public static bool operator <=(AgeBand? left, AgeBand? right) => ValueComparison.Compare(left, right) <= 0;

    /// <summary>Greater than, by minimum then upper bound.</summary>
    public static bool operator >(AgeBand? left, AgeBand? right) => ValueComparison.Compare(left, right) > 0;

    /// <summary>Greater than or equal, by minimum then upper bound.</summary>
    public static bool operator >=(AgeBand? left, AgeBand? right) => ValueComparison.Compare(left, right) >= 0;

    private string Format(Func<string, string> under, Func<string, string> exactly, Func<string, string, string> between, Func<string, string> atLeast)
    {
        var min = MinimumAge.ToString(CultureInfo.InvariantCulture);
        if (MaximumAgeExclusive is not { } maxExclusive)
        {
            return atLeast(min);
        }
        if (MinimumAge == 0)
        {
            return under(maxExclusive.ToString(CultureInfo.InvariantCulture));
        }
        return maxExclusive == MinimumAge + 1
            ? exactly(min)
            : between(min, (maxExclusive - 1).ToString(CultureInfo.InvariantCulture));
    }

    private static (string Text, List<Token> List) Tokenize(string text)
    {
        var list = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
            var raw = text[start..i];
            var key = char.IsLetter(c) ? VietnameseText.ToMatchKey(raw) : raw;
            list.Add(new Token(start, raw, key));
        }
        return (text, list);
    }

    private readonly record struct Token(int Position, string Raw, string Key)
    {
        internal bool IsNumber => Raw.Length > 0 && char.IsAsciiDigit(Raw[0]);
    }

    /// <summary>Recognises: [dưới | &lt; | từ [đủ] | đủ] N [(- | đến) M] [tuổi] [trở lên | +].</summary>
    private sealed class BandParser(string text, List<Token> tokens)
    {
        private int _index;

        internal OneOf<AgeBand, ParseError> Parse()
        {
            if (tokens.Count == 0)
            {
                return new ParseError(ChildErrorCodes.AgeBandEmpty, "Expected an age band but the text is empty.", 0, 0, string.Empty);
            }
            var under = Accept("<") || Accept("duoi");
            var from = !under && Accept("tu");
            from |= !under && Accept("du");
            var first = ReadAge();
            if (first.IsT1)
            {
                return first.AsT1;
            }
            int? second = null;
            var rangeToken = _index;
            if (Accept("-") || Accept("den"))
            {
                var read = ReadAge();
                if (read.IsT1)
                {
                    return read.AsT1;
                }
                second = read.AsT0;
            }
            Accept("tuoi");
            var openToken = _index;
            var open = Accept("+");
            if (!open && Accept("tro"))
            {
                if (!Accept("len"))
                {
                    return Error(ChildErrorCodes.AgeBandAndOver, "Expected 'trở lên'.", tokens[openToken].Position, text.Length - tokens[openToken].Position);
                }
                open = true;
            }
            if (_index < tokens.Count)
            {
                var token = tokens[_index];
                return Error(ChildErrorCodes.AgeBandTrailingText, "Unexpected text in an age band.", token.Position, text.Length - token.Position);
            }
            if (under && (second is not null || open))
            {
                return Error(ChildErrorCodes.AgeBandConflict, "'Under' cannot be combined with a range or 'and over'.", tokens[0].Position, text.Length - tokens[0].Position);
            }
            if (second is not null && open)
            {
                return Error(ChildErrorCodes.AgeBandConflict, "A closed range cannot also be 'and over'.", tokens[openToken].Position, text.Length - tokens[openToken].Position);
            }
            if (under)
            {
                return first.AsT0 == 0
                    ? Error(ChildErrorCodes.AgeBandEmptyRange, "'Under 0' contains no age.", tokens[0].Position, text.Length - tokens[0].Position)
                    : AgeBand.Under(first.AsT0);
            }
            var oldest = second ?? first.AsT0;
            if ((second is not null || (!open && !from)) && oldest >= MaxAge)
            {
                return Error(ChildErrorCodes.AgeBandAgeTooLarge, "A closed range must end below " + MaxAge.ToString(CultureInfo.InvariantCulture) + ".", tokens[0].Position, text.Length - tokens[0].Position);
            }
            if (second is { } maximum)
            {
                return maximum < first.AsT0
                    ? Error(ChildErrorCodes.AgeBandRangeReversed, "The upper age is below the lower age.", tokens[rangeToken].Position, text.Length - tokens[rangeToken].Position)
                    : AgeBand.Between(first.AsT0, maximum);
            }
            // "từ 6 tuổi" without "trở lên" still reads as a lower bound.
            return open || from ? AgeBand.AtLeast(first.AsT0) : AgeBand.Exactly(first.AsT0);
        }

        private bool Accept(string key)
        {
            if (_index < tokens.Count && tokens[_index].Key == key)
            {
                _index++;
                return true;
            }
            return false;
        }

        private OneOf<int, ParseError> ReadAge()
        {
            if (_index == tokens.Count || !tokens[_index].IsNumber)
            {
                var position = _index < tokens.Count ? tokens[_index].Position : text.Length;
                var length = _index < tokens.Count ? tokens[_index].Raw.Length : 0;
                return Error(ChildErrorCodes.AgeBandAgeExpected, "Expected an age in years.", position, length);
            }
            var token = tokens[_index++];
            var digits = token.Raw.TrimStart('0');
            if (digits.Length > 3 || (digits.Length > 0 && int.Parse(digits, CultureInfo.InvariantCulture) > MaxAge))
            {
                return Error(ChildErrorCodes.AgeBandAgeTooLarge, "Ages must be at most " + MaxAge.ToString(CultureInfo.InvariantCulture) + ".", token.Position, token.Raw.Length);
            }
            return digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
        }

        private ParseError Error(string code, string message, int position, int length) =>
            new(code, message, position, length, text.Substring(position, length));
    }
}
