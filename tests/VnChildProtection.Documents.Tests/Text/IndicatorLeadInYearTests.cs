using System.Linq;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Documents.Tests.Text;

/// <summary>A year written before the targets it dates (<c>Phấn đấu đến năm 2025:</c>, <c>a) Mục tiêu đến năm 2025</c>,
/// <c>Đến năm 2025, tỷ lệ … đạt 90%; …</c>) dates the clauses after it that name no year, up to the next lead-in, the end
/// of its list or sentence, or the end of the section; a clause with its own year keeps it.</summary>
public class IndicatorLeadInYearTests
{
    private static readonly PlanTextImporter Importer = new();

    private static PlanImportResult Import(string objectives) => Importer.Import(Plan(objectives));

    private static string Plan(string objectives) => $"""
        Số: 30/KH-UBND

        Hà Tĩnh, ngày 15 tháng 3 năm 2024

        KẾ HOẠCH
        Thực hiện Chương trình hành động vì trẻ em giai đoạn 2024 - 2030

        I. MỤC TIÊU

        {objectives}

        II. TỔ CHỨC THỰC HIỆN

        1. Sở Y tế: chủ trì thực hiện chỉ tiêu 3.
        """;

    private static int?[] Years(PlanIndicator indicator) =>
        indicator.Targets.Select(t => (t.Target as ThresholdTarget)?.Final.Year).ToArray();

    private static decimal?[] Values(PlanIndicator indicator) =>
        indicator.Targets.Select(t => (t.Target as ThresholdTarget)?.Final.Value).ToArray();

    [Fact]
    public void Import_LeadLineWithColonBeforeBullets_DatesEveryBullet()
    {
        var plan = Import("""
            2. Mục tiêu cụ thể

            Phấn đấu đến năm 2025:

            - 90% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế;

            - Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 12‰;
            """).Plan;
        // The lead line is no target sentence: two indicators, numbered by position.
        Assert.Equal(new[] { 1, 2 }, plan.Indicators.Select(i => i.Number));
        Assert.Equal(new int?[] { 2025, 2025 }, plan.Indicators.Select(i => Years(i).Single()));
        Assert.Equal(new decimal?[] { 90m, 12m }, plan.Indicators.Select(i => Values(i).Single()));
        Assert.Equal(IndicatorUnit.PerThousandLiveBirths, ((ThresholdTarget)plan.Indicators[1].Targets[0].Target!).Unit);
    }

    [Fact]
    public void Import_LeadLine_SpanPointsAtTheValueAndConfidenceSaysWhere()
    {
        var text = """
            2. Mục tiêu cụ thể

            Phấn đấu đến năm 2025:

            - 90% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế;
            """;
        var source = Plan(text);
        var result = Importer.Import(source);
        var target = result.Plan.Indicators.Single().Targets.Single();
        Assert.Equal("90% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế", target.Text);
        Assert.Equal(target.Text, source.Substring(target.Source!.Start, target.Source.Length));
        var item = result.Items.Single(i => i.Path == "$.indicators[0].targets[0]");
        // 0.7 for a typed target without a national measure, × 0.9 for a year read from the line before it.
        Assert.Equal(0.63, item.Confidence);
        Assert.Contains("year 2025 from the lead-in 'Phấn đấu đến năm 2025:'", item.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TwoSubHeadingGroups_EachDatesItsOwnLines()
    {
        var plan = Import("""
            2. Chỉ tiêu cụ thể

            a) Mục tiêu đến năm 2025

            - 90% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.

            - Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98%.

            b) Đến năm 2030:

            - 95% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.

            - Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99%.
            """).Plan;
        Assert.Equal(new[] { 1, 2, 3, 4 }, plan.Indicators.Select(i => i.Number));
        Assert.Equal(new int?[] { 2025, 2025, 2030, 2030 }, plan.Indicators.Select(i => Years(i).Single()));
        Assert.Equal(new decimal?[] { 90m, 98m, 95m, 99m }, plan.Indicators.Select(i => Values(i).Single()));
    }

    [Fact]
    public void Import_InlineLeadIn_DatesTheLaterClausesOfItsSentence()
    {
        var indicator = Import("""
            - Chỉ tiêu 14: Đến năm 2025, tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 90%; tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 95%.
            """).Plan.Indicators.Single();
        Assert.Equal(new int?[] { 2025, 2025 }, Years(indicator));
        Assert.Equal(new decimal?[] { 90m, 95m }, Values(indicator));
        // The second clause's span is its own text, not the lead-in's.
        Assert.Equal("tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 95%", indicator.Targets[1].Text);
    }

    [Fact]
    public void Import_InlineLeadInWithColon_DatesTheClausesAfterIt()
    {
        var result = Import("""
            - Chỉ tiêu 14: Phấn đấu đến năm 2025: tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 90%; tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 95%.
            """);
        var indicator = result.Plan.Indicators.Single();
        // The lead-in itself is kept as a clause without a value, and is not reported as unreadable.
        Assert.Equal(new int?[] { null, 2025, 2025 }, Years(indicator));
        Assert.Null(indicator.Targets[0].Target);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "IMPORT-TARGET-UNREAD");
    }

    [Fact]
    public void Import_TwoGroupsUnderOneIndicator_EachGroupDatesItsLines()
    {
        var indicator = Import("""
            - Chỉ tiêu 3: Giảm tỷ suất tử vong trẻ em:

            Đến năm 2025:

            + Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 12‰;

            + Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 18,5‰.

            Đến năm 2030:

            + Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 10‰;

            + Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 15‰.
            """).Plan.Indicators.Single();
        var typed = indicator.Targets.Where(t => t.Target is not null).ToArray();
        Assert.Equal(new (MeasureId?, decimal, int?)[]
        {
            (new MeasureId(3, 'b'), 12m, 2025), (new MeasureId(3, 'c'), 18.5m, 2025),
            (new MeasureId(3, 'b'), 10m, 2030), (new MeasureId(3, 'c'), 15m, 2030),
        }, typed.Select(t => (t.Measure, ((ThresholdTarget)t.Target!).Final.Value, ((ThresholdTarget)t.Target!).Final.Year)));
        Assert.All(typed, t => Assert.Equal(IndicatorUnit.PerThousandLiveBirths, ((ThresholdTarget)t.Target!).Unit));
    }

    [Fact]
    public void Import_LineWithItsOwnYearInsideA2025Group_KeepsItsYear()
    {
        var plan = Import("""
            2. Mục tiêu cụ thể

            a) Đến năm 2025:

            - 90% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế;

            - Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98% vào năm 2024;

            - Giảm 10% số vụ trẻ em bị xâm hại so với năm 2023.
            """).Plan;
        Assert.Equal(new int?[] { 2025, 2024 }, plan.Indicators.Take(2).Select(i => Years(i).Single()));
        // A reduction against a baseline year names a year: the lead-in does not give it a target year.
        var relative = Assert.IsType<RelativeReductionTarget>(plan.Indicators[2].Targets.Single().Target);
        Assert.Null(relative.TargetYear);
    }

    [Fact]
    public void Import_ProseOpeningWithAYear_DatesNothingAfterItsSentence()
    {
        var plan = Import("""
            2. Mục tiêu cụ thể

            Đến năm 2025 tỉnh sẽ tiếp tục củng cố hệ thống bảo vệ trẻ em ở cả ba cấp.

            - 90% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế;

            - Chỉ tiêu 14: Đến năm 2025 tỉnh sẽ tiếp tục nâng cao chất lượng đăng ký hộ tịch. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98%; tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 95%.
            """).Plan;
        var indicator = plan.Indicators.Single();
        Assert.Equal(14, indicator.Number);
        Assert.Equal(new int?[] { null, null }, Years(indicator));
        Assert.Equal(new decimal?[] { 98m, 95m }, Values(indicator));
    }

    [Fact]
    public void Import_ProseParagraphBetweenLeadInAndLines_EndsTheLeadIn()
    {
        var plan = Import("""
            2. Mục tiêu cụ thể

            Đến năm 2025:

            - 90% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế;

            Tỉnh tiếp tục rà soát các chỉ tiêu còn lại.

            - Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98%.
            """).Plan;
        // Labelled lines are read (the unlabelled bullet is then not an indicator); the prose ended the 2025 list.
        Assert.Equal(new int?[] { null }, Years(plan.Indicators.Single()));
    }

    [Fact]
    public void Import_NewObjectiveHeading_EndsTheLeadIn()
    {
        var plan = Import("""
            a) Mục tiêu 1: Phát triển toàn diện trẻ em

            Đến năm 2025:

            - Chỉ tiêu 5: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 95%.

            b) Mục tiêu 2: Bảo vệ trẻ em

            - Chỉ tiêu 12: 100% trẻ em gặp thiên tai, thảm họa được cứu trợ, hỗ trợ kịp thời.
            """).Plan;
        Assert.Equal(new (int?, int, int?)[] { (1, 5, 2025), (2, 12, null) }, plan.Indicators.Select(i => (i.Objective, i.Number, Years(i).Single())));
    }

    [Fact]
    public void Import_PeriodLeadIn_DatesByItsLastYearWithLowerConfidence()
    {
        var result = Import("""
            2. Mục tiêu cụ thể

            b) Giai đoạn 2026 - 2030:

            - 95% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.
            """);
        Assert.Equal(2030, Years(result.Plan.Indicators.Single()).Single());
        // 0.7 × 0.8: a period says less about the year than "đến năm".
        Assert.Equal(0.56, result.Items.Single(i => i.Path == "$.indicators[0].targets[0]").Confidence);
    }

    [Fact]
    public void Import_LeadInAndTrailingYearDisagree_ClauseBetweenStaysUndated()
    {
        var indicator = Import("""
            - Chỉ tiêu 14: Đến năm 2025, tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 90%; tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 95%; tỷ lệ trẻ em được cấp mã số định danh đạt 99% vào năm 2030.
            """).Plan.Indicators.Single();
        Assert.Equal(new int?[] { 2025, null, 2030 }, Years(indicator));
    }

    [Fact]
    public void Import_IndicatorRestatedUnderEachYearGroup_IsOneIndicatorWithBothYears()
    {
        var result = Import("""
            a) Đến năm 2025:

            - Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99%.

            b) Đến năm 2030:

            - Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 100%.
            """);
        var indicator = result.Plan.Indicators.Single();
        Assert.Equal(new int?[] { 2025, 2030 }, Years(indicator));
        Assert.All(indicator.Targets, t => Assert.Equal(new MeasureId(14, 'a'), t.Measure));
        // Each target points at its own line (12 and 16), not at the lead-ins (10 and 14).
        Assert.Equal(new[] { 12, 16 }, indicator.Targets.Select(t => t.Source!.Line));
    }

    [Fact]
    public void Import_SameIndicatorTwiceWithoutYearGroups_StaysTwoIndicators()
    {
        // A plain repetition is no year group: kept as written, so that the validator can report the duplicate.
        var plan = Import("""
            - Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99%.

            - Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 100%.
            """).Plan;
        Assert.Equal(new[] { 14, 14 }, plan.Indicators.Select(i => i.Number));
    }

    [Fact]
    public void Import_IndicatorLineEndingInALeadIn_DatesItsSubItems()
    {
        var indicator = Import("""
            - Chỉ tiêu 14: Phấn đấu đến năm 2025:

            + Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99%;

            + Tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 97%.

            - Chỉ tiêu 16: Tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo đạt 99%.
            """).Plan.Indicators[0];
        // The lead-in clause of the label line is kept without a value; the sub-items take its year.
        Assert.Equal(new int?[] { null, 2025, 2025 }, Years(indicator));
        Assert.Equal(new decimal?[] { null, 99m, 97m }, Values(indicator));
    }

    [Theory]
    [InlineData("Đến năm 2025 tỉnh sẽ tiếp tục rà soát. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98%", null)]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98%. Đến năm 2025 tỉnh sẽ tiếp tục rà soát", null)]
    [InlineData("Đến năm 2025 tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98%", 2025)]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98% (trên 1.000 trẻ). Vào năm 2025", null)]
    public void TargetParse_YearPhraseDatesOnlyAValueOfItsOwnSentence(string clause, int? year) =>
        Assert.Equal(year, ((ThresholdTarget)Target.Parse(clause).AsT0).Final.Year);
}
