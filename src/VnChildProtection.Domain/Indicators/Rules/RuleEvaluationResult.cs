using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>What <see cref="IndicatorRuleEvaluator.Evaluate"/> found: the violations and, per rule, how many groups were checked and skipped.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RuleEvaluationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="violations">The violations, rule by rule in the rules' order, then by unit code (ordinal) and year.</param>
    /// <param name="outcomes">One outcome per rule, in the rules' order.</param>
    /// <param name="duplicateValues">Values ignored because an earlier value had the same unit, year and measure.</param>
    /// <exception cref="System.ArgumentNullException">A list is null.</exception>
    public RuleEvaluationResult(IEnumerable<RuleViolation> violations, IEnumerable<RuleOutcome> outcomes, int duplicateValues)
    {
        Violations = Preconditions.CheckNotNull(violations).ToValueList();
        Outcomes = Preconditions.CheckNotNull(outcomes).ToValueList();
        DuplicateValues = Preconditions.CheckRange(duplicateValues, 0, int.MaxValue);
    }

    /// <summary>The violations.</summary>
    public ValueList<RuleViolation> Violations { get; }

    /// <summary>One outcome per rule.</summary>
    public ValueList<RuleOutcome> Outcomes { get; }

    /// <summary>Values ignored as repeats of an earlier value for the same unit, year and measure (the first one counts).</summary>
    public int DuplicateValues { get; }

    /// <summary>The number of rule checks skipped over all rules.</summary>
    public int Skipped => Outcomes.Sum(o => o.Skipped);

    /// <summary>Whether no rule was violated.</summary>
    public bool IsValid => Violations.Count == 0;
}
