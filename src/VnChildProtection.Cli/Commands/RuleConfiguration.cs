using System;
using System.Collections.Generic;
using System.Linq;
using OneOf;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// How one <c>vncp validate</c> run configures the rules: the validator options built from <c>--disable</c> and
/// <c>--severity</c>, and whether <c>--warnaserror</c> made every warning an error.
/// </summary>
/// <remarks>
/// <c>--warnaserror</c> is applied as severity overrides, not as an exit-code policy: every catalogue rule that would
/// report a warning (after <c>--severity</c>) reports an error, and import diagnostics are reported as errors, so the
/// levels printed (table, JSON, SARIF) are the ones the exit code follows. Import diagnostics are not catalogue rules:
/// <c>--disable</c> and <c>--severity</c> do not take them.
/// </remarks>
internal sealed record RuleConfiguration(PlanValidatorOptions Options, bool WarnAsError)
{
    /// <summary>Every rule enabled with its default severity.</summary>
    public static RuleConfiguration Default { get; } = new(PlanValidatorOptions.Default, false);

    /// <summary>The severity import diagnostics are reported with.</summary>
    public string ImportSeverity => WarnAsError ? "error" : "warning";

    /// <summary>
    /// Builds the configuration from the option values; the message of the first bad value otherwise. A later
    /// <c>--severity</c> of the same rule wins; a disabled rule stays disabled whatever its severity.
    /// </summary>
    /// <param name="disable">The <c>--disable</c> values: rule codes or names.</param>
    /// <param name="severities">The <c>--severity</c> values: <c>rule=error|warning|info</c>.</param>
    /// <param name="warnAsError">Whether <c>--warnaserror</c> was given.</param>
    public static OneOf<RuleConfiguration, string> Create(IEnumerable<string> disable, IEnumerable<string> severities, bool warnAsError)
    {
        var options = PlanValidatorOptions.Default;
        foreach (var text in disable)
        {
            if (PlanRule.Parse(text).TryPickT1(out var unknown, out var rule))
            {
                return $"--disable {text}: {unknown.Message}";
            }
            options = options.WithRuleDisabled(rule);
        }
        foreach (var text in severities)
        {
            var equals = text.LastIndexOf('=');
            if (equals < 0)
            {
                return $"--severity {text}: expected <rule>=<error|warning|info>, such as section-numbering=error.";
            }
            if (PlanRule.Parse(text[..equals]).TryPickT1(out var unknown, out var rule))
            {
                return $"--severity {text}: {unknown.Message}";
            }
            if (ParseSeverity(text[(equals + 1)..]) is not { } severity)
            {
                return $"--severity {text}: the severity is error, warning or info.";
            }
            options = options.WithSeverity(rule, severity);
        }
        if (warnAsError)
        {
            foreach (var rule in PlanRule.List.Where(r => options.IsEnabled(r) && options.SeverityOf(r) == DiagnosticSeverity.Warning))
            {
                options = options.WithSeverity(rule, DiagnosticSeverity.Error);
            }
        }
        return new RuleConfiguration(options, warnAsError);
    }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c> in any case; null for anything else (numbers included).</summary>
    public static DiagnosticSeverity? ParseSeverity(string text) => text.Trim().ToLowerInvariant() switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        "info" => DiagnosticSeverity.Info,
        _ => null,
    };
}
