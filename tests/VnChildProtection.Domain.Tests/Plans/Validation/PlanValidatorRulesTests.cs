using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Plans.Validation;

/// <summary>Each content rule on small hand-built plans: one that breaks it and one that does not.</summary>
public class PlanValidatorRulesTests
{
    private static readonly PlanValidator Validator = new();

    private static PlanDocument Plan(params PlanIndicator[] indicators) => new()
    {
        Header = new PlanHeader { Number = "177/KH-UBND", IssueDate = new LocalDate(2024, 2, 28), Place = "An Giang" },
        Indicators = indicators.ToValueList(),
    };

    private static PlanIndicator Indicator(int number, params (string Text, string? Measure)[] clauses) => new()
    {
        Number = number,
        Text = string.Join("; ", clauses.Select(c => c.Text)),
        Targets = clauses.Select(c => new PlanTarget
        {
            Text = c.Text,
            Measure = c.Measure is null ? null : MeasureId.Parse(c.Measure).AsT0,
            Target = Target.Parse(c.Text, IndicatorUnit.Percent).AsT0,
        }).ToValueList(),
    };

    private static string[] Rules(PlanDocument plan) => Validator.Validate(plan).Select(d => d.Rule.Name).ToArray();

    [Fact]
    public void MortalityRatesInconsistent_NeonatalAboveInfant_IsReported()
    {
        // Seed 002, Chỉ tiêu 3.
        var plan = Plan(new PlanIndicator
        {
            Number = 3,
            Text = "Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5; giảm tỷ suất tử vong trẻ em dưới 01 tuổi dưới 8,5",
            Targets = ValueList.Of(
                new PlanTarget { Text = "dưới 9,5", Measure = MeasureId.Parse("CT3.a").AsT0, Target = new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths, TargetBound.Below, 9.5m) },
                new PlanTarget { Text = "dưới 8,5", Measure = MeasureId.Parse("CT3.b").AsT0, Target = new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths, TargetBound.Below, 8.5m) }),
        });
        var diagnostic = Assert.Single(Validator.Validate(plan), d => d.Rule == PlanRule.MortalityRatesInconsistent);
        Assert.Equal("$.indicators[0].targets[0]", diagnostic.Location.Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void MortalityRatesInconsistent_OrderedRates_AreNotReported()
    {
        var plan = Plan(new PlanIndicator
        {
            Number = 3,
            Text = "sơ sinh dưới 8,5; dưới 1 tuổi dưới 9,5",
            Targets = ValueList.Of(
                new PlanTarget { Text = "dưới 8,5", Measure = MeasureId.Parse("CT3.a").AsT0, Target = new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths, TargetBound.Below, 8.5m) },
                new PlanTarget { Text = "dưới 9,5", Measure = MeasureId.Parse("CT3.b").AsT0, Target = new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths, TargetBound.Below, 9.5m) }),
        });
        Assert.DoesNotContain("mortality-rates-inconsistent", Rules(plan));
    }

    [Fact]
    public void PercentageOutOfRange_Above100_IsReported()
    {
        Assert.Contains("percentage-out-of-range", Rules(Plan(Indicator(1, ("đạt 105% vào năm 2025", null)))));
        Assert.DoesNotContain("percentage-out-of-range", Rules(Plan(Indicator(1, ("đạt 100% vào năm 2025", null)))));
    }

    [Fact]
    public void MilestoneDirection_LaterMilestoneWeaker_IsReported()
    {
        Assert.Contains("milestone-direction", Rules(Plan(Indicator(1, ("đạt 90% vào năm 2025 và 85% vào năm 2030", null)))));
        Assert.DoesNotContain("milestone-direction", Rules(Plan(Indicator(1, ("đạt 90% vào năm 2025 và 95% vào năm 2030", null)))));
    }

    [Fact]
    public void TargetWeakerThanNational_SameYearBelowNational_IsWarning()
    {
        // Take the national 2025 milestone from the catalogue and aim 10 points under it.
        var measure = IndicatorRegistry.Default.GetMeasure(MeasureId.Parse("CT1.a").AsT0);
        var national = ((ThresholdTarget)measure.NationalTarget!).MilestoneIn(2025)!.Value;
        var weaker = national - 10;
        var text = $"đạt {weaker.ToString(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}% vào năm 2025";
        var plan = Plan(Indicator(1, (text, "CT1.a")));
        var diagnostic = Assert.Single(Validator.Validate(plan), d => d.Rule == PlanRule.TargetWeakerThanNational);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var stronger = $"đạt {national.ToString(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}% vào năm 2025";
        Assert.DoesNotContain("target-weaker-than-national", Rules(Plan(Indicator(1, (stronger, "CT1.a")))));
    }

    [Fact]
    public void IndicatorDuplicate_SameNumberTwice_IsReported()
    {
        var plan = Plan(Indicator(5, ("đạt 90%", null)), Indicator(5, ("đạt 95%", null)));
        var diagnostic = Assert.Single(Validator.Validate(plan), d => d.Rule == PlanRule.IndicatorDuplicate);
        Assert.Equal("$.indicators[1]", diagnostic.Location.Path);
        Assert.DoesNotContain("indicator-duplicate", Rules(Plan(Indicator(5, ("đạt 90%", null)), Indicator(6, ("đạt 95%", null)))));
    }

    [Fact]
    public void IndicatorDuplicate_SameNumberUnderDifferentObjectives_IsNotReported()
    {
        var plan = Plan(Indicator(1, ("đạt 90%", null)) with { Objective = 1 }, Indicator(1, ("đạt 95%", null)) with { Objective = 2 });
        Assert.DoesNotContain("indicator-duplicate", Rules(plan));
    }

    [Fact]
    public void IndicatorWithoutLead_OnlyCoordinated_IsReported()
    {
        // Seed 002: Sở Tư pháp only coordinates 13 and 14; Sở VHTTDL leads 13.
        var plan = Plan() with
        {
            Responsibilities = ValueList.Of(
                new AgencyResponsibility { Agency = "Sở Văn hóa, Thể thao và Du lịch", Role = ResponsibilityRole.Lead, Indicators = ValueList.Of(13, 21) },
                new AgencyResponsibility { Agency = "Sở Tư pháp", Role = ResponsibilityRole.Coordinate, Indicators = ValueList.Of(13, 14) }),
        };
        var diagnostic = Assert.Single(Validator.Validate(plan), d => d.Rule == PlanRule.IndicatorWithoutLead);
        Assert.Equal("$.responsibilities[1]", diagnostic.Location.Path);
        Assert.Contains("Indicator 14", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAgency_MisspelledName_IsReportedWithSuggestions()
    {
        var plan = Plan() with
        {
            Responsibilities = ValueList.Of(
                new AgencyResponsibility { Agency = "Sở Ngoại vụ", Role = ResponsibilityRole.Lead, Indicators = ValueList.Of(1) },
                new AgencyResponsibility { Agency = "Sở Lao động-Thương binh và Xã hội", Role = ResponsibilityRole.Lead, Indicators = ValueList.Of(2) }),
        };
        var diagnostic = Assert.Single(Validator.Validate(plan), d => d.Rule == PlanRule.UnknownAgency);
        Assert.Equal("$.responsibilities[0].agency", diagnostic.Location.Path);
        Assert.Contains("Did you mean: Sở Nội vụ", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void UnitNotValidOnDate_MergedProvinceNamedAfterMerger_IsReported()
    {
        var plan = new PlanDocument
        {
            Header = new PlanHeader { Number = "12/KH-UBND", IssueDate = new LocalDate(2026, 3, 1) },
            Units = ValueList.Of(new PlanUnitMention { Name = "tỉnh Kiên Giang" }, new PlanUnitMention { Name = "tỉnh An Giang" }),
        };
        var diagnostic = Assert.Single(Validator.Validate(plan), d => d.Rule == PlanRule.UnitNotValidOnDate);
        Assert.Equal("$.units[0]", diagnostic.Location.Path);
        var before = plan with { Header = plan.Header with { IssueDate = new LocalDate(2024, 2, 28) } };
        Assert.DoesNotContain("unit-not-valid-on-date", Rules(before));
    }

    [Fact]
    public void ReportDeadlineOrder_LowerTierDueAfterHigher_IsReported()
    {
        var plan = Plan() with
        {
            Reporting = ValueList.Of(
                new PlanReportingDeadline { Text = "các huyện báo cáo 6 tháng trước ngày 28/5", Report = "6 tháng", Tier = ReportingTier.District, Due = new AnnualDate(5, 28) },
                new PlanReportingDeadline { Text = "Sở báo cáo Bộ trước ngày 25/5", Report = "6 tháng", Tier = ReportingTier.Province, Due = new AnnualDate(5, 25) }),
        };
        var diagnostic = Assert.Single(Validator.Validate(plan), d => d.Rule == PlanRule.ReportDeadlineOrder);
        Assert.Equal("$.reporting[0]", diagnostic.Location.Path);

        var seed001 = plan with
        {
            Reporting = ValueList.Of(
                new PlanReportingDeadline { Text = "trước ngày 20/5", Report = "6 tháng", Tier = ReportingTier.District, Due = new AnnualDate(5, 20) },
                new PlanReportingDeadline { Text = "trước ngày 25/5", Report = "6 tháng", Tier = ReportingTier.Province, Due = new AnnualDate(5, 25) }),
        };
        Assert.DoesNotContain("report-deadline-order", Rules(seed001));
    }

    [Fact]
    public void EveryRuleOfTheCatalogue_IsImplemented()
    {
        Assert.Equal(PlanRule.List.OrderBy(r => r.Value), PlanValidator.ImplementedRules);
    }
}
