using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Identifies one measure of an indicator: the indicator number and a letter in the order the Decision
/// names the measures, written <c>CT3.a</c> (neonatal mortality), <c>CT3.b</c> (under-1), <c>CT3.c</c> (under-5).
/// </summary>
/// <remarks>
/// <para>One <i>Chỉ tiêu</i> of Decision 23/QĐ-TTg can hold several measured quantities separated by
/// <c>;</c> or <c>:</c> (Chỉ tiêu 3 has three mortality rates, Chỉ tiêu 17 a completion and a dropout
/// rate). An indicator with one measure still has <c>.a</c>, so identifiers do not change if a measure is
/// added. Letters are Latin <c>a</c>–<c>z</c>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct MeasureId : IEquatable<MeasureId>, IComparable<MeasureId>
{
    /// <summary>How many measures one indicator can have: one per letter <c>a</c>–<c>z</c> (26).</summary>
    public const int MaxMeasuresPerIndicator = 'z' - 'a' + 1;

    /// <summary>Creates a measure identifier.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="letter">The measure letter, <c>a</c>–<c>z</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="letter"/> is not a lower-case Latin letter.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is the invalid default value.</exception>
    public MeasureId(IndicatorId indicator, char letter)
    {
        Preconditions.CheckArgument(indicator.Value != 0, nameof(indicator), "The default IndicatorId is not a valid indicator.");
        Preconditions.CheckRange(letter, 'a', 'z');
        Indicator = indicator;
        Letter = letter;
    }

    /// <summary>Creates a measure identifier from an indicator number and a letter.</summary>
    /// <param name="indicator">The indicator number.</param>
    /// <param name="letter">The measure letter.</param>
    public MeasureId(int indicator, char letter)
        : this(new IndicatorId(indicator), letter)
    {
    }

    /// <summary>The indicator this measure belongs to.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>The measure letter, <c>a</c> for the first measure named in the indicator's text.</summary>
    public char Letter { get; }

    /// <summary>The zero-based position of the measure within its indicator.</summary>
    public int Index => Letter - 'a';

    /// <summary>
    /// A dense number for array indexing: <c>indicator × <see cref="MaxMeasuresPerIndicator"/> + index</c>, distinct for
    /// distinct identifiers, 0 only for the invalid default value (every valid one is at least <see cref="MaxMeasuresPerIndicator"/>).
    /// </summary>
    internal int Ordinal => (Indicator.Value * MaxMeasuresPerIndicator) + Index;

    /// <summary>Parses <c>CT3.a</c>; the indicator part accepts every form <see cref="IndicatorId.Parse"/> does (<c>Chỉ tiêu 3.a</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier or an error with code <see cref="IndicatorErrorCodes.MeasureIdInvalid"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<MeasureId, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var normalized = VietnameseText.Normalize(text);
        var dot = normalized.LastIndexOf('.');
        if (dot < 0 || dot != normalized.Length - 2)
        {
            return new ParseError(IndicatorErrorCodes.MeasureIdInvalid, "Expected a measure identifier such as CT3.a.", 0, text.Length, text);
        }
        var letter = char.ToLowerInvariant(normalized[^1]);
        if (letter is < 'a' or > 'z')
        {
            return new ParseError(IndicatorErrorCodes.MeasureIdInvalid, "The measure letter must be a to z.", dot + 1, 1, normalized[^1..]);
        }
        return IndicatorId.Parse(normalized[..dot]).Match<OneOf<MeasureId, ParseError>>(
            id => new MeasureId(id, letter),
            error => error);
    }

    /// <summary>Parses like <see cref="Parse"/>, returning false instead of an error.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="id">The identifier when successful.</param>
    /// <returns>Whether the text was a measure identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MeasureId id)
    {
        id = default;
        if (text is null || !Parse(text).TryPickT0(out var parsed, out _))
        {
            return false;
        }
        id = parsed;
        return true;
    }

    /// <summary>Returns <c>CT3.a</c>.</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Indicator.ToString() + "." + Letter;

    /// <inheritdoc />
    public bool Equals(MeasureId other) => Indicator == other.Indicator && Letter == other.Letter;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeasureId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Indicator.Value << 5) | Index;

    /// <summary>Orders by indicator number, then letter.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>A negative, zero or positive number.</returns>
    public int CompareTo(MeasureId other)
    {
        var byIndicator = Indicator.CompareTo(other.Indicator);
        return byIndicator != 0 ? byIndicator : Letter.CompareTo(other.Letter);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(MeasureId left, MeasureId right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(MeasureId left, MeasureId right) => !left.Equals(right);

    /// <summary>Orders by indicator, then letter.</summary>
    public static bool operator <(MeasureId left, MeasureId right) => left.CompareTo(right) < 0;

    /// <summary>Orders by indicator, then letter.</summary>
    public static bool operator >(MeasureId left, MeasureId right) => left.CompareTo(right) > 0;

    /// <summary>Orders by indicator, then letter.</summary>
    public static bool operator <=(MeasureId left, MeasureId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by indicator, then letter.</summary>
    public static bool operator >=(MeasureId left, MeasureId right) => left.CompareTo(right) >= 0;
}
