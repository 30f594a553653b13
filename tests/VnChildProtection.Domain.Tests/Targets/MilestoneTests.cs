using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Targets;

public sealed class MilestoneTests
{
    private static Gen<Milestone> Milestones() =>
        from year in Gen.Elements<int?>(null, 2025, 2030)
        from bound in Gen.Elements(TargetBound.AtLeast, TargetBound.Below)
        from value in Gen.Elements(9.5m, 9.50m, 10m)
        from kept in Gen.Elements(false, true)
        select new Milestone(year, bound, value, kept);

    [Property(MaxTest = 10_000)]
    public Property Equality_AgreesWithHashAndOperators() =>
        Prop.ForAll(Arb.From(Milestones()), Arb.From(Milestones()), (a, b) =>
            (a == b) == a.Equals(b) && a.Equals(b) == b.Equals(a) && (a != b || a.GetHashCode() == b.GetHashCode())
            && (a.Threshold == b.Threshold) == (a.Bound == b.Bound && a.Value == b.Value)
            && (a.Threshold != b.Threshold || a.Threshold.GetHashCode() == b.Threshold.GetHashCode()));

    [Property(MaxTest = 10_000)]
    public Property Baseline_Equality_AgreesWithHash() =>
        Prop.ForAll(Arb.From(Gen.Choose(2020, 2022)), Arb.From(Gen.Elements(1m, 1.0m, 2m)), Arb.From(Gen.Choose(2020, 2022)), (y1, v, y2) =>
        {
            var a = new TargetBaseline(y1, v);
            var b = new TargetBaseline(y2, 1m);
            return (a == b) == (y1 == y2 && v == 1m) && (a != b || a.GetHashCode() == b.GetHashCode());
        });

    [Fact]
    public void Threshold_IsMetBy_FollowsItsBound()
    {
        Assert.True(new TargetThreshold(TargetBound.AtLeast, 90).IsMetBy(90));
        Assert.False(new TargetThreshold(TargetBound.Below, 4.5m).IsMetBy(4.5m));
        Assert.Equal("< 4.5", new TargetThreshold(TargetBound.Below, 4.5m).ToString());
    }

    [Fact]
    public void Constructor_YearOutOfRange_Throws() =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new Milestone(3025, TargetBound.AtLeast, 1));
}
