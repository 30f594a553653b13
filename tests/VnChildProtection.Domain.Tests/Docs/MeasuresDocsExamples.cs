using System;
using VnChildProtection.Domain.Measures;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>The examples of docs/measures.md, verbatim, with the results the page states.</summary>
public class MeasuresDocsExamples
{
    [Fact]
    public void Page_EveryExampleIsATestHere() => DocsCodeBlocks.AssertEveryExampleIsTested("docs/measures.md", "tests/VnChildProtection.Domain.Tests/Docs/MeasuresDocsExamples.cs");

    [Fact]
    public void VietnameseNumbers()
    {
        var thousand = VietnameseNumber.Parse("1.000").AsT0;
        var half = VietnameseNumber.Parse("1,5").AsT0;
        var ambiguous = VietnameseNumber.Parse("18.5").AsT1;
        var invariant = VietnameseNumber.Parse("18.5", NumberTextStyle.Invariant).AsT0;
        var text = VietnameseNumber.Format(2500000.5m);

        Assert.Equal(1000m, thousand);
        Assert.Equal(1.5m, half);
        Assert.Equal(("NUMBER-DECIMAL-DOT", 2), (ambiguous.Code, ambiguous.Position));
        Assert.Equal(18.5m, invariant);
        Assert.Equal("2.500.000,5", text);
    }

    [Fact]
    public void Percentages()
    {
        var target = Percentage.Parse("4,5%").AsT0;
        var spaced = Percentage.Parse("0,05 %").AsT0;
        var computed = Percentage.FromCounts(9, 200);
        var tooHigh = Percentage.Parse("150%").AsT0;
        var missingSign = Percentage.Parse("4,5").AsT1;

        Assert.Equal(4.5m, target.Value);
        Assert.Equal("4,5%", target.ToString());
        Assert.Equal("4.5%", target.ToString(NumberTextStyle.Invariant));
        Assert.Equal("4.5%", FormattableString.Invariant($"{target}"));
        Assert.Equal(0.05m, spaced.Value);
        Assert.Equal(target, computed);
        Assert.False(tooHigh.IsWithinZeroToHundred);
        Assert.Equal(("PERCENT-SIGN-MISSING", 3), (missingSign.Code, missingSign.Position));
    }

    [Fact]
    public void Rates()
    {
        var neonatal = Rate.Parse("6,5 trẻ /1.000 trẻ đẻ sống").AsT0;
        var injuries = Rate.Parse("550/100.000 trẻ em").AsT0;
        var fromCounts = Rate.FromCounts(13, 2000, RateBase.PerThousandLiveBirths);
        var noBase = Rate.Parse("9,5").AsT1;

        Assert.Equal((6.5m, RateBase.PerThousandLiveBirths), (neonatal.Value, neonatal.Base));
        Assert.Equal("6,5/1.000 trẻ đẻ sống", neonatal.ToString());
        Assert.Equal(RateBase.PerHundredThousandChildren, injuries.Base);
        Assert.Equal(neonatal, fromCounts);
        Assert.Equal("RATE-BASE-MISSING", noBase.Code);
        Assert.Equal(neonatal, Rate.Parse("6,5 trên 1.000 trẻ đẻ sống").AsT0);
        Assert.Equal(RateBase.PerThousand, Rate.Parse("9,5‰").AsT0.Base);
    }

    [Fact]
    public void Ratios()
    {
        var communes = Ratio.Parse("144/200").AsT0;
        var share = communes.ToPercentage();
        var zero = Ratio.Parse("144/0").AsT1;

        Assert.Equal(144, communes.Numerator);
        Assert.Equal("72%", share.ToString());
        Assert.Equal(("RATIO-ZERO-DENOMINATOR", 4), (zero.Code, zero.Position));
    }

    [Fact]
    public void Money()
    {
        var district = MoneyVnd.Parse("150 triệu đồng/năm").AsT0;
        var commune = MoneyVnd.Parse("30 triệu đồng/năm").AsT0;
        var total = district + commune;
        var fund = MoneyVnd.Parse("1,5 tỷ đồng").AsT0;

        Assert.Equal("180 triệu đồng/năm", total.ToCompactString());
        Assert.Equal("180.000.000 đồng/năm", total.ToString());
        Assert.Equal(1_500_000_000m, fund.Amount);
        Assert.Equal(MoneyPeriod.None, fund.Period);
        Assert.Equal("150000000 VND/year", district.ToString(NumberTextStyle.Invariant));
    }
}
