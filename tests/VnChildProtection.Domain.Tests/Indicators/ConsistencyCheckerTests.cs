using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class ConsistencyCheckerTests
{
    private static readonly IndicatorRegistry Registry = IndicatorRegistry.Default;

    [Fact]
    public void CheckTargets_NationalCatalogue_IsConsistent()
    {
        var national = Registry.Indicators.SelectMany(i => i.Measures).ToDictionary(m => m.Id, m => m.NationalTarget!);
        Assert.Empty(ConsistencyChecker.Default.CheckTargets(national));
    }

    [Fact]
    public void CheckTargets_Seed002Mortality_NeonatalAboveInfantIsAnError()
    {
        // Seed 002 (An Giang 2024), Chỉ tiêu 3, parsed from the plan's own words.
        var line = SeedCorpus.ReadSeed(2).Split('\n').Single(l => l.StartsWith("- Chỉ tiêu 3:", System.StringComparison.Ordinal));
        var clauses = Target.SplitClauses(line);
        var targets = new Dictionary<MeasureId, Target>();
        for (var i = 0; i < 3; i++)
        {
            targets[new MeasureId(3, (char)('a' + i))] = Target.Parse(clauses[i]).AsT0;
        }
        var issues = ConsistencyChecker.Default.CheckTargets(targets, planYear: 2024);
        var issue = Assert.Single(issues);
        Assert.Equal("IND-MORTALITY-ORDER", issue.Code);
        Assert.Equal(ConsistencySeverity.Error, issue.Severity);
        Assert.Equal(new MeasureId(3, 'a'), issue.Measure);
        Assert.Equal(2024, issue.Year);
    }

    [Fact]
    public void CheckTargets_ProvincialTargetWeakerThanNationalForSameYear_IsAWarning()
    {
        var targets = new Dictionary<MeasureId, Target>
        {
            [new MeasureId(2, 'a')] = Target.Parse("đạt 85% vào năm 2025 và 95% vào năm 2030").AsT0,
            [new MeasureId(9, 'a')] = Target.Parse("giảm xuống dưới 4% vào năm 2025").AsT0,   // stronger than 4,5%
            [new MeasureId(5, 'a')] = Target.Parse("đạt 90%").AsT0,                        // annual plan: no national milestone in 2024
        };
        var issue = Assert.Single(ConsistencyChecker.Default.CheckTargets(targets, planYear: 2024));
        Assert.Equal(("IND-WEAKER-THAN-NATIONAL", ConsistencySeverity.Warning, 2025), (issue.Code, issue.Severity, issue.Year));
        Assert.Equal(new MeasureId(2, 'a'), issue.Measure);
    }

    [Fact]
    public void CheckTargets_PercentAbove100_MilestonesBackwards_WrongUnitAndDirection_AreErrors()
    {
        var targets = new Dictionary<MeasureId, Target>
        {
            [new MeasureId(1, 'a')] = Target.Parse("đạt 80% vào năm 2025 và 105% vào năm 2030").AsT0,
            [new MeasureId(22, 'a')] = Target.Parse("đạt 40% vào năm 2025 và 35% vào năm 2030").AsT0,
            [new MeasureId(11, 'a')] = Target.Parse("xuống 5% vào năm 2025").AsT0,
            [new MeasureId(9, 'a')] = Target.Parse("đạt 5% vào năm 2025").AsT0,
        };
        var codes = ConsistencyChecker.Default.CheckTargets(targets).Select(i => (i.Measure.ToString(), i.Code)).ToArray();
        Assert.Equal(
            [("CT1.a", "IND-PERCENT-RANGE"), ("CT9.a", "IND-TARGET-DIRECTION"), ("CT9.a", "IND-WEAKER-THAN-NATIONAL"), ("CT11.a", "IND-UNIT-MISMATCH"), ("CT22.a", "IND-MILESTONE-DIRECTION")],
            codes);
    }

    [Fact]
    public void CheckValues_ReportsPercentOver100AndMortalityOrderPerUnit()
    {
        var engine = new IndicatorEngine(new UnitHierarchy([KeyValuePair.Create(U("22001"), (Domain.Units.AdministrativeUnitCode?)U("22"))]));
        Observation[] observations =
        [
            Observation.FromCounts(U("22001"), 2024, new MeasureId(3, 'a'), 12, 1000),
            Observation.FromCounts(U("22001"), 2024, new MeasureId(3, 'b'), 10, 1000),
            Observation.FromCounts(U("22001"), 2024, new MeasureId(3, 'c'), 15, 1000),
            Observation.FromCounts(U("22001"), 2024, new MeasureId(14, 'a'), 110, 100),
        ];
        var values = new[] { new MeasureId(3, 'a'), new MeasureId(3, 'b'), new MeasureId(3, 'c'), new MeasureId(14, 'a') }
            .Select(m => engine.Compute(observations, U("22"), m, 2024));
        var issues = ConsistencyChecker.Default.CheckValues(values);
        Assert.Equal(["IND-MORTALITY-ORDER", "IND-PERCENT-RANGE"], issues.Select(i => i.Code).Order());
        Assert.All(issues, i => Assert.Equal(U("22"), i.UnitCode));
    }
}
