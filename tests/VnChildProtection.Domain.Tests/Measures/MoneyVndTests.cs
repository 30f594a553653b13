using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Measures;

namespace VnChildProtection.Domain.Tests.Measures;

public class MoneyVndTests
{
    [Theory]
    [InlineData("150 triệu đồng", "150000000", MoneyPeriod.None)]
    [InlineData("300.000đ", "300000", MoneyPeriod.None)]
    [InlineData("05 tỷ đồng", "5000000000", MoneyPeriod.None)]
    [InlineData("1,5 tỷ đồng", "1500000000", MoneyPeriod.None)]
    [InlineData("2.500.000 đồng", "2500000", MoneyPeriod.None)]
    [InlineData("30 triệu đồng/năm", "30000000", MoneyPeriod.PerYear)]
    [InlineData("150 trieu dong/nam", "150000000", MoneyPeriod.PerYear)]
    [InlineData("2 triệu đồng/tháng", "2000000", MoneyPeriod.PerMonth)]
    [InlineData("500 nghìn đồng", "500000", MoneyPeriod.None)]
    [InlineData("500 ngàn đồng", "500000", MoneyPeriod.None)]
    [InlineData("3 tỉ đồng", "3000000000", MoneyPeriod.None)]
    [InlineData("1.000.000 VNĐ", "1000000", MoneyPeriod.None)]
    [InlineData("1.000.000 VND / năm", "1000000", MoneyPeriod.PerYear)]
    public void Parse_VietnameseText_ReturnsAmountAndPeriod(string text, string amount, MoneyPeriod period)
    {
        var money = MoneyVnd.Parse(text).AsT0;
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), money.Amount);
        Assert.Equal(period, money.Period);
    }

    [Theory]
    [InlineData("150 triệu", "MONEY-CURRENCY-MISSING", 9)]
    [InlineData("150 USD", "MONEY-CURRENCY-MISSING", 4)]
    [InlineData("0,5 đồng", "MONEY-FRACTIONAL-DONG", 0)]
    [InlineData("5 đồng/tuần", "MONEY-PERIOD-UNKNOWN", 7)]
    [InlineData("-5 đồng", "MONEY-NEGATIVE", 0)]
    [InlineData("5 đồng mỗi năm", "MONEY-TRAILING-TEXT", 7)]
    [InlineData("100.000.000.000.000.000.000 tỷ đồng", "MONEY-TOO-LARGE", 0)]
    [InlineData("", "MONEY-EMPTY", 0)]
    public void Parse_Malformed_ReturnsTypedErrorWithPosition(string text, string code, int position)
    {
        var error = MoneyVnd.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void Parse_DecomposedUnicode_BehavesLikeComposed()
    {
        var nfd = "150 triệu đồng/năm".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(MoneyVnd.Parse("150 triệu đồng/năm").AsT0, MoneyVnd.Parse(nfd).AsT0);
        var rate = "6,5 trẻ/1.000 trẻ đẻ sống".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(RateBase.PerThousandLiveBirths, Rate.Parse(rate).AsT0.Base);
    }

    [Fact]
    public void ToString_WritesFullCompactAndInvariantForms()
    {
        var budget = MoneyVnd.Parse("150 triệu đồng/năm").AsT0;
        Assert.Equal("150.000.000 đồng/năm", budget.ToString());
        Assert.Equal("150 triệu đồng/năm", budget.ToCompactString());
        Assert.Equal("150 triệu đồng/năm", budget.ToString("C", null));
        Assert.Equal("150000000 VND/year", budget.ToString(NumberTextStyle.Invariant));
        Assert.Equal("1,5 tỷ đồng", new MoneyVnd(1_500_000_000m).ToCompactString());
        Assert.Equal("300 nghìn đồng", new MoneyVnd(300_000m).ToCompactString());
        Assert.Equal("1.234,567 nghìn đồng", new MoneyVnd(1_234_567m).ToCompactString());
        Assert.Equal("999 đồng", new MoneyVnd(999m).ToCompactString());
        Assert.Equal("2000000 VND/month", new MoneyVnd(2_000_000m, MoneyPeriod.PerMonth).ToString("I", null));
    }

    [Fact]
    public void Add_SamePeriod_Sums_DifferentPeriods_Throws()
    {
        var district = MoneyVnd.Parse("150 triệu đồng/năm").AsT0;
        var commune = MoneyVnd.Parse("30 triệu đồng/năm").AsT0;
        Assert.Equal(new MoneyVnd(180_000_000m, MoneyPeriod.PerYear), district + commune);
        Assert.Throws<ArgumentException>(() => district + MoneyVnd.Parse("300.000đ").AsT0);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyVnd(0.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyVnd(-1m));
    }

    [Property(MaxTest = 10_000)]
    public Property ParseFormat_RoundTripsInEveryForm() =>
        Prop.ForAll(MeasureGenerators.Money.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (value, style) =>
            MoneyVnd.Parse(value.ToString(style), style).AsT0 == value
            && MoneyVnd.Parse(value.ToString()).AsT0 == value
            && MoneyVnd.Parse(value.ToCompactString()).AsT0 == value);

    [Property(MaxTest = 10_000)]
    public Property EqualityAndOrdering_ObeyTheLaws() =>
        Prop.ForAll(MeasureGenerators.Money.ToArbitrary(), MeasureGenerators.Money.ToArbitrary(), (a, b) =>
        {
            EqualityLaws.Check(a, b);
            EqualityLaws.Check(a, MoneyVnd.Parse(a.ToString()).AsT0);
        });

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(MeasureGenerators.MeasureLikeString.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (text, style) =>
        {
            _ = MoneyVnd.Parse(text, style);
            _ = MoneyVnd.TryParse(text, out _);
        });
}
