using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Measures;

/// <summary>Parses measures exactly as the real seed plans write them.</summary>
public partial class MeasuresSeedCorpusTests
{
    private static readonly string[] Seeds = Enumerable.Range(0, 4).Select(i => VietnameseText.Normalize(SeedCorpus.ReadSeed(i))).ToArray();

    [Theory]
    [MemberData(nameof(Percentages))]
    public void Percentage_FromSeed_ParsesToStatedValue(int seed, string text, string expected)
    {
        Assert.Contains(text, Seeds[seed], StringComparison.Ordinal);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Percentage.Parse(text).AsT0.Value);
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void Rate_FromSeed_ParsesToStatedValueAndBase(int seed, string text, string expected, string rateBase)
    {
        Assert.Contains(text, Seeds[seed], StringComparison.Ordinal);
        Assert.Equal(new Rate(decimal.Parse(expected, CultureInfo.InvariantCulture), RateBase.FromName(rateBase)), Rate.Parse(text).AsT0);
    }

    [Theory]
    [MemberData(nameof(Ratios))]
    public void Ratio_FromSeed_ParsesToStatedCounts(int seed, string text, long numerator, long denominator)
    {
        Assert.Contains(text, Seeds[seed], StringComparison.Ordinal);
        Assert.Equal(new Ratio(numerator, denominator), Ratio.Parse(text).AsT0);
    }

    [Theory]
    [MemberData(nameof(Money))]
    public void Money_FromSeed_ParsesToStatedAmount(int seed, string text, string amount, MoneyPeriod period)
    {
        Assert.Contains(text, Seeds[seed], StringComparison.Ordinal);
        Assert.Equal(new MoneyVnd(decimal.Parse(amount, CultureInfo.InvariantCulture), period), MoneyVnd.Parse(text).AsT0);
    }

    [Fact]
    public void EveryPercentageInEverySeed_Parses()
    {
        var found = Seeds.SelectMany(s => Regex.Matches(s, @"(?<![\d.,])\d[\d.,]*\s?%").Select(m => m.Value)).ToList();
        Assert.Equal(99, found.Count);
        Assert.All(found, text => Assert.True(Percentage.Parse(text).IsT0, text));
    }

    [Fact]
    public void EveryPerHundredThousandRateInEverySeed_Parses()
    {
        var found = Seeds.SelectMany(s => Regex.Matches(s, @"\d[\d.,]*/100\.000( trẻ em)?").Select(m => m.Value)).ToList();
        Assert.Equal(6, found.Count);
        Assert.All(found, text => Assert.True(Rate.Parse(text).IsT0, text));
    }

    [Fact]
    public void EveryPerThousandLiveBirthsRateInEverySeed_Parses()
    {
        var found = Seeds.SelectMany(s => Regex.Matches(s, @"\d[\d.,]* trẻ ?/1\.000 trẻ đẻ sống").Select(m => m.Value)).ToList();
        Assert.Equal(6, found.Count);
        Assert.All(found, text => Assert.Equal(RateBase.PerThousandLiveBirths, Rate.Parse(text).AsT0.Base));
    }

    [Fact]
    public void EveryAmountOfMoneyInEverySeed_Parses()
    {
        var found = Seeds.SelectMany(s => Regex.Matches(s, @"\d[\d.,]*\s?(triệu |tỷ )?(đồng|đ)(/năm)?(?!\w)").Select(m => m.Value)).ToList();
        Assert.Equal(4, found.Count);
        Assert.All(found, text => Assert.True(MoneyVnd.Parse(text).IsT0, text));
    }

    [Fact]
    public void Seed002_MortalityTargetsWithoutBase_AreReportedAsMissingBase()
    {
        // Seed 002 writes "Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5" with no "/1.000": the base is unstated.
        Assert.Contains("tử vong trẻ sơ sinh dưới 9,5;", Seeds[2], StringComparison.Ordinal);
        var error = Rate.Parse("9,5").AsT1;
        Assert.Equal(("RATE-BASE-MISSING", 3), (error.Code, error.Position));
    }
}
