using System.IO;
using System.Linq;
using NodaTime;
using VnChildProtection.Documents.Evaluation;
using VnChildProtection.Documents.Tests.Evaluation;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Tests;
using VnChildProtection.Domain.Tests.Docs;

namespace VnChildProtection.Documents.Tests.Docs;

/// <summary>Every C# example of docs/import.md, verbatim, with the results the page states.</summary>
public class ImportDocsExamples
{
    [Fact]
    public void Page_EveryExampleIsATestHere() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/import.md", "tests/VnChildProtection.Documents.Tests/Docs/ImportDocsExamples.cs", expectedBlocks: 2);

    [Fact]
    public void Import_SmallPlan_ReadsIndicatorMeasuresLeadAndDeadline()
    {
        var text = """
            Số: 12/KH-UBND

            Hà Tĩnh, ngày 10 tháng 01 năm 2024

            I. MỤC TIÊU

            a) Mục tiêu 1: Phát triển toàn diện trẻ em

            - Chỉ tiêu 3: giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 7 trẻ/1.000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 15 trẻ/1.000 trẻ đẻ sống.

            II. TỔ CHỨC THỰC HIỆN

            1. Sở Y tế: chủ trì thực hiện chỉ tiêu 3.

            III. CHẾ ĐỘ BÁO CÁO

            Các sở, ngành báo cáo 6 tháng về Sở Y tế trước ngày 15/6.
            """;
        var result = new PlanTextImporter().Import(text);
        var indicator = result.Plan.Indicators.Single();
        var measures = indicator.Targets.Select(t => t.Measure?.ToString()).ToArray();
        var lead = result.Plan.Responsibilities.Single();
        var deadline = result.Plan.Reporting.Single();

        Assert.Equal(1, indicator.Objective);
        Assert.Equal(new[] { "CT3.a", "CT3.c" }, measures);
        Assert.Equal(("so-y-te", ResponsibilityRole.Lead), (lead.AgencyId, lead.Role));
        Assert.Equal(new[] { 3 }, lead.Indicators);
        Assert.Equal((new AnnualDate(6, 15), "6 tháng", 2), (deadline.Due!.Value, deadline.Report, deadline.Tier!.Value));
        Assert.Equal("42", result.Plan.Units[0].Code);
    }

    [Fact]
    public void Evaluate_Seed003_IndicatorsArePerfect()
    {
        var goldJson = File.ReadAllText(Path.Combine(SeedGold.Folder, "003_eed23065a06452e9.gold.json"));
        var planText = SeedCorpus.ReadSeed(3);

        var gold = GoldAnnotation.Parse(goldJson).AsT0;
        var evaluation = ImportEvaluator.Evaluate("003", new PlanTextImporter().Import(planText).Plan, gold);
        var indicators = evaluation[EvaluationCategory.Indicators];

        Assert.Equal(89, indicators.Expected);
        Assert.Equal(1.0, indicators.Precision);
        Assert.Equal(1.0, indicators.Recall);
    }
}
