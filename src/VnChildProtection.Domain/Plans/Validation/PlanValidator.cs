using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation.Rules;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Plans.Validation;

/// <summary>
/// Checks a <see cref="PlanDocument"/> against the rules catalogue (<see cref="PlanRule"/>) and reports every problem in
/// one pass, ordered by position.
/// </summary>
/// <remarks>
/// Validation is pure: the same plan and options always give the same diagnostics, and nothing in the plan makes it
/// throw. This type is immutable and thread-safe.
/// </remarks>
public sealed class PlanValidator
{
    private static readonly PlanRuleCheck[] Checks =
    [
        new DraftDocumentNumberMissingCheck(),
        new IssueDateMissingCheck(),
        new CitationAfterPlanDateCheck(),
        new CitationMalformedCheck(),
        new IndicatorWithoutLeadCheck(),
        new IndicatorDuplicateCheck(),
        new MortalityRatesInconsistentCheck(),
        new PercentageOutOfRangeCheck(),
        new MilestoneDirectionCheck(),
        new TargetWeakerThanNationalCheck(),
        new ReportDeadlineOrderCheck(),
        new SectionNumberingCheck(),
        new UnknownAgencyCheck(),
        new UnitNotValidOnDateCheck(),
    ];

    private readonly PlanValidationContext context;

    /// <summary>Creates a validator with every rule at its default severity, over the shipped registries.</summary>
    public PlanValidator()
        : this(PlanValidatorOptions.Default)
    {
    }

    /// <summary>Creates a validator over the shipped registries.</summary>
    /// <param name="options">Which rules run and with what severity.</param>
    public PlanValidator(PlanValidatorOptions options)
    {
        Options = Preconditions.CheckNotNull(options);
        context = PlanValidationContext.Default;
    }

    /// <summary>Creates a validator over the given registries (for hosts that extend them).</summary>
    /// <param name="options">Which rules run and with what severity.</param>
    /// <param name="agencies">The agencies that responsibilities are resolved against.</param>
    /// <param name="units">The administrative units that unit names are resolved against.</param>
    /// <param name="indicators">The indicator catalogue that targets are compared with.</param>
    public PlanValidator(PlanValidatorOptions options, AgencyRegistry agencies, AdministrativeUnitRegistry units, IndicatorRegistry indicators)
    {
        Options = Preconditions.CheckNotNull(options);
        context = new PlanValidationContext(
            Preconditions.CheckNotNull(agencies), Preconditions.CheckNotNull(units), Preconditions.CheckNotNull(indicators));
    }

    /// <summary>The options in force.</summary>
    public PlanValidatorOptions Options { get; }

    /// <summary>The rules this validator implements, in code order.</summary>
    public static IReadOnlyList<PlanRule> ImplementedRules { get; } = Checks.Select(c => c.Rule).OrderBy(r => r.Value).ToArray();

    /// <summary>Validates <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Every finding of every enabled rule, ordered by source position, then path, then code.</returns>
    public ValueList<Diagnostic> Validate(PlanDocument plan)
    {
        Preconditions.CheckNotNull(plan);
        var diagnostics = new List<Diagnostic>();
        foreach (var check in Checks)
        {
            if (!Options.IsEnabled(check.Rule))
            {
                continue;
            }
            var severity = Options.SeverityOf(check.Rule);
            foreach (var finding in check.Check(plan, context))
            {
                diagnostics.Add(new Diagnostic(check.Rule, severity, finding.Location, finding.Message, finding.MessageVietnamese));
            }
        }
        return diagnostics
            .OrderBy(d => d.Location.Start ?? int.MaxValue)
            .ThenBy(d => d.Location.Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Rule.Value)
            .ToValueList();
    }
}
