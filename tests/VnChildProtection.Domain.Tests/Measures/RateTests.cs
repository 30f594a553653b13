using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Measures;

namespace VnChildProtection.Domain.Tests.Measures;

public class RateTests
{
    [Theory]
    [InlineData("6,5 trẻ/1.000 trẻ đẻ sống", "6.5", "PerThousandLiveBirths")]
    [InlineData("6,5 trẻ /1.000 trẻ đẻ sống", "6.5", "PerThousandLiveBirths")]
    [InlineData("6,5/1.000 trẻ đẻ sống", "6.5", "PerThousandLiveBirths")]
    [InlineData("6,5/1.000 tre de song", "6.5", "PerThousandLiveBirths")]
    [InlineData("06 trẻ/1.000 trẻ đẻ sống", "6", "PerThousandLiveBirths")]
    [InlineData("550/100.000 trẻ em", "550", "PerHundredThousandChildren")]
    [InlineData("14/100.000", "14", "PerHundredThousand")]
    [InlineData("9,5‰", "9.5", "PerThousand")]
    [InlineData("9,5 ‰", "9.5", "PerThousand")]
    [InlineData("9,5/1.000", "9.5", "PerThousand")]
    [InlineData("6,5 trên 1.000 trẻ đẻ sống", "6.5", "PerThousandLiveBirths")]
    [InlineData("6,5 trẻ trên 1.000 trẻ đẻ sống", "6.5", "PerThousandLiveBirths")]
    [InlineData("6.5 per 1000 live births", "6.5", "PerThousandLiveBirths", NumberTextStyle.Invariant)]
    public void Parse_VietnameseText_ReturnsValueAndBase(string text, string value, string rateBase, NumberTextStyle style = NumberTextStyle.Vietnamese)
    {
        var rate = Rate.Parse(text, style).AsT0;
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), rate.Value);
        Assert.Equal(RateBase.FromName(rateBase), rate.Base);
    }

    [Fact]
    public void Parse_Invariant_ReadsEnglishPopulation()
    {
        Assert.Equal(new Rate(6.5m, RateBase.PerThousandLiveBirths), Rate.Parse("6.5/1000 live births", NumberTextStyle.Invariant).AsT0);
        Assert.Equal(new Rate(550m, RateBase.PerHundredThousandChildren), Rate.Parse("550/100000 children", NumberTextStyle.Invariant).AsT0);
    }

    [Theory]
    [InlineData("9,5", "RATE-BASE-MISSING", 3)]
    [InlineData("9,5 người lớn/1.000", "RATE-BASE-MISSING", 4)]
    [InlineData("5/1.500", "RATE-BASE-UNSUPPORTED", 2)]
    [InlineData("5/1.000 người lớn", "RATE-POPULATION-UNKNOWN", 8)]
    [InlineData("5/100.000 trẻ đẻ sống", "RATE-POPULATION-UNKNOWN", 10)]
    [InlineData("5‰ trẻ em", "RATE-TRAILING-TEXT", 3)]
    [InlineData("5/1.000 trẻ đẻ sống 2025", "RATE-TRAILING-TEXT", 20)]
    [InlineData("-5/1.000", "RATE-NEGATIVE", 0)]
    [InlineData("5/", "NUMBER-EXPECTED", 2)]
    [InlineData("5 trên", "NUMBER-EXPECTED", 6)]
    [InlineData("5 trên‰", "NUMBER-EXPECTED", 6)]
    [InlineData("", "RATE-EMPTY", 0)]
    public void Parse_Malformed_ReturnsTypedErrorWithPosition(string text, string code, int position)
    {
        var error = Rate.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void FromCounts_ComputesEventsOverPopulationTimesFactor()
    {
        Assert.Equal(new Rate(6.5m, RateBase.PerThousandLiveBirths), Rate.FromCounts(13, 2_000, RateBase.PerThousandLiveBirths));
        Assert.Equal(new Rate(14m, RateBase.PerHundredThousandChildren), Rate.FromCounts(70, 500_000, RateBase.PerHundredThousandChildren));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromCounts(1, 0, RateBase.PerThousand));
    }

    [Fact]
    public void Equality_RequiresSameBase()
    {
        var stated = Rate.Parse("14/100.000 trẻ em").AsT0;
        var unstated = Rate.Parse("14/100.000").AsT0;
        Assert.NotEqual(stated, unstated);
        Assert.False(stated.HasSameBase(unstated));
        Assert.True(Rate.Parse("12/100.000").AsT0 < unstated);
    }

    [Fact]
    public void ToString_WritesVietnameseCanonicalAndInvariantOnRequest()
    {
        var rate = Rate.Parse("6,5 trẻ/1.000 trẻ đẻ sống").AsT0;
        Assert.Equal("6,5/1.000 trẻ đẻ sống", rate.ToString());
        Assert.Equal("6.5/1000 live births", rate.ToString(NumberTextStyle.Invariant));
        Assert.Equal("6.5/1000 live births", rate.ToString("I", null));
        Assert.Equal("14/100.000", Rate.Parse("14/100.000").AsT0.ToString());
        Assert.Equal("9,5/1.000", Rate.Parse("9,5‰").AsT0.ToString());
    }

    [Property(MaxTest = 10_000)]
    public Property ParseFormat_RoundTripsInBothStyles() =>
        Prop.ForAll(MeasureGenerators.Rate.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (value, style) =>
            Rate.Parse(value.ToString(style), style).AsT0 == value
            && Rate.Parse(value.ToString()).AsT0 == value);

    [Property(MaxTest = 10_000)]
    public Property EqualityAndOrdering_ObeyTheLaws() =>
        Prop.ForAll(MeasureGenerators.Rate.ToArbitrary(), MeasureGenerators.Rate.ToArbitrary(), (a, b) =>
        {
            EqualityLaws.Check(a, b);
            EqualityLaws.Check(a, Rate.Parse(a.ToString()).AsT0);
        });

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(MeasureGenerators.MeasureLikeString.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (text, style) =>
        {
            _ = Rate.Parse(text, style);
            _ = Rate.TryParse(text, out _);
        });
}
