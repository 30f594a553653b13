using System.Linq;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class IndicatorRegistryTests
{
    private static readonly IndicatorRegistry Registry = IndicatorRegistry.Default;

    [Fact]
    public void Default_GroupsIndicatorsByObjective_AsTheDecisionDoes()
    {
        int[] Numbers(IndicatorObjective o) => [.. Registry.Indicators.Where(i => i.Objective == o).Select(i => i.Id.Value)];
        Assert.Equal(Enumerable.Range(1, 7), Numbers(IndicatorObjective.Development));
        Assert.Equal(Enumerable.Range(8, 7), Numbers(IndicatorObjective.Protection));
        Assert.Equal(Enumerable.Range(15, 7), Numbers(IndicatorObjective.EducationAndCulture));
        Assert.Equal(Enumerable.Range(22, 3), Numbers(IndicatorObjective.Participation));
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 2)]
    [InlineData(8, 2)]
    [InlineData(11, 2)]
    [InlineData(17, 2)]
    [InlineData(18, 2)]
    [InlineData(20, 2)]
    [InlineData(1, 1)]
    public void Default_HoldsEveryMeasureTheTextNames(int indicator, int measures) =>
        Assert.Equal(measures, Registry.Get(new IndicatorId(indicator)).Measures.Count);

    [Fact]
    public void Default_ChildMortality_IsNeonatalInfantUnderFive()
    {
        var ct3 = Registry.Get(new IndicatorId(3));
        Assert.Equal(["Neonatal mortality rate", "Infant (under-1) mortality rate", "Under-5 mortality rate"], ct3.Measures.Select(m => m.EnglishName));
        Assert.All(ct3.Measures, m => Assert.Equal(IndicatorUnit.PerThousandLiveBirths, m.Unit));
        Assert.All(ct3.Measures, m => Assert.Equal(IndicatorDirection.LowerIsBetter, m.Direction));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 8, 9, 10, 11, 12, 22, 23, 24 }, "Bộ Lao động - Thương binh và Xã hội")]
    [InlineData(new[] { 7, 15, 16, 17, 18, 19, 20 }, "Bộ Giáo dục và Đào tạo")]
    [InlineData(new[] { 3, 4, 5, 6 }, "Bộ Y tế")]
    [InlineData(new[] { 21 }, "Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData(new[] { 14 }, "Bộ Tư pháp")]
    [InlineData(new[] { 13 }, "Ủy ban Dân tộc")]
    public void Default_LeadMinistries_FollowTheAssignmentByNumber(int[] numbers, string lead) =>
        Assert.All(numbers, n => Assert.StartsWith(lead, Registry.Get(new IndicatorId(n)).LeadMinistry, System.StringComparison.Ordinal));

    [Fact]
    public void Default_OnlyChildMarriageSumsValues()
    {
        var summed = Registry.Indicators.SelectMany(i => i.Measures).Where(m => m.Rollup != RollupPolicy.SumNumeratorsAndDenominators);
        Assert.Equal([new MeasureId(13, 'a')], summed.Select(m => m.Id));
    }

    [Fact]
    public void With_OverridesAnIndicator_AndLeavesDefaultUnchanged()
    {
        var national = Registry.Get(new IndicatorId(1));
        var provincial = new Indicator(national.Id, national.Objective, national.VietnameseName, national.EnglishName, "Sở Lao động - Thương binh và Xã hội",
            [new IndicatorMeasure(new MeasureId(1, 'a'), national.Measures[0].VietnameseName, national.Measures[0].EnglishName, IndicatorUnit.Percent,
                IndicatorDirection.HigherIsBetter, national.Measures[0].Population, new ThresholdTarget(IndicatorUnit.Percent, TargetBound.AtLeast, 75, 2025))]);
        var registry = Registry.With([provincial]);
        Assert.Equal(provincial, registry.Get(new IndicatorId(1)));
        Assert.NotEqual(provincial, national);
        Assert.Equal(national, Registry.Get(new IndicatorId(1)));
        Assert.Equal(Registry.MeasureCount, registry.MeasureCount);
    }

    [Fact]
    public void Constructor_MisletteredMeasures_Throws()
    {
        var m = Registry.GetMeasure(new MeasureId(3, 'b'));
        Assert.Throws<System.ArgumentException>(() => new Indicator(new IndicatorId(3), IndicatorObjective.Development, "x", "x", "x", [m]));
    }

    [Fact]
    public void TryGetMeasure_UnknownMeasure_ReturnsFalse() => Assert.False(Registry.TryGetMeasure(new MeasureId(3, 'd'), out _));
}
