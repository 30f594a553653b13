using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Measures;

namespace VnChildProtection.Domain.Tests.Measures;

public class RatioTests
{
    [Theory]
    [InlineData("144/200", 144, 200)]
    [InlineData("150/200", 150, 200)]
    [InlineData("138/156", 138, 156)]
    [InlineData("144 / 200", 144, 200)]
    [InlineData("1.200/1.500", 1200, 1500)]
    [InlineData("250/200", 250, 200)]
    public void Parse_CountFraction_ReturnsBothCounts(string text, long numerator, long denominator)
    {
        var ratio = Ratio.Parse(text).AsT0;
        Assert.Equal((numerator, denominator), (ratio.Numerator, ratio.Denominator));
    }

    [Theory]
    [InlineData("144/0", "RATIO-ZERO-DENOMINATOR", 4)]
    [InlineData("1,5/2", "RATIO-NOT-A-COUNT", 0)]
    [InlineData("144", "RATIO-SLASH-MISSING", 3)]
    [InlineData("144/200 xã", "RATIO-TRAILING-TEXT", 8)]
    [InlineData("-1/200", "RATIO-NOT-A-COUNT", 0)]
    [InlineData("", "RATIO-EMPTY", 0)]
    public void Parse_Malformed_ReturnsTypedErrorWithPosition(string text, string code, int position)
    {
        var error = Ratio.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void Equality_KeepsCountsUnreduced_OrderingByValueThenDenominator()
    {
        var stated = new Ratio(144, 200);
        var reduced = new Ratio(72, 100);
        Assert.NotEqual(stated, reduced);
        Assert.True(reduced < stated);
        Assert.True(stated < new Ratio(150, 200));
        Assert.Equal(new Percentage(72m), stated.ToPercentage());
        Assert.Equal(0.72m, stated.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(1, 0));
    }

    [Fact]
    public void ToString_GroupsThousandsOnlyInVietnamese()
    {
        var ratio = new Ratio(1200, 1500);
        Assert.Equal("1.200/1.500", ratio.ToString());
        Assert.Equal("1200/1500", ratio.ToString(NumberTextStyle.Invariant));
        Assert.Equal("144/200", new Ratio(144, 200).ToString());
    }

    [Property(MaxTest = 10_000)]
    public Property ParseFormat_RoundTripsInBothStyles() =>
        Prop.ForAll(MeasureGenerators.Ratio.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (value, style) =>
            Ratio.Parse(value.ToString(style), style).AsT0 == value
            && Ratio.Parse(value.ToString()).AsT0 == value);

    [Property(MaxTest = 10_000)]
    public Property EqualityAndOrdering_ObeyTheLaws() =>
        Prop.ForAll(MeasureGenerators.Ratio.ToArbitrary(), MeasureGenerators.Ratio.ToArbitrary(), (a, b) =>
        {
            EqualityLaws.Check(a, b);
            EqualityLaws.Check(a, Ratio.Parse(a.ToString()).AsT0);
        });

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(MeasureGenerators.MeasureLikeString.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (text, style) =>
        {
            _ = Ratio.Parse(text, style);
            _ = Ratio.TryParse(text, out _);
        });
}
