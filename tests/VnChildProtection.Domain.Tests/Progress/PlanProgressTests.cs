using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Progress;
using VnChildProtection.Domain.Targets;
using static VnChildProtection.Domain.Tests.Progress.ProgressFixture;

namespace VnChildProtection.Domain.Tests.Progress;

public sealed class PlanProgressTests
{
    private static readonly LocalDate MidTerm = new(2024, 12, 31);
    private static readonly LocalDate AfterDeadline = new(2026, 1, 15);

    [Fact]
    public void Threshold_ValueMeetsIt_IsMet()
    {
        var t = One("đạt 90% vào năm 2025", 2024, MidTerm, (2024, 91m));
        Assert.Equal((ProgressStatus.Met, ProgressRule.ThresholdMet), (t.Status, t.Rule));
        Assert.Equal(2025, t.Deadline);
    }

    [Theory]
    [InlineData(86, ProgressStatus.OnTrack, ProgressRule.AheadOfTrajectory)]
    [InlineData(85, ProgressStatus.OnTrack, ProgressRule.AheadOfTrajectory)]
    [InlineData(83, ProgressStatus.AtRisk, ProgressRule.BehindWithinTolerance)]
    [InlineData(82, ProgressStatus.OffTrack, ProgressRule.BehindBeyondTolerance)]
    public void Threshold_WithBaseline_ComparesWithTrajectory(int value, ProgressStatus status, ProgressRule rule)
    {
        // 80% at the end of 2023 to 90% at the end of 2025: 85% expected at the end of 2024; a quarter of the 10-point distance is tolerated.
        var t = One("đạt 90% vào năm 2025", 2024, MidTerm, (2023, 80m), (2024, value));
        Assert.Equal((status, rule), (t.Status, t.Rule));
        Assert.Equal(85m, t.ExpectedAtObservation!.Value, 1);
        Assert.Equal(new TargetBaseline(2023, 80m), t.Baseline);
    }

    [Fact]
    public void Threshold_DeadlinePassedAndMissed_IsOffTrack()
    {
        var t = One("đạt 90% vào năm 2025", 2024, AfterDeadline, (2023, 80m), (2025, 89m));
        Assert.Equal((ProgressStatus.OffTrack, ProgressRule.MissedAtDeadline), (t.Status, t.Rule));
    }

    [Fact]
    public void Threshold_DeadlinePassedWithoutValueForIt_IsNoData()
    {
        var t = One("đạt 90% vào năm 2025", 2024, AfterDeadline, (2023, 80m), (2024, 82m));
        Assert.Equal((ProgressStatus.NoData, ProgressRule.NoValueForDeadline), (t.Status, t.Rule));
    }

    [Fact]
    public void Threshold_NoValueAtAll_IsNoDataNeverOffTrack()
    {
        var t = One("đạt 90% vào năm 2025", 2024, AfterDeadline);
        Assert.Equal((ProgressStatus.NoData, ProgressRule.NoObservation), (t.Status, t.Rule));
        Assert.Null(t.Observed);
    }

    [Fact]
    public void Threshold_NotMetBeforeDeadlineWithoutBaseline_IsNotYetDue()
    {
        var t = One("đạt 90% vào năm 2025", 2024, MidTerm, (2024, 70m));
        Assert.Equal((ProgressStatus.NotYetDue, ProgressRule.NoTrajectoryBeforeDeadline), (t.Status, t.Rule));
    }

    [Fact]
    public void Threshold_ValueOfAPeriodNotBegunByTheEvaluationDate_IsIgnored()
    {
        var t = One("đạt 90% vào năm 2025", 2024, new LocalDate(2024, 6, 30), (2024, 70m), (2025, 95m));
        Assert.Equal(ProgressStatus.NotYetDue, t.Status);
        Assert.Equal(2024, t.Observed!.Value.Date.Year);
    }

    [Fact]
    public void Milestones_LaterLeg_RunsFromTheEarlierMilestone()
    {
        // 65% by 2025 then 75% by 2030: at the end of 2027 the trajectory stands at 69%.
        var t = One("đạt 65% vào năm 2025 và 75% vào năm 2030", 2021, new LocalDate(2028, 3, 1), (2027, 68m));
        Assert.Equal(2030, t.Deadline);
        Assert.Equal(69m, t.ExpectedAtObservation!.Value, 1);
        Assert.Equal((ProgressStatus.AtRisk, ProgressRule.BehindWithinTolerance), (t.Status, t.Rule));
    }

    [Fact]
    public void LowerIsBetter_BelowThreshold_IsMet()
    {
        var t = One("dưới 9,5%", 2024, new LocalDate(2025, 1, 10), (2024, 9m));
        Assert.Equal(ProgressStatus.Met, t.Status);
        Assert.Equal(2024, t.Deadline);
    }

    [Theory]
    [InlineData(97, ProgressStatus.Met)]
    [InlineData(99, ProgressStatus.OffTrack)]
    public void AnnualReduction_ComparesWithTheYearBefore(int cases, ProgressStatus status)
    {
        var t = One("giảm từ 2 đến 3% hằng năm", 2024, new LocalDate(2025, 1, 20), (2023, 100m), (2024, cases));
        Assert.Equal(status, t.Status);
        Assert.Equal(98m, t.Threshold!.Value.Value);
    }

    [Fact]
    public void AnnualReduction_WithoutTheYearBefore_IsNoData()
    {
        var t = One("giảm từ 2 đến 3% hằng năm", 2024, new LocalDate(2025, 1, 20), (2024, 97m));
        Assert.Equal((ProgressStatus.NoData, ProgressRule.NoBaselineValue), (t.Status, t.Rule));
    }

    [Fact]
    public void AnnualReduction_BeforeItsPeriod_IsNotYetDue()
    {
        var t = One("giảm từ 3 đến 5% hằng năm giai đoạn từ năm 2025 đến năm 2030", 2021, new LocalDate(2024, 6, 1), (2023, 100m));
        Assert.Equal((ProgressStatus.NotYetDue, ProgressRule.PeriodNotStarted), (t.Status, t.Rule));
    }

    [Fact]
    public void RelativeReduction_AgainstItsBaselineYear()
    {
        var met = One("giảm 20% so với năm 2023", 2024, new LocalDate(2025, 1, 5), (2023, 50m), (2024, 40m));
        Assert.Equal((ProgressStatus.Met, 40m), (met.Status, met.Threshold!.Value.Value));
        var missing = One("giảm 20% so với năm 2023", 2024, new LocalDate(2025, 1, 5), (2024, 40m));
        Assert.Equal((ProgressStatus.NoData, ProgressRule.NoBaselineValue), (missing.Status, missing.Rule));
    }

    [Theory]
    [InlineData(75, ProgressStatus.Met)]
    [InlineData(74, ProgressStatus.OffTrack)]
    public void CountFraction_UsesItsStatedBaselineAndTarget(int percent, ProgressStatus status)
    {
        var t = One("từ 144/200 năm 2022 lên 150/200 năm 2023", 2023, new LocalDate(2024, 1, 10), (2023, percent));
        Assert.Equal(status, t.Status);
        Assert.Equal(new TargetBaseline(2022, 72m), t.Baseline);
    }

    [Fact]
    public void Agencies_RollUpLedAndSupportedTargets()
    {
        var plan = Plan(2024, ("đạt 90%", null), ("dưới 5%", null));
        var report = Assess(plan, new LocalDate(2025, 1, 10), (2024, 95m));
        var health = report.Agencies.Single(a => a.AgencyId == "so-y-te");
        Assert.Equal([1], health.Leads.Select(t => t.IndicatorNumber));
        Assert.Equal(1, health.Counts[ProgressStatus.Met]);
        var justice = report.Agencies.Single(a => a.AgencyId == "so-tu-phap");
        Assert.Empty(justice.Leads);
        Assert.Equal([1, 2], justice.Supports.Select(t => t.IndicatorNumber));
        Assert.Equal(["Sở Y tế"], report.Targets[0].LeadAgencies);
        Assert.Equal(["Sở Tư pháp"], report.Targets[1].SupportingAgencies);
        Assert.Equal(2, report.Objectives.Single().Counts.Total);
        Assert.Equal(1, report.Counts[ProgressStatus.NoData]);
        Assert.Equal(1, report.TargetsWithData);
    }

    [Fact]
    public void OwnTargets_AreReadAsMeasuresNineHundredPlusTheirIndicator()
    {
        var plan = Plan(2024, ("đạt 90%", new MeasureId(5, 'a')), ("đạt 100%", null));
        var map = PlanMeasureMap.For(plan);
        Assert.True(map.TryGetMeasure(1, 0, out var national));
        Assert.Equal(new MeasureId(5, 'a'), national);
        Assert.True(map.TryGetMeasure(2, 0, out var own));
        Assert.Equal(new MeasureId(902, 'a'), own);
        Assert.Equal([own], map.OwnMeasures);
        Assert.Equal(IndicatorUnit.Percent, map.Registry.GetMeasure(own).Unit);
    }
}
