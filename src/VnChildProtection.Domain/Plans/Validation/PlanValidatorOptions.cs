using System.Collections.Generic;
using System.Collections.Immutable;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Plans.Validation;

/// <summary>
/// Which rules the <see cref="PlanValidator"/> runs and with what severity. Immutable: the <c>With…</c> methods
/// return new options.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlanValidatorOptions
{
    private PlanValidatorOptions(ImmutableHashSet<PlanRule> disabled, ImmutableDictionary<PlanRule, DiagnosticSeverity> severities)
    {
        DisabledRules = disabled;
        SeverityOverrides = severities;
    }

    /// <summary>Every rule enabled, each with its default severity.</summary>
    public static PlanValidatorOptions Default { get; } =
        new(ImmutableHashSet<PlanRule>.Empty, ImmutableDictionary<PlanRule, DiagnosticSeverity>.Empty);

    /// <summary>The rules that do not run.</summary>
    public IReadOnlySet<PlanRule> DisabledRules { get; }

    /// <summary>Severities that replace the rules' defaults.</summary>
    public IReadOnlyDictionary<PlanRule, DiagnosticSeverity> SeverityOverrides { get; }

    /// <summary>Returns options in which <paramref name="rule"/> does not run.</summary>
    /// <param name="rule">The rule to disable.</param>
    /// <returns>New options.</returns>
    public PlanValidatorOptions WithRuleDisabled(PlanRule rule) =>
        new(((ImmutableHashSet<PlanRule>)DisabledRules).Add(Preconditions.CheckNotNull(rule)), (ImmutableDictionary<PlanRule, DiagnosticSeverity>)SeverityOverrides);

    /// <summary>Returns options in which <paramref name="rule"/> runs again.</summary>
    /// <param name="rule">The rule to enable.</param>
    /// <returns>New options.</returns>
    public PlanValidatorOptions WithRuleEnabled(PlanRule rule) =>
        new(((ImmutableHashSet<PlanRule>)DisabledRules).Remove(Preconditions.CheckNotNull(rule)), (ImmutableDictionary<PlanRule, DiagnosticSeverity>)SeverityOverrides);

    /// <summary>Returns options in which <paramref name="rule"/> reports with <paramref name="severity"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="severity">The severity to use instead of the default.</param>
    /// <returns>New options.</returns>
    public PlanValidatorOptions WithSeverity(PlanRule rule, DiagnosticSeverity severity) =>
        new((ImmutableHashSet<PlanRule>)DisabledRules, ((ImmutableDictionary<PlanRule, DiagnosticSeverity>)SeverityOverrides).SetItem(Preconditions.CheckNotNull(rule), severity));

    /// <summary>Whether <paramref name="rule"/> runs.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>True unless disabled.</returns>
    public bool IsEnabled(PlanRule rule) => !DisabledRules.Contains(rule);

    /// <summary>The severity <paramref name="rule"/> reports with.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The override, or the rule's default.</returns>
    public DiagnosticSeverity SeverityOf(PlanRule rule) =>
        SeverityOverrides.TryGetValue(Preconditions.CheckNotNull(rule), out var severity) ? severity : rule.DefaultSeverity;
}
