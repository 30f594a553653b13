using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Measures;

namespace VnChildProtection.Domain.Tests.Measures;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("4,5", "4.5")]
    [InlineData("1.000", "1000")]
    [InlineData("100.000", "100000")]
    [InlineData("05", "5")]
    [InlineData("6,5", "6.5")]
    [InlineData("2.500.000", "2500000")]
    [InlineData("1.000,5", "1000.5")]
    [InlineData("1,000", "1")]
    [InlineData("1.500", "1500")]
    [InlineData("0,05", "0.05")]
    [InlineData("-2,5", "-2.5")]
    [InlineData("  99,99 ", "99.99")]
    public void Parse_Vietnamese_ReadsDecimalCommaAndThousandsDot(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseNumber.Parse(text).AsT0);
    }

    [Theory]
    [InlineData("4.5", "4.5")]
    [InlineData("1000", "1000")]
    [InlineData("1.000", "1")]
    [InlineData("05", "5")]
    public void Parse_Invariant_ReadsDecimalPoint(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseNumber.Parse(text, NumberTextStyle.Invariant).AsT0);
    }

    [Theory]
    [InlineData("1.5", "NUMBER-DECIMAL-DOT", 1, ".5")]
    [InlineData("18.5", "NUMBER-DECIMAL-DOT", 2, ".5")]
    [InlineData("1.00", "NUMBER-DECIMAL-DOT", 1, ".00")]
    [InlineData("1.0000", "NUMBER-DECIMAL-DOT", 1, ".0000")]
    [InlineData("1000.000", "NUMBER-GROUPING", 0, "1000.000")]
    [InlineData("1,5.3", "NUMBER-SEPARATOR", 3, ".")]
    [InlineData("1,000,000", "NUMBER-SEPARATOR", 5, ",")]
    [InlineData("abc", "NUMBER-EXPECTED", 0, "a")]
    [InlineData("", "NUMBER-EMPTY", 0, "")]
    [InlineData("   ", "NUMBER-EMPTY", 0, "")]
    [InlineData("12 ab", "NUMBER-TRAILING-TEXT", 3, "ab")]
    [InlineData("-", "NUMBER-EXPECTED", 1, "")]
    [InlineData("0,00000000000000000000000000001", "NUMBER-PRECISION", 0, "0,00000000000000000000000000001")]
    [InlineData("100.000.000.000.000.000.000.000.000.000", "NUMBER-TOO-LARGE", 0, "100.000.000.000.000.000.000.000.000.000")]
    public void Parse_Vietnamese_Malformed_ReturnsTypedErrorWithPosition(string text, string code, int position, string fragment)
    {
        var error = VietnameseNumber.Parse(text).AsT1;
        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
        Assert.Equal(fragment, error.Fragment);
    }

    [Fact]
    public void Parse_Invariant_CommaIsAnError()
    {
        var error = VietnameseNumber.Parse("1,000", NumberTextStyle.Invariant).AsT1;
        Assert.Equal(("NUMBER-SEPARATOR", 1), (error.Code, error.Position));
    }

    [Fact]
    public void Parse_DecimalDotInRealDecisionCopy_IsReportedNotGuessed()
    {
        // The unofficial copy of Decision 23 writes "dưới 18.5" for the under-5 mortality target.
        var law = SeedCorpus.ReadLaw("law_QD23");
        Assert.Contains("dưới 18.5 vào năm 2025", law, System.StringComparison.Ordinal);
        Assert.Equal("NUMBER-DECIMAL-DOT", VietnameseNumber.Parse("18.5").AsT1.Code);
        Assert.Equal(18.5m, VietnameseNumber.Parse("18.5", NumberTextStyle.Invariant).AsT0);
    }

    [Theory]
    [InlineData("4.5", "4,5", "4.5")]
    [InlineData("1000", "1.000", "1000")]
    [InlineData("100000", "100.000", "100000")]
    [InlineData("1234567.89", "1.234.567,89", "1234567.89")]
    [InlineData("-1234.5", "-1.234,5", "-1234.5")]
    [InlineData("1.50", "1,5", "1.5")]
    [InlineData("999", "999", "999")]
    [InlineData("0", "0", "0")]
    public void Format_WritesCanonicalForms(string value, string vietnamese, string invariant)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(vietnamese, VietnameseNumber.Format(number));
        Assert.Equal(invariant, VietnameseNumber.Format(number, NumberTextStyle.Invariant));
    }

    [Fact]
    public void TryParse_NullOrBad_ReturnsFalse()
    {
        Assert.False(VietnameseNumber.TryParse(null, out _));
        Assert.False(VietnameseNumber.TryParse("1.5", out _));
        Assert.True(VietnameseNumber.TryParse("1.5", NumberTextStyle.Invariant, out var value));
        Assert.Equal(1.5m, value);
    }

    [Property(MaxTest = 10_000)]
    public Property ParseFormat_RoundTripsInBothStyles() =>
        Prop.ForAll(MeasureGenerators.AnyDecimal.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (value, style) =>
            VietnameseNumber.Parse(VietnameseNumber.Format(value, style), style).AsT0 == value);

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(MeasureGenerators.MeasureLikeString.ToArbitrary(), MeasureGenerators.Style.ToArbitrary(), (text, style) =>
        {
            var result = VietnameseNumber.Parse(text, style);
            return result.IsT0 || result.AsT1.Position <= text.Normalize(NormalizationForm.FormC).Length;
        });
}
