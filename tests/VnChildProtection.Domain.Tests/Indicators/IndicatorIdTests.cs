using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class IndicatorIdTests
{
    [Theory]
    [InlineData("CT3", 3)]
    [InlineData("ct03", 3)]
    [InlineData("Chỉ tiêu 17", 17)]
    [InlineData("chi tieu 24", 24)]
    [InlineData("CHỈ TIÊU 1", 1)]
    [InlineData("12", 12)]
    [InlineData("Chỉ tiêu số 9", 9)]
    public void Parse_AcceptedForms_ReturnsNumber(string text, int expected) =>
        Assert.Equal(expected, IndicatorId.Parse(text).AsT0.Value);

    [Theory]
    [InlineData("", "INDICATOR-ID-INVALID")]
    [InlineData("CT", "INDICATOR-ID-INVALID")]
    [InlineData("CT3a", "INDICATOR-ID-INVALID")]
    [InlineData("Mục tiêu 3", "INDICATOR-ID-INVALID")]
    [InlineData("CT0", "INDICATOR-ID-OUT-OF-RANGE")]
    [InlineData("CT1000", "INDICATOR-ID-OUT-OF-RANGE")]
    public void Parse_BadInput_ReturnsError(string text, string code) =>
        Assert.Equal(code, IndicatorId.Parse(text).AsT1.Code);

    [Fact]
    public void Ordering_FollowsNumbers()
    {
        Assert.True(new IndicatorId(3) < new IndicatorId(12));
        Assert.Equal("CT12", new IndicatorId(12).ToString());
    }

    [Property(MaxTest = 10_000)]
    public Property ToString_ParsesBack() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, IndicatorId.MaxValue)), n =>
            IndicatorId.Parse(new IndicatorId(n).ToString()).AsT0 == new IndicatorId(n));

    [Property(MaxTest = 10_000)]
    public Property Equality_AgreesWithHashAndComparison() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 30)), Arb.From(Gen.Choose(1, 30)), (a, b) =>
        {
            var x = new IndicatorId(a);
            var y = new IndicatorId(b);
            return (x == y) == x.Equals(y) && (x == y) == (x.CompareTo(y) == 0) && (x != y || x.GetHashCode() == y.GetHashCode());
        });

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => IndicatorId.TryParse(s, out _) || s is null || IndicatorId.Parse(s).IsT1);
}
