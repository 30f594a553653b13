using System.Linq;
using System.Text;
using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Text;

/// <summary>What the importer reads from the body of the real seed plans: objectives, indicators, responsibilities,
/// deadlines, budget, units and the signer.</summary>
public class PlanTextImporterExtractionTests
{
    private static readonly PlanTextImporter Importer = new();

    [Fact]
    public void Import_Seed003_ReadsFourObjectivesAnd24IndicatorsWithObjective()
    {
        var plan = Importer.Import(SeedCorpus.ReadSeed(3)).Plan;
        Assert.Equal(new[] { 1, 2, 3, 4 }, plan.Objectives.Select(o => o.Number));
        Assert.Equal("Phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em.", plan.Objectives[0].Title);
        Assert.Equal(Enumerable.Range(1, 24), plan.Indicators.Select(i => i.Number));
        Assert.Equal(new int?[] { 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4 }, plan.Indicators.Select(i => i.Objective));
    }

    [Fact]
    public void Import_Seed003_MortalityClausesMatchTheThreeMeasuresByWording()
    {
        var ct3 = Importer.Import(SeedCorpus.ReadSeed(3)).Plan.Indicators.Single(i => i.Number == 3);
        Assert.Equal(new MeasureId?[] { new MeasureId(3, 'a'), new MeasureId(3, 'b'), new MeasureId(3, 'c') }, ct3.Targets.Select(t => t.Measure));
        var neonatal = Assert.IsType<ThresholdTarget>(ct3.Targets[0].Target);
        Assert.Equal(new[] { 6.5m, 6m }, neonatal.Milestones.Select(m => m.Value));
        Assert.Equal(IndicatorUnit.PerThousandLiveBirths, neonatal.Unit);
    }

    [Fact]
    public void Import_Seed003_ObesityClauseBrokenAcrossLinesIsJoinedAndSplitByGroup()
    {
        var source = SeedCorpus.ReadSeed(3);
        var ct4 = Importer.Import(source).Plan.Indicators.Single(i => i.Number == 4);
        Assert.Equal(new MeasureId?[] { new MeasureId(4, 'a'), new MeasureId(4, 'b'), new MeasureId(4, 'c'), new MeasureId(4, 'd') }, ct4.Targets.Select(t => t.Measure));
        var urban = Assert.IsType<ThresholdTarget>(ct4.Targets[3].Target);
        Assert.Equal(new decimal[] { 10, 10 }, urban.Milestones.Select(m => m.Value));
        Assert.Contains("dưỡng thể béo phì", ct4.Targets[3].Text, System.StringComparison.Ordinal);
        var span = ct4.Targets[3].Source!;
        Assert.Equal(29, span.Line);
        Assert.StartsWith("giảm tỷ lệ trẻ dưới 5 tuổi bị suy dinh", source.Substring(span.Start, span.Length), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Seed002_UnstatedRateBaseTakesTheMeasureUnit()
    {
        var ct3 = Importer.Import(SeedCorpus.ReadSeed(2)).Plan.Indicators.Single(i => i.Number == 3);
        Assert.All(ct3.Targets, t => Assert.Equal(IndicatorUnit.PerThousandLiveBirths, Assert.IsType<ThresholdTarget>(t.Target).Unit));
        Assert.Equal(new[] { 9.5m, 8.5m, 16.5m }, ct3.Targets.Select(t => ((ThresholdTarget)t.Target!).Final.Value));
    }

    [Fact]
    public void Import_Seed001_NumberedTargetSentencesBecomeIndicatorsByPosition()
    {
        var plan = Importer.Import(SeedCorpus.ReadSeed(1)).Plan;
        Assert.Equal(Enumerable.Range(1, 12), plan.Indicators.Select(i => i.Number));
        Assert.All(plan.Indicators, i => Assert.Null(i.Objective));
        var communes = Assert.IsType<CountFractionTarget>(plan.Indicators[8].Targets.Single().Target);
        Assert.Equal((144, 200, 150, 200), (communes.BaselineCount, communes.BaselineTotal, communes.TargetCount, communes.TargetTotal));
        // "70% trẻ em, 90% doanh nghiệp …" sets two values in one clause.
        Assert.Equal(new[] { 70m, 90m }, plan.Indicators[7].Targets.Select(t => ((ThresholdTarget)t.Target!).Final.Value));
    }

    [Fact]
    public void Import_Seed000_BulletedTargetsAndUnquantifiedReductionIsReported()
    {
        var result = Importer.Import(SeedCorpus.ReadSeed(0));
        Assert.Equal(5, result.Plan.Indicators.Count);
        var unread = Assert.Single(result.Diagnostics, d => d.Code == "IMPORT-TARGET-UNREAD");
        Assert.Equal(23, unread.Source.Line);
        Assert.Contains("TARGET-REDUCTION-UNQUANTIFIED", unread.Message, System.StringComparison.Ordinal);
        Assert.Null(result.Plan.Indicators[1].Targets[0].Target);
    }

    [Fact]
    public void Import_Seed002_JusticeOnlyCoordinates13And14_TelecomContributes()
    {
        var responsibilities = Importer.Import(SeedCorpus.ReadSeed(2)).Plan.Responsibilities.Where(r => r.Indicators.Count > 0).ToArray();
        var justice = Assert.Single(responsibilities, r => r.AgencyId == "so-tu-phap");
        Assert.Equal(ResponsibilityRole.Coordinate, justice.Role);
        Assert.Equal(new[] { 13, 14 }, justice.Indicators);
        var telecom = Assert.Single(responsibilities, r => r.AgencyId == "so-tttt");
        Assert.Equal(ResponsibilityRole.Contribute, telecom.Role);
        Assert.Equal(new[] { 8, 9, 10, 13 }, telecom.Indicators);
        Assert.DoesNotContain(responsibilities, r => r.Role == ResponsibilityRole.Lead && r.Indicators.Contains(14));
    }

    [Fact]
    public void Import_Seed003_LeadsFollowTheDecisionAndYouthUnionCoordinates()
    {
        var responsibilities = Importer.Import(SeedCorpus.ReadSeed(3)).Plan.Responsibilities.Where(r => r.Indicators.Count > 0).ToArray();
        var leads = responsibilities.Where(r => r.Role == ResponsibilityRole.Lead).SelectMany(r => r.Indicators).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 24).Append(9).Order(), leads);
        var youth = Assert.Single(responsibilities, r => r.AgencyId == "tinh-doan");
        Assert.Equal(ResponsibilityRole.Coordinate, youth.Role);
        Assert.Equal(new[] { 22, 23, 24 }, youth.Indicators);
        Assert.Equal(245, youth.Source!.Line);
    }

    [Fact]
    public void Import_Seed001_ReadsTheTwoTierReportingCascade()
    {
        // Reporting also lists undated duties to report to a body (with their recipient); the cascade is the dated ones.
        var reporting = Importer.Import(SeedCorpus.ReadSeed(1)).Plan.Reporting.Where(d => d.Due is not null || d.DueDate is not null).ToArray();
        Assert.Equal(
            new (AnnualDate?, string?, int?)[] { (new AnnualDate(5, 20), "6 tháng", 2), (new AnnualDate(11, 15), "năm", 2), (new AnnualDate(5, 25), "6 tháng", 3), (new AnnualDate(11, 20), "năm", 3) },
            reporting.Select(d => (d.Due, d.Report, d.Tier?.Value)));
        Assert.All(reporting, d => Assert.Equal(167, d.Source!.Line));
    }

    [Fact]
    public void Import_Seed003_OneOffDeadlineHasADueDate()
    {
        var deadline = Assert.Single(Importer.Import(SeedCorpus.ReadSeed(3)).Plan.Reporting, d => d.Due is not null || d.DueDate is not null);
        Assert.Equal(new LocalDate(2021, 3, 31), deadline.DueDate);
        Assert.Null(deadline.Due);
    }

    [Fact]
    public void Import_Seed002_ReadsBudgetAmountsWithLevel()
    {
        var budget = Importer.Import(SeedCorpus.ReadSeed(2)).Plan.Budget.Where(b => b.Amount is not null).ToArray();
        Assert.Equal(
            new (string, string?)[] { ("300.000 đồng", null), ("5.000.000.000 đồng", null), ("150.000.000 đồng/năm", "huyện"), ("30.000.000 đồng/năm", "xã") },
            budget.Select(b => (b.Amount!.ToString(), b.Level)));
        Assert.Equal(MoneyPeriod.PerYear, budget[2].Amount!.Period);
    }

    [Fact]
    public void Import_Seeds_ResolveTheProvinceOnThePlanDate()
    {
        // An Giang was 89 before the 2025 merger (91 is Kiên Giang's code, which the merged province took).
        Assert.Equal("89", Importer.Import(SeedCorpus.ReadSeed(2)).Plan.Units[0].Code);
        Assert.Equal("22", Importer.Import(SeedCorpus.ReadSeed(3)).Plan.Units[0].Code);
        Assert.Equal("20", Importer.Import(SeedCorpus.ReadSeed(1)).Plan.Units[0].Code);
        Assert.Equal("51", Importer.Import(SeedCorpus.ReadSeed(0)).Plan.Units[0].Code);
    }

    [Theory]
    [InlineData(0, "Đặng Ngọc Dũng")]
    [InlineData(1, "Đàm Văn Chính")]
    [InlineData(2, "Lê Văn Phước")]
    [InlineData(3, "Nguyễn Thị Hạnh")]
    public void Import_Seeds_ReadTheSigner(int seed, string signer) =>
        Assert.Equal(signer, Importer.Import(SeedCorpus.ReadSeed(seed)).Plan.Header.Signer);

    [Fact]
    public void Import_Seed000_ReadsTwelveTaskAreas()
    {
        var tasks = Importer.Import(SeedCorpus.ReadSeed(0)).Plan.Tasks;
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), tasks.Select(t => t.Number));
        Assert.Equal("Tăng cường các hoạt động truyền thông nâng cao nhận thức về bảo vệ, chăm sóc và giáo dục trẻ em", tasks[0].Title);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Import_Seeds_EverySpanIsInTheTextAndEveryConfidencePathExists(int seed)
    {
        var text = SeedCorpus.ReadSeed(seed);
        var result = Importer.Import(text);
        var plan = result.Plan;
        var spans = plan.Indicators.Select(i => i.Source).Concat(plan.Indicators.SelectMany(i => i.Targets.Select(t => t.Source)))
            .Concat(plan.Responsibilities.Select(r => r.Source)).Concat(plan.Reporting.Select(r => r.Source))
            .Concat(plan.Budget.Select(b => b.Source)).Concat(plan.Units.Select(u => u.Source)).Concat(plan.Tasks.Select(t => t.Source))
            .Concat(plan.Objectives.Select(o => o.Source)).ToArray();
        Assert.All(spans, s => Assert.True(s is not null && s.Length > 0 && s.Start + s.Length <= text.Length));
        var counts = new System.Collections.Generic.Dictionary<string, int>
        {
            ["indicators"] = plan.Indicators.Count, ["responsibilities"] = plan.Responsibilities.Count, ["reporting"] = plan.Reporting.Count,
            ["budget"] = plan.Budget.Count, ["units"] = plan.Units.Count, ["tasks"] = plan.Tasks.Count,
        };
        Assert.All(result.Items, item =>
        {
            var match = System.Text.RegularExpressions.Regex.Match(item.Path, @"^\$\.(\w+)\[(\d+)\](?:\.targets\[(\d+)\])?$");
            Assert.True(match.Success, item.Path);
            var index = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(index, 0, counts[match.Groups[1].Value] - 1);
            if (match.Groups[3].Success)
            {
                Assert.InRange(int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), 0, plan.Indicators[index].Targets.Count - 1);
            }
            Assert.InRange(item.Confidence, 0, 1);
        });
    }

    [Fact]
    public void Import_NfdSeed_ExtractsTheSameBodyAsNfc()
    {
        var seed = SeedCorpus.ReadSeed(2);
        var nfc = Importer.Import(seed).Plan;
        var nfd = Importer.Import(seed.Normalize(NormalizationForm.FormD)).Plan;
        Assert.Equal(nfc.Indicators.Select(i => (i.Number, i.Text)), nfd.Indicators.Select(i => (i.Number, i.Text)));
        Assert.Equal(nfc.Indicators.SelectMany(i => i.Targets.Select(t => t.Target)), nfd.Indicators.SelectMany(i => i.Targets.Select(t => t.Target)));
        Assert.Equal(nfc.Responsibilities.Select(r => (r.AgencyId, r.Role, string.Join(",", r.Indicators))), nfd.Responsibilities.Select(r => (r.AgencyId, r.Role, string.Join(",", r.Indicators))));
        Assert.Equal(nfc.Reporting.Select(d => (d.Due, d.Tier, d.Report)), nfd.Reporting.Select(d => (d.Due, d.Tier, d.Report)));
    }
}
