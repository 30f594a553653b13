using System.Collections.Generic;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Every code example of <c>docs/indicators.md</c>, verbatim, one test each.</summary>
public sealed class IndicatorsDocsExamples
{
    [Fact]
    public void Catalogue_Under5Mortality_HasUnitDirectionAndNationalTarget()
    {
        var registry = IndicatorRegistry.Default;
        var under5 = registry.GetMeasure(MeasureId.Parse("CT3.c").AsT0);
        Assert.Equal("Under-5 mortality rate", under5.EnglishName);
        Assert.Equal(IndicatorUnit.PerThousandLiveBirths, under5.Unit);
        Assert.Equal(IndicatorDirection.LowerIsBetter, under5.Direction);
        Assert.Equal("dưới 18,5/1.000 trẻ đẻ sống vào năm 2025 và 15/1.000 trẻ đẻ sống vào năm 2030", under5.NationalTarget!.ToString());
    }

    [Fact]
    public void Engine_SumsCountsOverCommunes_WithCoverage()
    {
        var province22 = AdministrativeUnitCode.Of("22");
        var (c1, c2, c3) = (AdministrativeUnitCode.Of("22001"), AdministrativeUnitCode.Of("22002"), AdministrativeUnitCode.Of("22003"));
        var hierarchy = new UnitHierarchy(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>
        {
            [c1] = province22, [c2] = province22, [c3] = province22,
        });
        var infant = new MeasureId(3, 'b');
        Observation[] observations =
        [
            Observation.FromCounts(c1, 2024, infant, 5, 500),
            Observation.FromCounts(c2, 2024, infant, 10, 1500),
        ];
        var province = new IndicatorEngine(hierarchy).Compute(observations, province22, infant, 2024);
        Assert.Equal(7.5m, province.Value);
        Assert.Equal("2/3", province.Coverage.ToString());
    }

    [Fact]
    public void Status_BehindTrajectoryWithinTolerance_IsAtRisk()
    {
        var target = IndicatorRegistry.Default.GetMeasure(new MeasureId(2, 'a')).NationalTarget!;
        var status = StatusEvaluator.Default.AssessValue(target, 2023, 83m, new Coverage(37, 40), new TargetBaseline(2021, 80m));
        Assert.Equal(IndicatorStatus.AtRisk, status.Status);
        Assert.Equal(85m, status.Expected);
        Assert.Equal(2m, status.GapToTrajectory);
        Assert.Equal("37/40", status.Coverage.ToString());
    }

    [Fact]
    public void Consistency_Seed002Mortality_IsAnError()
    {
        var targets = new Dictionary<MeasureId, Target>
        {
            [new MeasureId(3, 'a')] = Target.Parse("Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5").AsT0,
            [new MeasureId(3, 'b')] = Target.Parse("Giảm tỷ suất tử vong trẻ em dưới 01 tuổi dưới 8,5").AsT0,
        };
        var issue = Assert.Single(ConsistencyChecker.Default.CheckTargets(targets, planYear: 2024));
        Assert.Equal("IND-MORTALITY-ORDER", issue.Code);
        Assert.Equal(ConsistencySeverity.Error, issue.Severity);
    }

    [Fact]
    public void Rules_NeonatalAboveInfant_IsReportedForThatCommune()
    {
        var rule = new IndicatorValidationRule(
            "neonatal-le-infant", "Neonatal mortality within infant mortality",
            IndicatorExpression.Parse("CT3.a").AsT0, RuleOperator.LessThanOrEqualTo, IndicatorExpression.Parse("CT3.b").AsT0,
            RuleImportance.High, unitLevels: [2]);
        var (province, c1, c2) = (AdministrativeUnitCode.Of("22"), AdministrativeUnitCode.Of("22001"), AdministrativeUnitCode.Of("22002"));
        var hierarchy = new UnitHierarchy(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> { [c1] = province, [c2] = province });
        IndicatorValue[] values =
        [
            new(c1, 2024, new MeasureId(3, 'a'), 3, 500, 6m, new Coverage(1, 1)),
            new(c1, 2024, new MeasureId(3, 'b'), 5, 500, 10m, new Coverage(1, 1)),
            new(c2, 2024, new MeasureId(3, 'a'), 18, 1500, 12m, new Coverage(1, 1)),
            new(c2, 2024, new MeasureId(3, 'b'), 15, 1500, 10m, new Coverage(1, 1)),
        ];
        var result = new IndicatorRuleEvaluator(hierarchy).Evaluate([rule], values);
        var violation = Assert.Single(result.Violations);
        Assert.Equal("neonatal-le-infant 22002 2024: 12 <= 10 (CT3.a <= CT3.b)", violation.ToString());
        var json = IndicatorRuleJson.Serialize([rule]);
        Assert.Equal(rule, Assert.Single(IndicatorRuleJson.Deserialize(json).AsT0));
    }

    [Fact]
    public void Engine_PeriodsAndDisaggregations_FlowsSumStocksDoNot()
    {
        var commune = AdministrativeUnitCode.Of("22001");
        var hierarchy = new UnitHierarchy(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> { [commune] = AdministrativeUnitCode.Of("22") });
        var engine = new IndicatorEngine(hierarchy);
        var under5 = MeasureId.Parse("CT3.c").AsT0;             // deaths / live births, by sex: a flow
        var special = MeasureId.Parse("CT8.a").AsT0;            // children in special circumstances: a stock
        var girls = DisaggregationKey.Of(CategoryOption.Female);
        var observations = new List<Observation>();
        for (var month = 1; month <= 12; month++)
        {
            observations.Add(Observation.FromCounts(commune, Period.Month(2025, month), under5, 1, 40, girls));
            observations.Add(Observation.FromCounts(commune, Period.Month(2025, month), under5, 2, 45, DisaggregationKey.Of(CategoryOption.Male)));
            observations.Add(Observation.FromCounts(commune, Period.Month(2025, month), special, 100 + month, 5000, girls));
        }
        var year = Period.CalendarYear(2025);
        Assert.Equal(36m, engine.Rollup(observations, under5, year).National.Numerator);        // summed over months and sexes
        Assert.Equal(12m, engine.Rollup(observations, under5, year, girls).National.Numerator);
        Assert.Equal(3m, engine.Rollup(observations, under5, Period.Month(2025, 6)).National.Numerator);
        Assert.Equal(112m, engine.Rollup(observations, special, year).National.Numerator);      // December's stock, not a sum
        Assert.Equal(103m, engine.Rollup(observations, special, Period.Quarter(2025, 1)).National.Numerator);
    }
}
