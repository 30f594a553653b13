using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using VnChildProtection.Domain.Measures;

namespace VnChildProtection.Domain.Tests.Measures;

/// <summary>FsCheck generators for the measures: values across the whole decimal range and every scale.</summary>
internal static class MeasureGenerators
{
    /// <summary>Non-negative decimals: small everyday values and arbitrary 96-bit mantissas with scale 0–28.</summary>
    internal static Gen<decimal> NonNegativeDecimal { get; } = Gen.OneOf(
        from units in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(0, 4)
        select new decimal(units, 0, 0, false, (byte)scale),
        from lo in ArbMap.Default.GeneratorFor<int>()
        from mid in ArbMap.Default.GeneratorFor<int>()
        from hi in ArbMap.Default.GeneratorFor<int>()
        from scale in Gen.Choose(0, 28)
        select new decimal(lo, mid, hi, false, (byte)scale));

    /// <summary>Any decimal, negative included.</summary>
    internal static Gen<decimal> AnyDecimal { get; } =
        from value in NonNegativeDecimal
        from negative in ArbMap.Default.GeneratorFor<bool>()
        select negative ? -value : value;

    internal static Gen<NumberTextStyle> Style { get; } = Gen.Elements(NumberTextStyle.Vietnamese, NumberTextStyle.Invariant);

    internal static Gen<Percentage> Percentage { get; } = NonNegativeDecimal.Select(v => new Percentage(v));

    internal static Gen<Rate> Rate { get; } =
        from value in NonNegativeDecimal
        from rateBase in Gen.Elements(RateBase.List.ToArray())
        select new Rate(value, rateBase);

    internal static Gen<long> NonNegativeLong { get; } = Gen.OneOf(
        Gen.Choose(0, 10_000).Select(i => (long)i),
        ArbMap.Default.GeneratorFor<long>().Select(l => l & long.MaxValue));

    internal static Gen<Ratio> Ratio { get; } =
        from numerator in NonNegativeLong
        from denominator in NonNegativeLong.Where(d => d > 0)
        select new Ratio(numerator, denominator);

    internal static Gen<MoneyVnd> Money { get; } =
        from amount in NonNegativeDecimal.Select(decimal.Truncate)
        from period in Gen.Elements(MoneyPeriod.None, MoneyPeriod.PerYear, MoneyPeriod.PerMonth)
        select new MoneyVnd(amount, period);

    /// <summary>Strings biased towards the characters measure parsers care about.</summary>
    internal static Gen<string> MeasureLikeString { get; } = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Gen.Elements("0", "1", "5", "9", ".", ",", "%", "/", " ", "-", "‰", "đ", "đồng", "tỷ", "triệu", "trẻ", "trẻ em", "trẻ đẻ sống", "1.000", "100.000", "năm", "tháng", "VND", "\u0301", "\u00A0")
            .ArrayOf()
            .Select(parts => string.Concat(parts)));
}
