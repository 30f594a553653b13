namespace VnChildProtection.Domain.Measures;

/// <summary>
/// The stable <see cref="Text.ParseError.Code"/> values returned when a number, percentage, rate, count fraction or amount of money cannot be parsed (<see cref="VietnameseNumber"/>, <see cref="Percentage"/>, <see cref="Rate"/>, <see cref="Ratio"/>, <see cref="MoneyVnd"/>).
/// </summary>
/// <remarks>This type holds constants only and is thread-safe.</remarks>
public static class MeasureErrorCodes
{
    /// <summary>The input is empty or white space where a number is expected.</summary>
    public const string NumberEmpty = "NUMBER-EMPTY";

    /// <summary>A digit is expected and something else is found.</summary>
    public const string NumberExpected = "NUMBER-EXPECTED";

    /// <summary>A dot is used as the decimal separator of a Vietnamese number (<c>12.5</c>); Vietnamese writes a comma (<c>12,5</c>).</summary>
    public const string NumberDecimalDot = "NUMBER-DECIMAL-DOT";

    /// <summary>Thousands groups are malformed: the digits before the first thousands dot are not one to three, or a group is not three digits.</summary>
    public const string NumberGrouping = "NUMBER-GROUPING";

    /// <summary>A separator is out of place (after the decimal part, or any grouping in the invariant style).</summary>
    public const string NumberSeparator = "NUMBER-SEPARATOR";

    /// <summary>The number is too large to be represented as a decimal.</summary>
    public const string NumberTooLarge = "NUMBER-TOO-LARGE";

    /// <summary>The number has more significant digits than a decimal holds exactly.</summary>
    public const string NumberPrecision = "NUMBER-PRECISION";

    /// <summary>Text follows a complete number.</summary>
    public const string NumberTrailingText = "NUMBER-TRAILING-TEXT";

    /// <summary>The input is empty or white space where a percentage is expected.</summary>
    public const string PercentEmpty = "PERCENT-EMPTY";

    /// <summary>The percentage is negative (a reduction is a direction carried by the target, not a sign).</summary>
    public const string PercentNegative = "PERCENT-NEGATIVE";

    /// <summary>A percentage has no <c>%</c> after its number.</summary>
    public const string PercentSignMissing = "PERCENT-SIGN-MISSING";

    /// <summary>Text follows a complete percentage.</summary>
    public const string PercentTrailingText = "PERCENT-TRAILING-TEXT";

    /// <summary>The input is empty or white space where a rate is expected.</summary>
    public const string RateEmpty = "RATE-EMPTY";

    /// <summary>The rate is negative.</summary>
    public const string RateNegative = "RATE-NEGATIVE";

    /// <summary>A rate has no <c>/</c> and base (<c>1.000</c> or <c>100.000</c>) after its number.</summary>
    public const string RateBaseMissing = "RATE-BASE-MISSING";

    /// <summary>A rate is per a base other than 1.000 or 100.000.</summary>
    public const string RateBaseUnsupported = "RATE-BASE-UNSUPPORTED";

    /// <summary>The population after the base is not the one the base implies (<c>trẻ đẻ sống</c> after 1.000, <c>trẻ em</c> after 100.000).</summary>
    public const string RatePopulationUnknown = "RATE-POPULATION-UNKNOWN";

    /// <summary>Text follows a complete rate.</summary>
    public const string RateTrailingText = "RATE-TRAILING-TEXT";

    /// <summary>The input is empty or white space where a count fraction is expected.</summary>
    public const string RatioEmpty = "RATIO-EMPTY";

    /// <summary>A count fraction has no <c>/</c> between its two counts.</summary>
    public const string RatioSlashMissing = "RATIO-SLASH-MISSING";

    /// <summary>The total (denominator) of a count fraction is zero.</summary>
    public const string RatioZeroDenominator = "RATIO-ZERO-DENOMINATOR";

    /// <summary>A side of a count fraction is not a whole number from 0 to <see cref="long.MaxValue"/>.</summary>
    public const string RatioNotACount = "RATIO-NOT-A-COUNT";

    /// <summary>Text follows a complete count fraction.</summary>
    public const string RatioTrailingText = "RATIO-TRAILING-TEXT";

    /// <summary>The input is empty or white space where an amount of money is expected.</summary>
    public const string MoneyEmpty = "MONEY-EMPTY";

    /// <summary>The amount is negative.</summary>
    public const string MoneyNegative = "MONEY-NEGATIVE";

    /// <summary>An amount has no currency word (<c>đồng</c>, <c>đ</c> or <c>VND</c>) after it.</summary>
    public const string MoneyCurrencyMissing = "MONEY-CURRENCY-MISSING";

    /// <summary>The amount, with its scale word (<c>triệu</c>, <c>tỷ</c>), is too large to be represented.</summary>
    public const string MoneyTooLarge = "MONEY-TOO-LARGE";

    /// <summary>The amount is not a whole number of đồng.</summary>
    public const string MoneyFractionalDong = "MONEY-FRACTIONAL-DONG";

    /// <summary>A <c>/</c> after the amount is not followed by <c>năm</c> or <c>tháng</c>.</summary>
    public const string MoneyPeriodUnknown = "MONEY-PERIOD-UNKNOWN";

    /// <summary>Text follows a complete amount.</summary>
    public const string MoneyTrailingText = "MONEY-TRAILING-TEXT";
}
