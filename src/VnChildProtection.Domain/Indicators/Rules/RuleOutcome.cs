using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>How one rule fared over a dataset: how many unit-and-year groups it was checked on, violated by, skipped for, or not applicable to.</summary>
/// <remarks>
/// <para>A group is skipped when a side's <see cref="MissingValueStrategy"/> says so, or when a side's arithmetic overflows a
/// decimal; it is not applicable when the unit's level is not one of the rule's <see cref="IndicatorValidationRule.UnitLevels"/>.
/// <see cref="Evaluated"/> + <see cref="Skipped"/> + <see cref="NotApplicable"/> is the number of groups.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RuleOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="ruleId">The rule's identifier.</param>
    /// <param name="evaluated">Groups the rule was checked on.</param>
    /// <param name="violated">Groups that violate it (at most <paramref name="evaluated"/>).</param>
    /// <param name="skipped">Groups skipped for missing values (or overflow).</param>
    /// <param name="notApplicable">Groups of units at other levels.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more violated than evaluated.</exception>
    public RuleOutcome(string ruleId, int evaluated, int violated, int skipped, int notApplicable)
    {
        RuleId = Preconditions.CheckNotBlank(ruleId);
        Evaluated = Preconditions.CheckRange(evaluated, 0, int.MaxValue);
        Violated = Preconditions.CheckRange(violated, 0, evaluated);
        Skipped = Preconditions.CheckRange(skipped, 0, int.MaxValue);
        NotApplicable = Preconditions.CheckRange(notApplicable, 0, int.MaxValue);
    }

    /// <summary>The rule's identifier.</summary>
    public string RuleId { get; }

    /// <summary>Unit-and-year groups the rule was checked on.</summary>
    public int Evaluated { get; }

    /// <summary>Groups that violate the rule.</summary>
    public int Violated { get; }

    /// <summary>Groups skipped under a side's missing-value strategy (or because a side overflowed).</summary>
    public int Skipped { get; }

    /// <summary>Groups whose unit is at a level the rule does not apply to.</summary>
    public int NotApplicable { get; }
}
