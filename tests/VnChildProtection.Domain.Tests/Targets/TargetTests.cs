using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Targets;

public sealed class TargetTests
{
    private static readonly ThresholdTarget Ct2 = new(IndicatorUnit.Percent,
        [new Milestone(2025, TargetBound.AtLeast, 90), new Milestone(2030, TargetBound.AtLeast, 95)]);

    [Fact]
    public void Render_AtLeastMilestones_MatchesDecisionWording()
    {
        Assert.Equal("đạt 90% vào năm 2025 và 95% vào năm 2030", Ct2.ToString());
        Assert.Equal("at least 90% by 2025 and 95% by 2030", Ct2.ToEnglishString());
    }

    [Fact]
    public void Render_RatesAndMaintain_UseDecimalCommaAndThousandsDot()
    {
        var mortality = new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths,
            [new Milestone(2025, TargetBound.Below, 9.5m), new Milestone(2030, TargetBound.Below, 9)]);
        Assert.Equal("dưới 9,5/1.000 trẻ đẻ sống vào năm 2025 và 9/1.000 trẻ đẻ sống vào năm 2030", mortality.ToString());
        Assert.Equal("below 9.5 per 1,000 live births by 2025 and 9 per 1,000 live births by 2030", mortality.ToEnglishString());
        var sanitation = new ThresholdTarget(IndicatorUnit.Percent,
            [new Milestone(2025, TargetBound.AtLeast, 100), new Milestone(2030, TargetBound.AtLeast, 100, isMaintained: true)]);
        Assert.Equal("đạt 100% vào năm 2025 và duy trì 100% đến năm 2030", sanitation.ToString());
        Assert.Equal("không quá 1.250,5/100.000 trẻ em", new ThresholdTarget(IndicatorUnit.PerHundredThousandChildren, TargetBound.AtMost, 1250.5m).ToString());
    }

    [Fact]
    public void Render_OtherShapes()
    {
        Assert.Equal("giảm 20% so với năm 2023", new RelativeReductionTarget(20, 2023).ToString());
        Assert.Equal("a 20% reduction from 2023 by 2024", new RelativeReductionTarget(20, 2023, 2024).ToEnglishString());
        Assert.Equal("giảm từ 2 đến 3% hằng năm giai đoạn từ năm 2025 đến năm 2030", new AnnualReductionTarget(2, 3, 2025, 2030).ToString());
        Assert.Equal("a 2–3% reduction every year from 2025 to 2030", new AnnualReductionTarget(2, 3, 2025, 2030).ToEnglishString());
        Assert.Equal("từ 144/200 năm 2022 lên 150/200 năm 2023", new CountFractionTarget(144, 200, 2022, 150, 200, 2023).ToString());
    }

    [Theory]
    [InlineData(2023, 90, true)]   // works towards 2025: already at 90
    [InlineData(2025, 89.9, false)]
    [InlineData(2027, 94, false)]  // works towards 2030
    [InlineData(2030, 95, true)]
    [InlineData(2035, 95, true)]   // after the last milestone, the last one holds
    public void IsAchievedBy_UsesTheMilestoneTheYearWorksTowards(int year, double value, bool expected) =>
        Assert.Equal(expected, Ct2.IsAchievedBy((decimal)value, year));

    [Fact]
    public void IsAchievedBy_BoundsAreStrictOrNot()
    {
        Assert.False(new ThresholdTarget(IndicatorUnit.Percent, TargetBound.Below, 4.5m).IsAchievedBy(4.5m));
        Assert.True(new ThresholdTarget(IndicatorUnit.Percent, TargetBound.AtMost, 4.5m).IsAchievedBy(4.5m));
        Assert.False(new ThresholdTarget(IndicatorUnit.Percent, TargetBound.Above, 90).IsAchievedBy(90));
    }

    [Fact]
    public void RelativeReduction_NeedsItsBaseline()
    {
        var target = new RelativeReductionTarget(20, 2023);
        Assert.Null(target.ThresholdFor(2024));
        Assert.Null(target.ThresholdFor(2024, new TargetBaseline(2022, 50)));
        Assert.Equal(new TargetThreshold(TargetBound.AtMost, 40), target.ThresholdFor(2024, new TargetBaseline(2023, 50)));
        Assert.True(target.IsAchievedBy(40, 2024, new TargetBaseline(2023, 50)));
        Assert.False(target.IsAchievedBy(41, 2024, new TargetBaseline(2023, 50)));
    }

    [Fact]
    public void AnnualReduction_Compounds()
    {
        var target = new AnnualReductionTarget(2, 3, 2025, 2030);
        var baseline = new TargetBaseline(2024, 1000);
        Assert.Equal(1000m * 0.98m * 0.98m, target.ThresholdFor(2026, baseline)!.Value.Value);
        Assert.Equal(1000m * 0.97m * 0.97m, target.AmbitiousValue(baseline, 2026));
        Assert.True(target.IsAchievedBy(960, 2026, baseline));
        Assert.False(target.IsAchievedBy(961, 2026, baseline));
    }

    [Fact]
    public void CountFraction_StatesItsBaselineAndTargetShare()
    {
        var target = new CountFractionTarget(144, 200, 2022, 150, 200, 2023);
        Assert.Equal(new TargetBaseline(2022, 72), target.StatedBaseline);
        Assert.Equal(new TargetThreshold(TargetBound.AtLeast, 75), target.ThresholdFor(2023));
        Assert.True(target.IsAchievedByCount(150));
        Assert.False(target.IsAchievedByCount(149));
    }

    [Fact]
    public void Constructors_RejectInvalidShapes()
    {
        Assert.Throws<ArgumentException>(() => new ThresholdTarget(IndicatorUnit.Percent, []));
        Assert.Throws<ArgumentException>(() => new ThresholdTarget(IndicatorUnit.Percent,
            [new Milestone(2030, TargetBound.AtLeast, 1), new Milestone(2025, TargetBound.AtLeast, 1)]));
        Assert.Throws<ArgumentException>(() => new Milestone(2025, TargetBound.AtLeast, -1));
        Assert.Throws<ArgumentException>(() => new AnnualReductionTarget(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CountFractionTarget(201, 200, 2022, 150, 200, 2023));
    }

    [Property(MaxTest = 10_000)]
    public Property Equality_IsConsistentWithHashCodeAndOperators() =>
        Prop.ForAll(Arb.From(TargetGenerators.Targets()), Arb.From(TargetGenerators.Targets()), (a, b) =>
        {
            var copy = Target.Parse(a.ToString(), (a as ThresholdTarget)?.Unit).AsT0;
            return a.Equals(copy) && copy.Equals(a) && a.GetHashCode() == copy.GetHashCode() && a == copy
                && (a == b) == a.Equals(b) && (a == b) == b.Equals(a) && (a != b || a.GetHashCode() == b.GetHashCode())
                && !a.Equals(null);
        });
}
