using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators.Rules;

public sealed class IndicatorRuleEvaluatorTests
{
    private static readonly MeasureId Neonatal = new(3, 'a');
    private static readonly MeasureId Infant = new(3, 'b');
    private static readonly MeasureId Marriages = new(13, 'a');

    private static readonly UnitHierarchy Hierarchy = new(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>
    {
        [U("22001")] = U("22"), [U("22002")] = U("22"),
    });

    private static readonly IndicatorRuleEvaluator Evaluator = new(Hierarchy);

    private static IndicatorValue Value(string unit, MeasureId measure, decimal? value, int year = 2024) =>
        new(U(unit), year, measure, null, null, value, new Coverage(1, 1));

    private static IndicatorValidationRule Rule(string left, RuleOperator op, string right, MissingValueStrategy? leftStrategy = null, MissingValueStrategy? rightStrategy = null, int[]? levels = null) =>
        new("rule", "Rule", IndicatorExpression.Parse(left).AsT0, op, IndicatorExpression.Parse(right).AsT0, RuleImportance.High, leftStrategy, rightStrategy, null, levels);

    [Fact]
    public void Evaluate_NeonatalAboveInfantInOneCommune_NamesThatCommuneYearAndSides()
    {
        var rule = Rule("CT3.a", RuleOperator.LessThanOrEqualTo, "CT3.b");
        IndicatorValue[] values =
        [
            Value("22001", Neonatal, 6m), Value("22001", Infant, 9m),
            Value("22002", Neonatal, 12m), Value("22002", Infant, 9.5m),
        ];
        var result = Evaluator.Evaluate([rule], values);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(("rule", U("22002"), 2024, 12m, 9.5m), (violation.RuleId, violation.UnitCode, violation.Year, violation.LeftValue, violation.RightValue));
        Assert.Equal(RuleImportance.High, violation.Importance);
        Assert.Equal(new RuleOutcome("rule", evaluated: 2, violated: 1, skipped: 0, notApplicable: 0), Assert.Single(result.Outcomes));
        Assert.Equal("rule 22002 2024: 12 <= 9.5 (CT3.a <= CT3.b)", violation.ToString());
    }

    [Fact]
    public void Evaluate_GroupsByYear()
    {
        var rule = Rule("CT3.a", RuleOperator.LessThanOrEqualTo, "CT3.b");
        var result = Evaluator.Evaluate([rule], [Value("22001", Neonatal, 6m, 2023), Value("22001", Infant, 5m, 2024)]);
        Assert.Empty(result.Violations);
        Assert.Equal(2, result.Skipped);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void Evaluate_CompulsoryPair_HoldsWhenBothOrNeitherPresent(bool left, bool right, bool holds)
    {
        var rule = Rule("CT13.a", RuleOperator.CompulsoryPair, "CT3.b");
        var values = new List<IndicatorValue> { Value("22001", new MeasureId(1, 'a'), 1m) };
        if (left)
        {
            values.Add(Value("22001", Marriages, 0m));
        }
        if (right)
        {
            values.Add(Value("22001", Infant, 8m));
        }
        var result = Evaluator.Evaluate([rule], values);
        Assert.Equal(holds, result.IsValid);
        if (!holds)
        {
            var violation = Assert.Single(result.Violations);
            Assert.Equal(left ? 0m : null, violation.LeftValue);
            Assert.Equal(right ? 8m : null, violation.RightValue);
        }
    }

    [Theory]
    [InlineData(true, true, false)]
    [InlineData(false, false, true)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    public void Evaluate_ExclusivePair_FailsOnlyWhenBothPresent(bool left, bool right, bool holds)
    {
        var rule = Rule("CT3.a", RuleOperator.ExclusivePair, "CT13.a");
        var values = new List<IndicatorValue> { Value("22001", new MeasureId(1, 'a'), 1m) };
        if (left)
        {
            values.Add(Value("22001", Neonatal, 4m));
        }
        if (right)
        {
            values.Add(Value("22001", Marriages, 2m));
        }
        Assert.Equal(holds, Evaluator.Evaluate([rule], values).IsValid);
    }

    // Left CT3.a + CT3.b with only CT3.a = 6 reported; right the constant 5.
    [Theory]
    [InlineData("skip_if_any_value_missing", 0, 1)]
    [InlineData("skip_if_all_values_missing", 1, 0)]
    [InlineData("never_skip", 1, 0)]
    public void Evaluate_OneOfTwoValuesMissing_FollowsTheStrategy(string strategy, int violations, int skipped)
    {
        var rule = Rule("CT3.a + CT3.b", RuleOperator.LessThanOrEqualTo, "5", MissingValueStrategy.FromName(strategy));
        var result = Evaluator.Evaluate([rule], [Value("22001", Neonatal, 6m)]);
        Assert.Equal(violations, result.Violations.Count);
        Assert.Equal(skipped, result.Skipped);
        if (violations == 1)
        {
            Assert.Equal(6m, result.Violations[0].LeftValue);
        }
    }

    // Every value of the left side missing (the group exists through another measure).
    [Theory]
    [InlineData("skip_if_any_value_missing", 0, 1)]
    [InlineData("skip_if_all_values_missing", 0, 1)]
    [InlineData("never_skip", 1, 0)]
    public void Evaluate_AllValuesMissing_OnlyNeverSkipCountsThemAsZero(string strategy, int violations, int skipped)
    {
        var rule = Rule("CT3.a + CT3.b", RuleOperator.GreaterThan, "0", MissingValueStrategy.FromName(strategy));
        var result = Evaluator.Evaluate([rule], [Value("22001", Marriages, 3m)]);
        Assert.Equal(violations, result.Violations.Count);
        Assert.Equal(skipped, result.Skipped);
        if (violations == 1)
        {
            Assert.Equal((0m, 0m), (result.Violations[0].LeftValue, result.Violations[0].RightValue));
        }
    }

    [Fact]
    public void Evaluate_RightStrategy_AppliesToTheRightSideOnly()
    {
        var strict = Rule("CT13.a", RuleOperator.LessThanOrEqualTo, "CT3.a + CT3.b", MissingValueStrategy.NeverSkip, MissingValueStrategy.SkipIfAnyValueMissing);
        var lenient = Rule("CT13.a", RuleOperator.LessThanOrEqualTo, "CT3.a + CT3.b", MissingValueStrategy.SkipIfAnyValueMissing, MissingValueStrategy.NeverSkip);
        IndicatorValue[] values = [Value("22001", Marriages, 9m), Value("22001", Neonatal, 4m)];
        Assert.Equal(1, Evaluator.Evaluate([strict], values).Skipped);
        var violation = Assert.Single(Evaluator.Evaluate([lenient], values).Violations);
        Assert.Equal((9m, 4m), (violation.LeftValue, violation.RightValue));
    }

    [Fact]
    public void Evaluate_NumeratorAndDenominatorQuantities_AreRead()
    {
        var rule = Rule("CT3.b.numerator", RuleOperator.LessThanOrEqualTo, "0.01 * CT3.b.denominator");
        var value = new IndicatorValue(U("22001"), 2024, Infant, 30m, 1500m, 20m, new Coverage(1, 1));
        var violation = Assert.Single(Evaluator.Evaluate([rule], [value]).Violations);
        Assert.Equal((30m, 15m), (violation.LeftValue, violation.RightValue));
    }

    [Fact]
    public void Evaluate_UnitLevels_LimitTheRuleToCommunes()
    {
        Assert.Equal(1, Evaluator.LevelOf(U("22")));
        Assert.Equal(2, Evaluator.LevelOf(U("22001")));
        Assert.Null(Evaluator.LevelOf(U("99")));
        var rule = Rule("CT13.a", RuleOperator.LessThan, "5", levels: [2]);
        IndicatorValue[] values = [Value("22", Marriages, 9m), Value("22001", Marriages, 7m), Value("22002", Marriages, 2m), Value("99", Marriages, 8m)];
        var result = Evaluator.Evaluate([rule], values);
        Assert.Equal(U("22001"), Assert.Single(result.Violations).UnitCode);
        Assert.Equal(new RuleOutcome("rule", 2, 1, 0, 2), Assert.Single(result.Outcomes));
    }

    [Fact]
    public void Evaluate_LevelFunction_IsUsed()
    {
        var evaluator = new IndicatorRuleEvaluator(unit => unit.Value.Length == 2 ? 1 : 3);
        var rule = Rule("CT13.a", RuleOperator.LessThan, "5", levels: [3]);
        var result = evaluator.Evaluate([rule], [Value("22", Marriages, 9m), Value("22001", Marriages, 7m)]);
        Assert.Equal(U("22001"), Assert.Single(result.Violations).UnitCode);
    }

    [Fact]
    public void Evaluate_DuplicateValue_FirstCountsAndIsReported()
    {
        var rule = Rule("CT13.a", RuleOperator.LessThan, "5");
        var result = Evaluator.Evaluate([rule], [Value("22001", Marriages, 1m), Value("22001", Marriages, 9m)]);
        Assert.True(result.IsValid);
        Assert.Equal(1, result.DuplicateValues);
    }

    [Fact]
    public void Evaluate_Overflow_IsSkippedNotThrown()
    {
        var rule = Rule("2 * CT13.a", RuleOperator.LessThan, "5");
        var result = Evaluator.Evaluate([rule], [Value("22001", Marriages, decimal.MaxValue)]);
        Assert.Equal(1, result.Skipped);
    }

    [Property(MaxTest = 10_000)]
    public Property Evaluate_NeverThrows_AndCountsEveryGroup() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(RuleGenerators.Rules())), Arb.From(RuleGenerators.Datasets()), (rules, values) =>
        {
            var result = Evaluator.Evaluate(rules, values);
            var groups = values.Select(v => (v.UnitCode, v.Year)).Distinct().Count();
            return result.Outcomes.Count == rules.Length
                && result.Outcomes.All(o => o.Evaluated + o.Skipped + o.NotApplicable == groups)
                && result.Violations.Count == result.Outcomes.Sum(o => o.Violated);
        });
}
