using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class CoverageTests
{
    [Fact]
    public void Coverage_DescribesReportingUnits()
    {
        var coverage = new Coverage(37, 40);
        Assert.Equal("37/40", coverage.ToString());
        Assert.Equal(3, coverage.Missing);
        Assert.False(coverage.IsComplete);
        Assert.Equal(0.925m, coverage.Fraction);
        Assert.Equal(1m, new Coverage(0, 0).Fraction);
    }

    [Fact]
    public void Constructor_MoreReportedThanExpected_Throws() =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new Coverage(41, 40));

    [Property(MaxTest = 10_000)]
    public Property Equality_AgreesWithHashAndOperators() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 3)), Arb.From(Gen.Choose(0, 3)), (a, b) =>
        {
            var x = new Coverage(a, 3);
            var y = new Coverage(b, 3);
            return (x == y) == (a == b) && (x != y) == (a != b) && (x != y || x.GetHashCode() == y.GetHashCode()) && x.Equals((object)x);
        });
}
