using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;

namespace VnChildProtection.Domain.Tests.Indicators.Rules;

public sealed class IndicatorExpressionTests
{
    [Fact]
    public void Parse_Difference_ReturnsTwoTermsWithSigns()
    {
        var expression = IndicatorExpression.Parse("CT3.a - CT3.b").AsT0;
        Assert.Equal([new ExpressionTerm(1m, new MeasureId(3, 'a')), new ExpressionTerm(-1m, new MeasureId(3, 'b'))], expression.Terms);
        Assert.Equal(0m, expression.Constant);
        Assert.Equal("CT3.a - CT3.b", expression.ToString());
    }

    [Fact]
    public void Parse_CoefficientQuantityAndConstant_ReadsEachPart()
    {
        var expression = IndicatorExpression.Parse("2 * CT17.a.numerator + 5").AsT0;
        var term = Assert.Single(expression.Terms);
        Assert.Equal(2m, term.Coefficient);
        Assert.Equal(new MeasureId(17, 'a'), term.Measure);
        Assert.Equal(MeasureQuantity.Numerator, term.Quantity);
        Assert.Equal(5m, expression.Constant);
        Assert.Equal("2 * CT17.a.numerator + 5", expression.ToString());
    }

    [Theory]
    [InlineData("ct03.a  –  CT3.B", "CT3.a - CT3.b")]
    [InlineData("-CT3.a.value + 1.5 × CT3.c.denominator - 2 + 3", "-CT3.a + 1.5 * CT3.c.denominator + 1")]
    [InlineData("-7", "-7")]
    [InlineData("0", "0")]
    public void Parse_Variants_GiveTheCanonicalText(string text, string canonical) =>
        Assert.Equal(canonical, IndicatorExpression.Parse(text).AsT0.ToString());

    [Theory]
    [InlineData("", 0)]
    [InlineData("CT3.a +", 7)]
    [InlineData("CT3.a CT3.b", 6)]
    [InlineData("CT3", 0)]
    [InlineData("2 * 3", 4)]
    [InlineData("1.2.3 * CT3.a", 0)]
    [InlineData("+CT3.a", 0)]
    public void Parse_Invalid_ReturnsErrorAtThePosition(string text, int position)
    {
        var error = IndicatorExpression.Parse(text).AsT1;
        Assert.Equal("RULE-EXPRESSION-INVALID", error.Code);
        Assert.Equal(position, error.Position);
        Assert.False(IndicatorExpression.TryParse(text, out _));
    }

    [Fact]
    public void Equality_ComparesCoefficientsByValue()
    {
        Assert.Equal(IndicatorExpression.Parse("1.0 * CT3.a + 2.00").AsT0, IndicatorExpression.Parse("CT3.a + 2").AsT0);
        Assert.NotEqual(IndicatorExpression.Parse("CT3.a + CT3.b").AsT0, IndicatorExpression.Parse("CT3.b + CT3.a").AsT0);
    }

    [Property(MaxTest = 10_000)]
    public Property ToStringThenParse_GivesAnEqualExpression() =>
        Prop.ForAll(Arb.From(RuleGenerators.Expressions()), e =>
            IndicatorExpression.Parse(e.ToString()).Match(back => back == e && back.GetHashCode() == e.GetHashCode(), _ => false));

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrows_OnArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            text is null || IndicatorExpression.Parse(text).Match(_ => true, e => e.Position >= 0 && e.Code == "RULE-EXPRESSION-INVALID"));

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrows_OnExpressionLikeStrings() =>
        Prop.ForAll(
            Arb.From(Gen.ArrayOf(Gen.Elements("CT3.a", "ct3.b", ".numerator", " ", "+", "-", "*", "2", ".", "5.5", "x", "×", "–", "CT")).Select(string.Concat)),
            text => IndicatorExpression.Parse(text).Match(e => IndicatorExpression.Parse(e.ToString()).AsT0 == e, _ => true));
}
