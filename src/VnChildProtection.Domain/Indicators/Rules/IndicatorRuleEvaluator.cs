using System;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// Evaluates user <see cref="IndicatorValidationRule"/>s over a dataset of <see cref="IndicatorValue"/>s, as DHIS2 runs
/// validation rules: per unit and year, each side computed from the values of that unit and year.
/// </summary>
/// <remarks>
/// <para>Groups are the (unit, year) pairs that occur in the dataset. For each rule and group: a unit at a level the rule
/// does not list is not applicable; a pair operator compares presence; otherwise a side whose strategy says so skips the
/// check, missing values count as 0, and the comparison must hold. A side whose arithmetic overflows a decimal is skipped,
/// so evaluation never throws on data.</para>
/// <para>Levels come from the unit hierarchy (one-based depth: a root is 1) or from a function the caller passes; a unit
/// whose level is unknown, and the national total (values with no unit code), are not applicable to rules with levels.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorRuleEvaluator
{
    private readonly Func<AdministrativeUnitCode, int?> _levelOf;

    /// <summary>An evaluator with levels from a hierarchy: a unit's one-based depth (root 1); units not in it have no level.</summary>
    /// <param name="hierarchy">The unit hierarchy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hierarchy"/> is null.</exception>
    public IndicatorRuleEvaluator(IUnitHierarchy hierarchy)
    {
        Preconditions.CheckNotNull(hierarchy);
        var depths = new Dictionary<AdministrativeUnitCode, int>();
        var limit = hierarchy.Units.Count;
        foreach (var unit in hierarchy.Units)
        {
            var depth = 1;
            for (var p = hierarchy.ParentOf(unit); p is not null && depth <= limit; p = hierarchy.ParentOf(p))
            {
                depth++;
            }
            depths[unit] = depth;
        }
        _levelOf = unit => depths.TryGetValue(unit, out var d) ? d : null;
    }

    /// <summary>An evaluator with levels from a function (unit code → one-based level, or null when unknown).</summary>
    /// <param name="levelOf">The level function; it must be thread-safe and not throw.</param>
    /// <exception cref="ArgumentNullException"><paramref name="levelOf"/> is null.</exception>
    public IndicatorRuleEvaluator(Func<AdministrativeUnitCode, int?> levelOf) => _levelOf = Preconditions.CheckNotNull(levelOf);

    /// <summary>The level of a unit, or null when unknown.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The one-based level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    public int? LevelOf(AdministrativeUnitCode unitCode) => _levelOf(Preconditions.CheckNotNull(unitCode));

    /// <summary>Evaluates <paramref name="rules"/> over <paramref name="values"/>.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="values">The dataset; the first value per unit, year and measure counts.</param>
    /// <returns>The violations and per-rule counts.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    public RuleEvaluationResult Evaluate(IEnumerable<IndicatorValidationRule> rules, IEnumerable<IndicatorValue> values)
    {
        var ruleList = Preconditions.CheckNotNull(rules).ToList();
        Preconditions.CheckArgument(ruleList.All(r => r is not null), nameof(rules), "A rule cannot be null.");
        var groups = new SortedDictionary<(AdministrativeUnitCode? Unit, int Year), Dictionary<MeasureId, IndicatorValue>>(GroupOrder.Instance);
        var duplicates = 0;
        foreach (var value in Preconditions.CheckNotNull(values))
        {
            Preconditions.CheckArgument(value is not null, nameof(values), "A value cannot be null.");
            if (!groups.TryGetValue((value.UnitCode, value.Year), out var measures))
            {
                groups[(value.UnitCode, value.Year)] = measures = [];
            }
            if (!measures.TryAdd(value.Measure, value))
            {
                duplicates++;
            }
        }
        var levels = new Dictionary<AdministrativeUnitCode, int?>();
        var violations = new List<RuleViolation>();
        var outcomes = new List<RuleOutcome>(ruleList.Count);
        foreach (var rule in ruleList)
        {
            int evaluated = 0, violated = 0, skipped = 0, notApplicable = 0;
            foreach (var ((unit, year), measures) in groups)
            {
                int? level = null;
                if (unit is not null && !levels.TryGetValue(unit, out level))
                {
                    levels[unit] = level = _levelOf(unit);
                }
                if (!rule.AppliesToLevel(level))
                {
                    notApplicable++;
                    continue;
                }
                var left = Side.Compute(rule.Left, measures);
                var right = Side.Compute(rule.Right, measures);
                bool holds;
                if (left.Overflowed || right.Overflowed)
                {
                    skipped++;
                    continue;
                }
                if (rule.Operator.IsPair)
                {
                    holds = rule.Operator.HoldsForPresence(left.Present, right.Present);
                }
                else if (rule.LeftStrategy.Skips(left.Found, rule.Left.Terms.Count) || rule.RightStrategy.Skips(right.Found, rule.Right.Terms.Count))
                {
                    skipped++;
                    continue;
                }
                else
                {
                    holds = rule.Operator.Holds(left.Sum, right.Sum);
                }
                evaluated++;
                if (!holds)
                {
                    violated++;
                    violations.Add(new RuleViolation(
                        rule, unit, year, left.Present || !rule.Operator.IsPair ? left.Sum : null, right.Present || !rule.Operator.IsPair ? right.Sum : null));
                }
            }
            outcomes.Add(new RuleOutcome(rule.Id, evaluated, violated, skipped, notApplicable));
        }
        return new RuleEvaluationResult(violations, outcomes, duplicates);
    }

    private readonly record struct Side(decimal Sum, int Found, bool Present, bool Overflowed)
    {
        internal static Side Compute(IndicatorExpression expression, Dictionary<MeasureId, IndicatorValue> measures)
        {
            var found = 0;
            try
            {
                var sum = expression.Constant;
                foreach (var term in expression.Terms)
                {
                    if (measures.TryGetValue(term.Measure, out var value) && term.Quantity.Read(value) is { } quantity)
                    {
                        found++;
                        sum += term.Coefficient * quantity;
                    }
                }
                return new Side(sum, found, expression.Terms.Count == 0 || found > 0, false);
            }
            catch (OverflowException)
            {
                return new Side(0m, found, true, true);
            }
        }
    }

    /// <summary>The national total first, then units by level and code, then years.</summary>
    private sealed class GroupOrder : IComparer<(AdministrativeUnitCode? Unit, int Year)>
    {
        internal static readonly GroupOrder Instance = new();

        public int Compare((AdministrativeUnitCode? Unit, int Year) x, (AdministrativeUnitCode? Unit, int Year) y)
        {
            var byUnit = x.Unit is null ? (y.Unit is null ? 0 : -1) : x.Unit.CompareTo(y.Unit);
            return byUnit != 0 ? byUnit : x.Year.CompareTo(y.Year);
        }
    }
}
