using System.Linq;
using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Documents.Tests.Unseen;

/// <summary>The draft imported from plans the importer was not built on is usable: header, legal bases, indicators with
/// typed targets, responsibilities, deadlines and budget come out, and what cannot be read is reported.</summary>
public class UnseenPlanImportTests
{
    private static readonly PlanTextImporter Importer = new();

    [Fact]
    public void NgheAnDrowningPlan_HeaderCitationsAndUnit()
    {
        var plan = Importer.Import(UnseenPlans.NgheAnDrowning).Plan;
        Assert.Equal(("215/KH-UBND", "Nghệ An", new LocalDate(2026, 1, 12)), (plan.Header.Number, plan.Header.Place, plan.Header.IssueDate));
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", plan.Header.Issuer);
        Assert.Equal("Trần Văn Minh", plan.Header.Signer);
        // The bare "Luật Trẻ em" at the end of the decree's title names the law in general, not a document: not a citation.
        Assert.Equal(new[] { "Luật Trẻ em năm 2016", "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017", "Quyết định số 1248/QĐ-TTg ngày 19/7/2021" },
            plan.LegalBases.Select(c => c.Text));
        Assert.Equal("40", plan.Units[0].Code);
    }

    [Fact]
    public void NgheAnDrowningPlan_IndicatorNumberingRestartsPerObjective()
    {
        var plan = Importer.Import(UnseenPlans.NgheAnDrowning).Plan;
        Assert.Equal(new (int?, int)[] { (1, 1), (1, 2), (2, 1) }, plan.Indicators.Select(i => (i.Objective, i.Number)));
        var deaths = Assert.IsType<ThresholdTarget>(plan.Indicators[2].Targets.Single().Target);
        Assert.Equal((5m, 2026), (deaths.Final.Value, deaths.Final.Year!.Value));
        Assert.Equal(IndicatorUnit.PerHundredThousandChildren, deaths.Unit);
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void NgheAnDrowningPlan_RolesByIndicatorAndReportingCascade()
    {
        var plan = Importer.Import(UnseenPlans.NgheAnDrowning).Plan;
        var roles = plan.Responsibilities.Where(r => r.Indicators.Count > 0).Select(r => (r.AgencyId, r.Role, string.Join(",", r.Indicators))).ToArray();
        Assert.Equal(new (string?, ResponsibilityRole, string)[]
        {
            ("so-y-te", ResponsibilityRole.Lead, "1,2"),
            ("so-gddt", ResponsibilityRole.Coordinate, "2"),
            ("so-vhttdl", ResponsibilityRole.Contribute, "2"),
        }, roles);
        Assert.Equal(new (AnnualDate?, LocalDate?, string?, int?)[]
        {
            (new AnnualDate(6, 15), null, null, 1),
            (new AnnualDate(12, 10), null, null, 1),
            (new AnnualDate(6, 20), null, "6 tháng", 3),
            (null, new LocalDate(2026, 12, 16), "năm", 3),
        }, plan.Reporting.Select(d => (d.Due, d.DueDate, d.Report, d.Tier?.Value)));
    }

    [Fact]
    public void NgheAnDrowningPlan_BudgetAmounts()
    {
        var budget = Importer.Import(UnseenPlans.NgheAnDrowning).Plan.Budget;
        Assert.Equal(new (string?, string?)[] { ("2.000.000.000 đồng", null), ("20.000.000 đồng/năm", "xã") }, budget.Select(b => (b.Amount?.ToString(), b.Level)));
    }

    [Fact]
    public void CanThoCommunePlan_BulletedTargetsAndRelativeDeadlineIsReported()
    {
        var result = Importer.Import(UnseenPlans.CanThoCommune);
        var plan = result.Plan;
        Assert.Equal("08/KH-UBND", plan.Header.Number);
        Assert.Equal("Lê Thị Thu", plan.Header.Signer);
        Assert.Equal(new[] { 1, 2, 3 }, plan.Indicators.Select(i => i.Number));
        Assert.Equal(new decimal?[] { 100m, 95m, null }, plan.Indicators.Select(i => (i.Targets.Single().Target as ThresholdTarget)?.Final.Value));
        Assert.Equal(new AnnualDate?[] { new AnnualDate(6, 10), new AnnualDate(11, 10), null, null }, plan.Reporting.Select(d => d.Due));
        // "báo cáo trong thời hạn 12 giờ; báo cáo bằng văn bản trong thời hạn 03 ngày kể từ ngày tiếp nhận thông tin"
        Assert.Equal(("trong thời hạn 12 giờ", "12 giờ", null), (plan.Reporting[2].Text, plan.Reporting[2].Within?.ToString(), plan.Reporting[2].CountedFrom));
        Assert.Equal("trong thời hạn 03 ngày kể từ ngày tiếp nhận thông tin", plan.Reporting[3].Text);
        Assert.Equal((TimeLimit.Days(3), "ngày tiếp nhận thông tin"), (plan.Reporting[3].Within, plan.Reporting[3].CountedFrom));
        Assert.Contains(result.Diagnostics, d => d.Code == "IMPORT-DEADLINE-RELATIVE" && d.Message.Contains("3 days from 'ngày tiếp nhận thông tin'", System.StringComparison.Ordinal));
        // The ward police is the commune police kind of the agency registry: resolved, nothing reported as unknown.
        var police = Assert.Single(plan.Responsibilities);
        Assert.Equal(("Công an phường", "cong-an-xa", ResponsibilityRole.Coordinate), (police.Agency, police.AgencyId, police.Role));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "IMPORT-AGENCY-UNKNOWN");
    }

    [Fact]
    public void LaoCaiMarkdownExport_EmphasisTableFootnoteAndWrappedLineAreHandled()
    {
        var result = Importer.Import(UnseenPlans.LaoCaiMarkdown);
        var plan = result.Plan;
        Assert.Equal(("64/KH-UBND", new LocalDate(2022, 4, 22)), (plan.Header.Number, plan.Header.IssueDate));
        Assert.Equal("Thực hiện Chương trình hành động vì trẻ em tỉnh Lào Cai năm 2022", plan.Header.Title);
        Assert.Equal(new[] { 3, 14 }, plan.Indicators.Select(i => i.Number));
        var ct3 = plan.Indicators[0];
        Assert.Equal(new MeasureId?[] { new MeasureId(3, 'b'), new MeasureId(3, 'c') }, ct3.Targets.Select(t => t.Measure));
        // The year written once at the end of the sentence (on its own wrapped line) dates both clauses.
        Assert.Equal(new int?[] { 2022, 2022 }, ct3.Targets.Select(t => ((ThresholdTarget)t.Target!).Final.Year));
        var leads = plan.Responsibilities.Select(r => (r.AgencyId, r.Role, string.Join(",", r.Indicators))).ToArray();
        Assert.Equal(new (string?, ResponsibilityRole, string)[] { ("so-ldtbxh", ResponsibilityRole.Lead, "1,2"), ("so-tu-phap", ResponsibilityRole.Lead, "14") }, leads);
        // Lào Cai was 10 before 1 July 2025 (the merged province took Yên Bái's 15).
        Assert.Equal("10", plan.Units[0].Code);
    }

    [Fact]
    public void BinhDinhLeadInYearPlan_GroupsDateTheirTargetsAndValidateClean()
    {
        var result = Importer.Import(UnseenPlans.BinhDinhLeadInYears);
        var plan = result.Plan;
        Assert.Equal(("118/KH-UBND", "Bình Định", new LocalDate(2023, 8, 14)), (plan.Header.Number, plan.Header.Place, plan.Header.IssueDate));
        Assert.Equal(("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "Phạm Thị Hồng Nhung"), (plan.Header.Issuer, plan.Header.Signer));
        Assert.Equal("Thực hiện Chương trình hành động vì trẻ em tỉnh Bình Định giai đoạn 2023 - 2030", plan.Header.Title);
        Assert.Equal(new[] { "Luật Trẻ em năm 2016", "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017", "Quyết định số 23/QĐ-TTg ngày 07/01/2021" },
            plan.LegalBases.Select(c => c.Text));
        Assert.Equal("52", plan.Units[0].Code);

        // Each "Chỉ tiêu N" restated under "b) Đến năm 2030:" is the same indicator as under "a) Đến năm 2025:".
        Assert.Equal(new (int?, int)[] { (null, 1), (null, 3), (null, 5), (null, 8), (null, 14), (null, 16) }, plan.Indicators.Select(i => (i.Objective, i.Number)));
        var targets = plan.Indicators.SelectMany(i => i.Targets.Select(t => (i.Number, t.Measure?.ToString(), Final: ((ThresholdTarget)t.Target!).Final))).ToArray();
        Assert.Equal(new (int, string?, decimal, int?)[]
        {
            (1, "CT1.a", 70m, 2025), (1, "CT1.a", 80m, 2030),
            (3, "CT3.b", 12m, 2025), (3, "CT3.c", 17m, 2025), (3, "CT3.b", 10m, 2030), (3, "CT3.c", 14m, 2030),
            (5, "CT5.a", 97m, 2025), (5, "CT5.a", 98m, 2030), (5, "CT5.b", 98m, 2030),
            (8, "CT8.b", 92m, 2025), (8, "CT8.b", 95m, 2030),
            (14, "CT14.a", 99m, 2025), (14, "CT14.a", 100m, 2030),
            // Written inside the 2025 group with a year of its own: it keeps 2024.
            (16, "CT16.a", 99.5m, 2024),
        }, targets.Select(t => (t.Number, t.Item2, t.Final.Value, t.Final.Year)));
        Assert.All(plan.Indicators[1].Targets, t => Assert.Equal(IndicatorUnit.PerThousandLiveBirths, ((ThresholdTarget)t.Target!).Unit));

        // The span of a dated target is its own clause on the 2030 line, not the "b) Đến năm 2030:" lead-in.
        var infant2030 = plan.Indicators[1].Targets[2];
        Assert.Equal((60, "Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 10‰"), (infant2030.Source!.Line, infant2030.Text));
        Assert.Equal(infant2030.Text, UnseenPlans.BinhDinhLeadInYears.Substring(infant2030.Source.Start, infant2030.Source.Length));
        var rated = result.Items.Single(i => i.Path == "$.indicators[1].targets[2]");
        Assert.Contains("year 2030 from the lead-in 'b) Đến năm 2030:'", rated.Reason, System.StringComparison.Ordinal);
        Assert.True(rated.Confidence < result.Items.Single(i => i.Path == "$.indicators[5].targets[0]").Confidence);

        var roles = plan.Responsibilities.Select(r => (r.AgencyId, r.Role, string.Join(",", r.Indicators))).ToArray();
        Assert.Equal(new (string?, ResponsibilityRole, string)[]
        {
            ("so-ldtbxh", ResponsibilityRole.Lead, "1,8"),
            ("so-y-te", ResponsibilityRole.Lead, "3,5"),
            ("so-y-te", ResponsibilityRole.Coordinate, "8"),
            ("so-gddt", ResponsibilityRole.Lead, "16"),
            ("so-tu-phap", ResponsibilityRole.Lead, "14"),
            ("cong-an-tinh", ResponsibilityRole.Coordinate, "14"),
        }, roles);
        Assert.Equal(new (AnnualDate?, string?, int?)[] { (new AnnualDate(12, 5), null, 2), (new AnnualDate(12, 15), "năm", 3) },
            plan.Reporting.Where(d => d.Due is not null || d.DueDate is not null).Select(d => (d.Due, d.Report, d.Tier?.Value)));
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Number));

        // Nothing unread, and the validator (vncp validate) finds nothing: no duplicate indicator from the restated
        // groups, no target weaker than the national one, mortality rates in order for each year.
        Assert.Empty(result.Diagnostics);
        Assert.Empty(new PlanValidator().Validate(plan));
    }
}
