using System.Linq;
using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Measures;
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
        }, plan.Reporting.Select(d => (d.Due, d.DueDate, d.Report, d.Tier)));
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
}
