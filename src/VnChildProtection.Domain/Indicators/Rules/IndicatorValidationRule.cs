using System;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// A validation rule a user defines over indicator values (<i>quy tắc kiểm tra</i>), as expressive as a DHIS2 validation
/// rule: <c>left operator right</c> with an importance, a missing-value strategy per side and the unit levels it applies to.
/// </summary>
/// <remarks>
/// <para>Example: neonatal mortality cannot exceed infant mortality, <c>CT3.a &lt;= CT3.b</c>, with
/// <see cref="RuleImportance.High"/>.</para>
/// <para>Unit levels are one-based depths in the unit hierarchy, as DHIS2 numbers organisation-unit levels: a root (a
/// province) is level 1, its communes level 2 (or districts 2 and communes 3 for data before 1 July 2025). The evaluator
/// computes them from its <see cref="IUnitHierarchy"/> or takes a level function from the caller. An empty set means every
/// level.</para>
/// <para>Rules are built in code or read from JSON with <see cref="IndicatorRuleJson"/>; <see cref="IndicatorRuleEvaluator"/>
/// evaluates them.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record IndicatorValidationRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A stable identifier, named in violations (<c>neonatal-le-infant</c>).</param>
    /// <param name="name">A short human name.</param>
    /// <param name="left">The left side.</param>
    /// <param name="operator">How the sides compare.</param>
    /// <param name="right">The right side.</param>
    /// <param name="importance">The importance; <see cref="RuleImportance.Medium"/> when null.</param>
    /// <param name="leftStrategy">The left side's missing-value strategy; <see cref="MissingValueStrategy.SkipIfAllValuesMissing"/> when null.</param>
    /// <param name="rightStrategy">The right side's missing-value strategy; <see cref="MissingValueStrategy.SkipIfAllValuesMissing"/> when null.</param>
    /// <param name="description">A longer explanation, or null.</param>
    /// <param name="unitLevels">The one-based unit levels the rule applies to; null or empty for every level.</param>
    /// <exception cref="ArgumentNullException">A side or the operator is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank, or a level is below 1.</exception>
    public IndicatorValidationRule(
        string id,
        string name,
        IndicatorExpression left,
        RuleOperator @operator,
        IndicatorExpression right,
        RuleImportance? importance = null,
        MissingValueStrategy? leftStrategy = null,
        MissingValueStrategy? rightStrategy = null,
        string? description = null,
        IEnumerable<int>? unitLevels = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        Name = Preconditions.CheckNotBlank(name);
        Left = Preconditions.CheckNotNull(left);
        Operator = Preconditions.CheckNotNull(@operator);
        Right = Preconditions.CheckNotNull(right);
        Importance = importance ?? RuleImportance.Medium;
        LeftStrategy = leftStrategy ?? MissingValueStrategy.SkipIfAllValuesMissing;
        RightStrategy = rightStrategy ?? MissingValueStrategy.SkipIfAllValuesMissing;
        Description = description;
        UnitLevels = (unitLevels ?? []).Distinct().Order().ToValueList();
        Preconditions.CheckArgument(UnitLevels.All(l => l >= 1), nameof(unitLevels), "Unit levels start at 1 (the root).");
    }

    /// <summary>The stable identifier named in violations.</summary>
    public string Id { get; }

    /// <summary>The short human name.</summary>
    public string Name { get; }

    /// <summary>The longer explanation, or null.</summary>
    public string? Description { get; }

    /// <summary>The left side.</summary>
    public IndicatorExpression Left { get; }

    /// <summary>How the sides compare.</summary>
    public RuleOperator Operator { get; }

    /// <summary>The right side.</summary>
    public IndicatorExpression Right { get; }

    /// <summary>The importance of a violation.</summary>
    public RuleImportance Importance { get; }

    /// <summary>What the left side does when values are missing.</summary>
    public MissingValueStrategy LeftStrategy { get; }

    /// <summary>What the right side does when values are missing.</summary>
    public MissingValueStrategy RightStrategy { get; }

    /// <summary>The one-based unit levels the rule applies to, ascending without repeats; empty for every level.</summary>
    public ValueList<int> UnitLevels { get; }

    /// <summary>Whether the rule applies to a unit of the given level (null when the level is unknown).</summary>
    /// <param name="level">The one-based level, or null.</param>
    /// <returns>True when the rule has no level filter or lists the level.</returns>
    public bool AppliesToLevel(int? level) => UnitLevels.Count == 0 || (level is { } l && UnitLevels.Contains(l));

    /// <summary>Returns <c>id: left operator right</c>, e.g. <c>neonatal-le-infant: CT3.a &lt;= CT3.b</c>.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => Id + ": " + Left + " " + Operator.Symbol + " " + Right;
}
