using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Measures;

/// <summary>
/// An amount in Vietnamese đồng (VND), optionally recurring per year or per month, as plans state budgets:
/// <c>150 triệu đồng/năm</c>, <c>300.000đ</c>, <c>05 tỷ đồng</c>, <c>1,5 tỷ đồng</c>, <c>2.500.000 đồng</c>.
/// </summary>
/// <remarks>
/// <para>The amount is a whole number of đồng held as a <see cref="decimal"/> (the đồng has no subunit in use);
/// <c>1,5 tỷ</c> is 1,500,000,000. Scale words are read as written: <c>nghìn</c>/<c>ngàn</c> (10³),
/// <c>triệu</c> (10⁶), <c>tỷ</c>/<c>tỉ</c> (10⁹); the currency may be <c>đồng</c>, <c>đ</c>, <c>VNĐ</c> or
/// <c>VND</c>, with or without diacritics, and the period <c>/năm</c>, <c>/tháng</c> (or <c>/year</c>, <c>/month</c>).
/// An amount whose scale leaves a fraction of a đồng (<c>0,5 đồng</c>) is an error, not rounded.</para>
/// <para>Text: the canonical form is Vietnamese in full đồng (<c>150.000.000 đồng/năm</c>); the <c>C</c> format
/// writes the compact form plans use (<c>150 triệu đồng/năm</c>, <c>1,5 tỷ đồng</c>) and the invariant form is
/// <c>150000000 VND/year</c>. All three parse back to the same value.</para>
/// <para>Amounts with different periods cannot be added: a yearly budget plus a one-off gift has no period.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class MoneyVnd : IEquatable<MoneyVnd>, IComparable<MoneyVnd>, IComparable, IFormattable
{
    private const decimal Thousand = 1_000m;
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;

    /// <summary>Creates an amount.</summary>
    /// <param name="amount">A whole, non-negative number of đồng.</param>
    /// <param name="period">How often the amount recurs.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative or not whole, or <paramref name="period"/> is undefined.</exception>
    public MoneyVnd(decimal amount, MoneyPeriod period = MoneyPeriod.None)
    {
        if (amount < 0m || !MeasureText.IsWholeNumber(amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount of đồng must be whole and non-negative.");
        }
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period.");
        }
        Amount = decimal.Truncate(amount);
        Period = period;
    }

    /// <summary>The amount in đồng.</summary>
    public decimal Amount { get; }

    /// <summary>How often the amount recurs (<see cref="MoneyPeriod.None"/> for a one-off amount).</summary>
    public MoneyPeriod Period { get; }

    /// <summary>Adds two amounts with the same period.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The sum, with the common period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The periods differ.</exception>
    /// <exception cref="OverflowException">The sum exceeds <see cref="decimal.MaxValue"/>.</exception>
    public MoneyVnd Add(MoneyVnd other)
    {
        Preconditions.CheckNotNull(other);
        Preconditions.CheckArgument(Period == other.Period, nameof(other), "Cannot add amounts with different periods.");
        return new MoneyVnd(Amount + other.Amount, Period);
    }

    /// <summary>Adds two amounts with the same period.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The periods differ.</exception>
    public static MoneyVnd operator +(MoneyVnd left, MoneyVnd right) => Preconditions.CheckNotNull(left).Add(right);

    /// <summary>Parses the Vietnamese forms (<c>150 triệu đồng/năm</c>, <c>300.000đ</c>, <c>1,5 tỷ đồng</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The amount, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<MoneyVnd, ParseError> Parse(string text) => Parse(text, NumberTextStyle.Vietnamese);

    /// <summary>Parses an amount whose number is written in the given style.</summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The number convention.</param>
    /// <returns>The amount, or a <see cref="ParseError"/> giving the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<MoneyVnd, ParseError> Parse(string text, NumberTextStyle style)
    {
        Preconditions.CheckNotNull(text);
        if (MeasureText.ScanLeadingNumber(text, style, (MeasureErrorCodes.MoneyEmpty, MeasureErrorCodes.MoneyNegative), "an amount of money", out var nfc, out var number) is { } error)
        {
            return error;
        }
        var start = MeasureText.SkipSpaces(nfc, 0);
        var wordStart = MeasureText.SkipSpaces(nfc, number.End);
        var wordEnd = MeasureText.ReadLetters(nfc, wordStart);
        var scale = ScaleOf(VietnameseText.ToMatchKey(nfc[wordStart..wordEnd]));
        if (scale is not null)
        {
            wordStart = MeasureText.SkipSpaces(nfc, wordEnd);
            wordEnd = MeasureText.ReadLetters(nfc, wordStart);
        }
        if (VietnameseText.ToMatchKey(nfc[wordStart..wordEnd]) is not ("dong" or "d" or "vnd"))
        {
            return MeasureText.Error(MeasureErrorCodes.MoneyCurrencyMissing, "Expected 'đồng', 'đ' or 'VND' after the amount.", nfc, wordStart, wordEnd - wordStart);
        }
        var multiplier = scale ?? 1m;
        if (number.Value > decimal.MaxValue / multiplier)
        {
            return MeasureText.Error(MeasureErrorCodes.MoneyTooLarge, "The amount is too large to be represented.", nfc, start, wordEnd - start);
        }
        var amount = number.Value * multiplier;
        if (!MeasureText.IsWholeNumber(amount))
        {
            return MeasureText.Error(MeasureErrorCodes.MoneyFractionalDong, "The amount is not a whole number of đồng.", nfc, start, wordEnd - start);
        }
        var position = MeasureText.SkipSpaces(nfc, wordEnd);
        var period = MoneyPeriod.None;
        if (position < nfc.Length && nfc[position] == '/')
        {
            var periodStart = MeasureText.SkipSpaces(nfc, position + 1);
            var periodEnd = MeasureText.ReadLetters(nfc, periodStart);
            period = VietnameseText.ToMatchKey(nfc[periodStart..periodEnd]) switch
            {
                "nam" or "year" => MoneyPeriod.PerYear,
                "thang" or "month" => MoneyPeriod.PerMonth,
                _ => MoneyPeriod.None,
            };
            if (period == MoneyPeriod.None)
            {
                return MeasureText.Error(MeasureErrorCodes.MoneyPeriodUnknown, "Expected 'năm' or 'tháng' after '/'.", nfc, periodStart, periodEnd - periodStart);
            }
            position = MeasureText.SkipSpaces(nfc, periodEnd);
        }
        return position == nfc.Length
            ? new MoneyVnd(amount, period)
            : MeasureText.Trailing(MeasureErrorCodes.MoneyTrailingText, nfc, position);
    }

    /// <summary>Tries to parse the Vietnamese forms.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="value">The amount when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out MoneyVnd? value) =>
        TryParse(text, NumberTextStyle.Vietnamese, out value);

    /// <summary>Tries to parse an amount whose number is written in the given style.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="style">The number convention.</param>
    /// <param name="value">The amount when the text parses; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, NumberTextStyle style, [NotNullWhen(true)] out MoneyVnd? value)
    {
        value = text is null ? null : Parse(text, style).Match<MoneyVnd?>(m => m, _ => null);
        return value is not null;
    }

    /// <summary>The canonical Vietnamese form in full đồng, e.g. <c>150.000.000 đồng/năm</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(NumberTextStyle.Vietnamese);

    /// <summary>Formats in the given style: <c>150.000.000 đồng/năm</c> or <c>150000000 VND/year</c>.</summary>
    /// <param name="style">The number convention (the invariant form also uses <c>VND</c> and English periods).</param>
    /// <returns>The text.</returns>
    public string ToString(NumberTextStyle style) => style == NumberTextStyle.Vietnamese
        ? VietnameseNumber.Format(Amount) + " đồng" + VietnamesePeriod()
        : VietnameseNumber.Format(Amount, NumberTextStyle.Invariant) + " VND" + Period switch
        {
            MoneyPeriod.PerYear => "/year",
            MoneyPeriod.PerMonth => "/month",
            _ => string.Empty,
        };

    /// <summary>
    /// The compact Vietnamese form plans use: the largest of <c>tỷ</c>, <c>triệu</c>, <c>nghìn</c> that leaves at
    /// most three decimals (<c>150 triệu đồng/năm</c>, <c>1,5 tỷ đồng</c>, <c>300 nghìn đồng</c>), else full đồng.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToCompactString()
    {
        foreach (var (factor, word) in new[] { (Billion, "tỷ"), (Million, "triệu"), (Thousand, "nghìn") })
        {
            var scaled = Amount / factor;
            if (Amount >= factor && MeasureText.IsWholeNumber(scaled * 1_000m))
            {
                return VietnameseNumber.Format(scaled) + " " + word + " đồng" + VietnamesePeriod();
            }
        }
        return ToString();
    }

    /// <summary>
    /// Formats with a format string: <c>V</c> Vietnamese, <c>C</c> compact Vietnamese, <c>I</c> invariant,
    /// <c>G</c> or null by the provider's decimal separator (Vietnamese when <paramref name="formatProvider"/> is null).
    /// </summary>
    /// <param name="format">V, C, I, G or null.</param>
    /// <param name="formatProvider">Used only by <c>G</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not recognised.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is "C" or "c" ? ToCompactString() : ToString(MeasureText.ResolveStyle(format, formatProvider));

    /// <inheritdoc />
    public bool Equals(MoneyVnd? other) => other is not null && Amount == other.Amount && Period == other.Period;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MoneyVnd);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Period);

    /// <summary>Orders by period (one-off, yearly, monthly), then by amount; null sorts first.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(MoneyVnd? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byPeriod = Period.CompareTo(other.Period);
        return byPeriod != 0 ? byPeriod : Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => ValueComparison.CompareObject(this, obj);

    /// <summary>Value equality (amount and period).</summary>
    public static bool operator ==(MoneyVnd? left, MoneyVnd? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(MoneyVnd? left, MoneyVnd? right) => !Equals(left, right);

    /// <summary>Less than, by period then amount.</summary>
    public static bool operator <(MoneyVnd? left, MoneyVnd? right) => ValueComparison.Compare(left, right) < 0;

    /// <summary>Less than or equal, by period then amount.</summary>
    public static bool operator <=(MoneyVnd? left, MoneyVnd? right) => ValueComparison.Compare(left, right) <= 0;

    /// <summary>Greater than, by period then amount.</summary>
    public static bool operator >(MoneyVnd? left, MoneyVnd? right) => ValueComparison.Compare(left, right) > 0;

    /// <summary>Greater than or equal, by period then amount.</summary>
    public static bool operator >=(MoneyVnd? left, MoneyVnd? right) => ValueComparison.Compare(left, right) >= 0;

    private static decimal? ScaleOf(string key) => key switch
    {
        "nghin" or "ngan" => Thousand,
        "trieu" => Million,
        "ty" or "ti" => Billion,
        _ => null,
    };

    private string VietnamesePeriod() => Period switch
    {
        MoneyPeriod.PerYear => "/năm",
        MoneyPeriod.PerMonth => "/tháng",
        _ => string.Empty,
    };
}
