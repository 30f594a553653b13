using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Plans.Json;

/// <summary>A full hand-built plan using every part of the model, with text from seed 002 (An Giang 2024) and Decision 23/QĐ-TTg.</summary>
internal static class PlanJsonExamples
{
    internal static readonly string MinimalJsonPath = System.IO.Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "plans", "minimal.json");

    internal static PlanDocument AnGiang2024() => new()
    {
        Header = new PlanHeader
        {
            Number = "52/KH-UBND",
            Issuer = "Ủy ban nhân dân tỉnh An Giang",
            Place = "An Giang",
            IssueDate = new LocalDate(2024, 2, 28),
            Title = "Thực hiện Chương trình hành động vì trẻ em tỉnh An Giang năm 2024",
            Signer = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
            NumberSource = new SourceSpan(40, 10, 3, 5),
            DateSource = new SourceSpan(60, 33, 3, 30),
        },
        LegalBases = ValueList.Of(
            new PlanCitation { Text = "Luật Trẻ em năm 2016", Source = new SourceSpan(300, 20, 9, 8) },
            new PlanCitation { Text = "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017" }),
        References = ValueList.Of(new PlanCitation { Text = "Quyết định số 06/QĐ-TTg ngày 03/01/2029" }),
        Sections = ValueList.Of(
            new PlanSection { Number = "I", Title = "MỤC TIÊU" },
            new PlanSection { Number = "1", Title = "Mục tiêu chung", Level = 2 },
            new PlanSection { Number = "IV", Title = "TỔ CHỨC THỰC HIỆN" }),
        Objectives = ValueList.Of(new PlanObjective { Number = 1, Title = "Phát triển toàn diện trẻ em" }),
        Indicators = ValueList.Of(
            new PlanIndicator
            {
                Number = 3,
                Objective = 1,
                Text = "Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5; tỷ suất tử vong trẻ em dưới 1 tuổi dưới 8,5",
                Targets = ValueList.Of(
                    new PlanTarget
                    {
                        Text = "Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5",
                        Measure = new MeasureId(3, 'a'),
                        Target = new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths, TargetBound.Below, 9.5m),
                    },
                    new PlanTarget { Text = "tỷ suất tử vong trẻ em dưới 1 tuổi dưới 8,5", Measure = new MeasureId(3, 'b') }),
            },
            new PlanIndicator
            {
                Number = 9,
                Text = "Phấn đấu giảm 20% số vụ trẻ em bị xâm hại so với năm 2023",
                Targets = ValueList.Of(new PlanTarget { Text = "giảm 20% số vụ trẻ em bị xâm hại so với năm 2023", Target = new RelativeReductionTarget(20m, 2023) }),
            },
            new PlanIndicator
            {
                Number = 13,
                Text = "duy trì mức giảm số cuộc tảo hôn từ 2 đến 3% hằng năm",
                Targets = ValueList.Of(
                    new PlanTarget { Text = "từ 2 đến 3% hằng năm", Measure = new MeasureId(13, 'a'), Target = new AnnualReductionTarget(2m, 3m) },
                    new PlanTarget { Text = "144/200 năm 2022 lên 150/200 năm 2023", Target = new CountFractionTarget(144, 200, 2022, 150, 200, 2023) },
                    new PlanTarget { Text = "tỷ số 1,2", Target = new ThresholdTarget(IndicatorUnit.Ratio, TargetBound.AtMost, 1.2m, 2025) }),
            }),
        Tasks = ValueList.Of(new PlanTask { Number = "1", Title = "Tăng cường các hoạt động truyền thông" }),
        Responsibilities = ValueList.Of(
            new AgencyResponsibility { Agency = "Sở Lao động - Thương binh và Xã hội", AgencyId = "so-ldtbxh", Role = ResponsibilityRole.Lead, Indicators = ValueList.Of(1, 2, 8, 9) },
            new AgencyResponsibility { Agency = "Sở Tư pháp", Role = ResponsibilityRole.Coordinate, Indicators = ValueList.Of(13, 14) },
            new AgencyResponsibility { Agency = "Hội Liên hiệp Phụ nữ tỉnh", Role = ResponsibilityRole.Contribute, Task = "truyền thông" }),
        Budget = ValueList.Of(
            new BudgetLine { Text = "Cấp huyện bố trí trên 150 triệu đồng/năm", Amount = new MoneyVnd(150_000_000m, MoneyPeriod.PerYear), Level = "huyện" },
            new BudgetLine { Text = "Ngân sách nhà nước theo phân cấp hiện hành" }),
        Reporting = ValueList.Of(
            new PlanReportingDeadline { Text = "báo cáo 6 tháng (trước ngày 20/5)", Report = "6 tháng", Tier = ReportingTier.Province, Due = new AnnualDate(5, 20) },
            new PlanReportingDeadline { Text = "trước ngày 16 tháng 12 năm 2024", Report = "năm", DueDate = new LocalDate(2024, 12, 16) }),
        Units = ValueList.Of(new PlanUnitMention { Name = "tỉnh An Giang", Code = "89" }, new PlanUnitMention { Name = "huyện An Phú" }),
    };
}
