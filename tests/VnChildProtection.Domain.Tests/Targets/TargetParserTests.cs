using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Targets;

public sealed partial class TargetParserTests
{
    [Theory]
    [MemberData(nameof(SeedClauses))]
    public void Parse_SeedClause_ReturnsStatedTarget(int seed, string clause, Target expected)
    {
        Assert.Contains(clause, VietnameseText.Normalize(SeedCorpus.ReadSeed(seed)), StringComparison.Ordinal);
        var parsed = Target.Parse(clause);
        Assert.True(parsed.IsT0, parsed.IsT1 ? parsed.AsT1.ToString() : null);
        Assert.Equal(expected, parsed.AsT0);
    }

    [Theory]
    [MemberData(nameof(SeedClausesWithErrors))]
    public void Parse_SeedClauseWithoutUsableTarget_ReturnsTypedError(int seed, string clause, string code)
    {
        Assert.Contains(clause, VietnameseText.Normalize(SeedCorpus.ReadSeed(seed)), StringComparison.Ordinal);
        Assert.Equal(code, Target.Parse(clause).AsT1.Code);
    }

    [Fact]
    public void Parse_EveryLawClause_EqualsTheCatalogueTarget()
    {
        var lines = SeedCorpus.ReadLaw("law_QD23").Split('\n').Where(l => l.StartsWith("- Chỉ tiêu ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(24, lines.Length);
        var checkedCount = 0;
        foreach (var line in lines)
        {
            var id = IndicatorId.Parse(line[2..line.IndexOf(':', StringComparison.Ordinal)]).AsT0;
            var measures = IndicatorRegistry.Default.Get(id).Measures;
            var clauses = Target.SplitClauses(line);
            if (id.Value == 4)
            {
                // "dưới 5% đối với nông thôn và dưới 10% đối với thành thị" sets two measures in one clause.
                Assert.Equal("TARGET-SEVERAL-GROUPS", Target.Parse(clauses[2], IndicatorUnit.Percent).AsT1.Code);
                var groups = Target.ParseGroups(clauses[2], IndicatorUnit.Percent, IndicatorDirection.LowerIsBetter).AsT0;
                Assert.Equal(["nông thôn", "thành thị"], groups.Select(g => g.Group));
                Assert.Equal([measures[2].NationalTarget, measures[3].NationalTarget], groups.Select(g => g.Target));
                checkedCount += 2;
                clauses = clauses.Take(2).ToArray();
                measures = measures.Take(2).ToArray();
            }
            Assert.Equal(measures.Count, clauses.Count);
            for (var i = 0; i < clauses.Count; i++)
            {
                var parsed = Target.Parse(clauses[i], measures[i].Unit, measures[i].Direction);
                Assert.True(parsed.IsT0, line + " → " + (parsed.IsT1 ? parsed.AsT1.ToString() : null));
                Assert.Equal(measures[i].NationalTarget, parsed.AsT0);
                checkedCount++;
            }
        }
        Assert.Equal(IndicatorRegistry.Default.MeasureCount, checkedCount);
        Assert.Equal(35, IndicatorRegistry.Default.MeasureCount);
    }

    [Fact]
    public void ParseGroups_Seed002Obesity_GivesOneTargetPerGroup()
    {
        const string clause = "giảm tỷ lệ trẻ dưới 5 tuổi bị suy dinh dưỡng thể béo phì xuống dưới 7,5% đối với nông thôn và dưới 15% đối với thành thị";
        Assert.Contains(clause, SeedCorpus.ReadSeed(2), StringComparison.Ordinal);
        var groups = Target.ParseGroups(clause).AsT0;
        Assert.Equal([new QualifiedTarget("nông thôn", T(Pct, Below(null, 7.5m))), new QualifiedTarget("thành thị", T(Pct, Below(null, 15)))], groups);
        Assert.Equal("dưới 7,5% đối với nông thôn", groups[0].ToString());
    }

    [Fact]
    public void ParseGroups_WithoutGroups_GivesOneUnqualifiedTarget() =>
        Assert.Equal([new QualifiedTarget(null, T(Pct, AtLeast(null, 90)))], Target.ParseGroups("đạt 90%").AsT0);

    [Theory]
    [InlineData("chi tieu 3: giam ty suat tu vong tre so sinh duoi 9,5 vao nam 2025 va duoi 9 vao nam 2030")]
    [InlineData("Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5 vào năm 2025 và dưới 9 vào năm 2030")]
    public void Parse_WithoutDiacriticsOrDecomposed_ReadsTheSame(string text)
    {
        var expected = T(PerK, Below(2025, 9.5m), Below(2030, 9));
        Assert.Equal(expected, Target.Parse(Target.SplitClauses(text)[0]).AsT0);
        Assert.Equal(expected, Target.Parse(text.Normalize(System.Text.NormalizationForm.FormD)).AsT0);
    }

    [Theory]
    [InlineData("", "TARGET-EMPTY")]
    [InlineData("tăng 5% hằng năm", "TARGET-ANNUAL-INCREASE-UNSUPPORTED")]
    [InlineData("đạt 90% vào năm 2030 và 95% vào năm 2025", "TARGET-MILESTONE-ORDER")]
    [InlineData("đạt 90% vào năm 2025 và 9/1.000 trẻ đẻ sống vào năm 2030", "TARGET-UNIT-MIXED")]
    [InlineData("giảm 120% so với năm 2023", "TARGET-NUMBER-INVALID")]
    [InlineData("từ 144/200 năm 2022 lên 250/200 năm 2023", "TARGET-FRACTION-INVALID")]
    [InlineData("đạt 90% vào năm 3025", "TARGET-YEAR-INVALID")]
    [InlineData("Cấp huyện bố trí trên 150 triệu đồng/năm", "TARGET-NOT-FOUND")]
    public void Parse_BadTarget_ReturnsCode(string text, string code) => Assert.Equal(code, Target.Parse(text).AsT1.Code);

    [Fact]
    public void SplitClauses_DropsLabelAndSplitsMeasures()
    {
        var clauses = Target.SplitClauses("- Chỉ tiêu 17: Tỷ lệ ... đạt 97% vào năm 2025: phấn đấu giảm ... dưới 0,12% vào năm 2025.");
        Assert.Equal(["Tỷ lệ ... đạt 97% vào năm 2025", "phấn đấu giảm ... dưới 0,12% vào năm 2025"], clauses);
    }

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrows_OnArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => s is null
            || (Target.Parse(s).Match(_ => true, _ => true) && Target.ParseGroups(s).Match(_ => true, _ => true) && Target.SplitClauses(s) is not null));

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrows_OnTargetLikeNoise() =>
        Prop.ForAll(Arb.From(TargetGenerators.Noise()), s => Target.Parse(s).Match(_ => true, _ => true) && Target.ParseGroups(s).Match(_ => true, _ => true));

    [Property(MaxTest = 10_000)]
    public Property Render_ThenParse_RoundTrips() =>
        Prop.ForAll(Arb.From(TargetGenerators.Targets()), t => Target.Parse(t.ToString(), (t as ThresholdTarget)?.Unit).Match(p => p == t, _ => false));
}
