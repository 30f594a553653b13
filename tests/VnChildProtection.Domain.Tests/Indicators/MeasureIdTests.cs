using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class MeasureIdTests
{
    [Theory]
    [InlineData("CT3.a", 3, 'a')]
    [InlineData("CT3.C", 3, 'c')]
    [InlineData("Chỉ tiêu 17.b", 17, 'b')]
    public void Parse_AcceptedForms_ReturnsIdentifier(string text, int indicator, char letter) =>
        Assert.Equal(new MeasureId(indicator, letter), MeasureId.Parse(text).AsT0);

    [Theory]
    [InlineData("CT3")]
    [InlineData("CT3.")]
    [InlineData("CT3.ab")]
    [InlineData("CT3.1")]
    [InlineData("CTx.a")]
    public void Parse_BadInput_ReturnsError(string text) => Assert.True(MeasureId.Parse(text).IsT1);

    [Fact]
    public void Order_IsIndicatorThenLetter()
    {
        Assert.True(new MeasureId(3, 'c') < new MeasureId(4, 'a'));
        Assert.True(new MeasureId(3, 'a') < new MeasureId(3, 'b'));
        Assert.Equal(2, new MeasureId(3, 'c').Index);
    }

    private static Arbitrary<MeasureId> Ids() =>
        Arb.From(from n in Gen.Choose(1, IndicatorId.MaxValue) from l in Gen.Choose('a', 'z') select new MeasureId(n, (char)l));

    [Property(MaxTest = 10_000)]
    public Property ToString_ParsesBack() => Prop.ForAll(Ids(), id => MeasureId.Parse(id.ToString()).AsT0 == id);

    [Property(MaxTest = 10_000)]
    public Property Equality_AgreesWithHashAndComparison() =>
        Prop.ForAll(Ids(), Ids(), (x, y) =>
            (x == y) == x.Equals(y) && (x == y) == (x.CompareTo(y) == 0) && (x != y || x.GetHashCode() == y.GetHashCode())
            && (x == y || x.GetHashCode() != y.GetHashCode()));

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => s is null || MeasureId.Parse(s).Match(_ => true, _ => true));
}
