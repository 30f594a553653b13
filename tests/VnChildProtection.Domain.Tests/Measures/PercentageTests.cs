using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Measures;

namespace VnChildProtection.Domain.Tests.Measures;

public class PercentageTests
{
    [Theory]
    [InlineData("90%", "90")]
    [InlineData("4,5%", "4.5")]
    [InlineData("100 %", "100")]
    [InlineData("0,05 %", "0.05")]
    [InlineData("99,99%", "99.99")]
    [InlineData("1.000%", "1000")]
    public void Parse_VietnameseText_ReturnsValue(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Percentage.Parse(text).AsT0.Value);
    }

    [Fact]
    public void Parse_Invariant_ReadsDecimalPoint()
    {
        Assert.Equal(new Percentage(4.5m), Percentage.Parse("4.5%", NumberTextStyle.Invariant).AsT0);
    }

    [Theory]
    [InlineData("4,5", "PERCENT-SIGN-MISSING", 3)]
    [InlineData("4,5 phần", "PERCENT-SIGN-MISSING", 4)]
    [InlineData("-5%", "PERCENT-NEGATIVE", 0)]
    [InlineData("5%x", "PERCENT-TRAILING-TEXT", 2)]
    [InlineData("", "PERCENT-EMPTY", 0)]
    [InlineData("%", "NUMBER-EXPECTED", 0)]
    [InlineData("4.5%", "NUMBER-DECIMAL-DOT", 1)]
    public void Parse_Malformed_ReturnsTypedErrorWithPosition(string text, string code, int position)
    {
        var error = Percentage.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void IsWithinZeroToHundred_AboveHundred_IsRepresentableButFlagged()
    {
        var tooHigh = Percentage.Parse("150%").AsT0;
        Assert.False(tooHigh.IsWithinZeroToHundred);
        Assert.True(Percentage.Hundred.IsWithinZeroToHundred);
        Assert.True(Percentage.Zero.IsWithinZeroToHundred);
    }

    [Fact]
    public void FromCounts_ComputesNumeratorOverDenominatorTimesHundred()
    {
        Assert.Equal(new Percentage(4.5m), Percentage.FromCounts(9, 200));
        Assert.Equal(new Percentage(72m), Percentage.FromCounts(144, 200));
        Assert.Equal(0.045m, Percentage.FromCounts(9, 200).Fraction);
        Assert.Equal(new Percentage(4.5m), Percentage.FromFraction(0.045m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromCounts(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Percentage(-1m));
    }

    [Fact]
    public void ToString_WritesVietnameseCanonicalAndInvariantOnRequest()
    {
        var value = new Percentage(4.5m);
        Assert.Equal("4,5%", value.ToString());
        Assert.Equal("4.5%", value.ToString(NumberTextStyle.Invariant));
        Assert.Equal("4.5%", value.ToString("I", null));
        Assert.Equal("4,5%", value.ToString("V", CultureInfo.InvariantCulture));
        Assert.Equal("4.5%", value.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("4,5%", value.ToString(null, new NumberFormatInfo { NumberDecimalSeparator = "," }));
        Assert.Equal("4.5%", FormattableString.Invariant($"{value}"));
        Assert.Throws<FormatException>(() => value.ToString("X", null));
    }

    [Fact]
    public void Comparison_OrdersByValue()
    {
        Assert.True(Percentage.Parse("4,5%").AsT0 < Percentage.Parse("90%").AsT0);
        Assert.True(Percentage.Parse("4,50%").AsT0 == new Percentage(4.5m));
        Assert.True(Percentage.Parse("90%").AsT0 >= Percentage.Parse("90 %").AsT0);
    }

    [Property(MaxTest = 10_000)]
    public Property ParseFormat_RoundTripsInBothStyles() =>
        Prop.ForAll(MeasureGenerators.Percentage.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (value, style) =>
            Percentage.Parse(value.ToString(style), style).AsT0 == value
            && Percentage.Parse(value.ToString()).AsT0 == value);

    [Property(MaxTest = 10_000)]
    public Property EqualityAndOrdering_ObeyTheLaws() =>
        Prop.ForAll(MeasureGenerators.Percentage.ToArbitrary(), MeasureGenerators.Percentage.ToArbitrary(), (a, b) =>
        {
            EqualityLaws.Check(a, b);
            EqualityLaws.Check(a, Percentage.Parse(a.ToString()).AsT0);
        });

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(MeasureGenerators.MeasureLikeString.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (text, style) =>
        {
            _ = Percentage.Parse(text, style);
            _ = Percentage.TryParse(text, out _);
        });
}
