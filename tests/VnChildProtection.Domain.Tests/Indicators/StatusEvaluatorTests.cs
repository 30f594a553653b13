using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Tests.Targets;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class StatusEvaluatorTests
{
    // Chỉ tiêu 2: at least 90% by 2025 and 95% by 2030; a province at 80% in 2021.
    private static readonly Target Ct2 = IndicatorRegistry.Default.GetMeasure(new MeasureId(2, 'a')).NationalTarget!;
    private static readonly TargetBaseline From80In2021 = new(2021, 80);
    private static readonly Coverage All = new(40, 40);

    [Theory]
    [InlineData(90, IndicatorStatus.Achieved)]
    [InlineData(85, IndicatorStatus.OnTrack)]     // line: 80 → 90 over 2021–2025 gives 85 in 2023
    [InlineData(83, IndicatorStatus.AtRisk)]      // 2 behind, within 25% of the planned 10 points
    [InlineData(82, IndicatorStatus.OffTrack)]    // 3 behind
    public void Assess_AgainstTheLinearTrajectory(double value, IndicatorStatus expected)
    {
        var result = StatusEvaluator.Default.AssessValue(Ct2, 2023, (decimal)value, All, From80In2021);
        Assert.Equal(expected, result.Status);
        Assert.Equal(85m, result.Expected);
        Assert.Equal(2025, result.Deadline);
        Assert.Equal(85m - (decimal)value, result.GapToTrajectory);
        Assert.Equal(90m - (decimal)value, result.GapToTarget);
        Assert.Equal(All, result.Coverage);
    }

    [Fact]
    public void Assess_LowerIsBetter_GapIsPositiveWhenAbove()
    {
        var infant = IndicatorRegistry.Default.GetMeasure(new MeasureId(3, 'b')).NationalTarget!;   // ≤ 12.5 by 2025
        var result = StatusEvaluator.Default.AssessValue(infant, 2025, 13m, All, new TargetBaseline(2020, 14.5m));
        Assert.Equal(IndicatorStatus.AtRisk, result.Status);                                      // 0.5 behind, tolerance 0.5
        Assert.Equal(0.5m, result.GapToTarget);
    }

    [Fact]
    public void Assess_WithoutBaseline_IsAtRiskBeforeTheDeadlineAndOffTrackAfter()
    {
        Assert.Equal(IndicatorStatus.AtRisk, StatusEvaluator.Default.AssessValue(Ct2, 2024, 50, All).Status);
        Assert.Equal(IndicatorStatus.OffTrack, StatusEvaluator.Default.AssessValue(Ct2, 2025, 89, All).Status);
    }

    [Fact]
    public void Assess_NoValueOrNoBaselineForAReduction_IsNoData()
    {
        Assert.Equal(IndicatorStatus.NoData, StatusEvaluator.Default.AssessValue(Ct2, 2024, null, new Coverage(0, 40)).Status);
        Assert.Equal(IndicatorStatus.NoData, StatusEvaluator.Default.AssessValue(new RelativeReductionTarget(20, 2023), 2024, 10, All).Status);
    }

    [Fact]
    public void Assess_ComputedValue_CarriesItsCoverage()
    {
        var value = new IndicatorValue(Domain.Units.AdministrativeUnitCode.Of("22"), 2023, new MeasureId(2, 'a'), 85, 100, 85, new Coverage(37, 40));
        var result = StatusEvaluator.Default.Assess(Ct2, value, From80In2021);
        Assert.Equal(IndicatorStatus.OnTrack, result.Status);
        Assert.Equal("37/40", result.Coverage.ToString());
    }

    [Fact]
    public void Assess_CountFraction_UsesItsStatedBaseline()
    {
        var target = new CountFractionTarget(144, 200, 2022, 150, 200, 2023);
        Assert.Equal(IndicatorStatus.Achieved, StatusEvaluator.Default.AssessValue(target, 2023, 75, All).Status);
        Assert.Equal(IndicatorStatus.AtRisk, StatusEvaluator.Default.AssessValue(target, 2023, 74.5m, All).Status);
        Assert.Equal(IndicatorStatus.OffTrack, StatusEvaluator.Default.AssessValue(target, 2023, 72, All).Status);
    }

    [Property(MaxTest = 10_000)]
    public Property Assess_StatusIsMonotoneInTheObservedValue() =>
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            var (target, year, baseline, a, b) = c;
            var low = StatusEvaluator.Default.AssessValue(target, year, System.Math.Min(a, b), All, baseline).Status;
            var high = StatusEvaluator.Default.AssessValue(target, year, System.Math.Max(a, b), All, baseline).Status;
            // The governing milestone's bound decides the direction (generated targets may mix bounds).
            var direction = target.ThresholdFor(year, baseline ?? target.StatedBaseline)?.Direction ?? target.Direction;
            return direction == IndicatorDirection.HigherIsBetter ? high >= low : high <= low;
        });

    private static Gen<(Target, int, TargetBaseline?, decimal, decimal)> Cases() =>
        from target in TargetGenerators.Targets()
        from year in Gen.Choose(1995, 2100)
        from hasBaseline in Gen.Elements(false, true)
        from baseYear in Gen.Choose(1990, 2095)
        from baseValue in TargetGenerators.Values()
        from a in TargetGenerators.Values()
        from b in TargetGenerators.Values()
        select (target, year, hasBaseline ? new TargetBaseline(baseYear, baseValue) : (TargetBaseline?)null, a, b);
}
