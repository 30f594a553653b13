using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OneOf;
using VnChildProtection.Cli.Output.Sarif;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// How one <c>vncp validate</c> run configures the rules: the validator options built from <c>--disable</c> and
/// <c>--severity</c> (and the <c>--rules</c> file), and whether <c>--warnaserror</c> made every warning an error.
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
    /// Builds the configuration from a rule-configuration file (<c>--rules</c>) and the option values; the message of
    /// the first bad value otherwise. The command line wins over the file: its <c>--severity</c> replaces the file's and
    /// turns on a rule the file disables, its <c>--disable</c> turns off a rule whatever its severity, and its
    /// <c>--warnaserror</c> applies even if the file says <c>"warnAsError": false</c>. A later <c>--severity</c> of the
    /// same rule wins.
    /// </summary>
    /// <param name="file">The file's content, or null without <c>--rules</c>.</param>
    /// <param name="disable">The <c>--disable</c> values: rule codes or names.</param>
    /// <param name="severities">The <c>--severity</c> values: <c>rule=error|warning|info</c>.</param>
    /// <param name="warnAsError">Whether <c>--warnaserror</c> was given.</param>
    public static OneOf<RuleConfiguration, string> Create(
        RuleConfigurationFile? file, IEnumerable<string> disable, IEnumerable<string> severities, bool warnAsError)
    {
        var options = PlanValidatorOptions.Default;
        if (file is not null)
        {
            var fromFile = Apply(file, options);
            if (fromFile.TryPickT1(out var problem, out options))
            {
                return problem;
            }
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
            options = options.WithRuleEnabled(rule).WithSeverity(rule, severity);
        }
        foreach (var text in disable)
        {
            if (PlanRule.Parse(text).TryPickT1(out var unknown, out var rule))
            {
                return $"--disable {text}: {unknown.Message}";
            }
            options = options.WithRuleDisabled(rule);
        }
        warnAsError |= file?.WarnAsError == true;
        if (warnAsError)
        {
            foreach (var rule in PlanRule.List.Where(r => options.IsEnabled(r) && options.SeverityOf(r) == DiagnosticSeverity.Warning))
            {
                options = options.WithSeverity(rule, DiagnosticSeverity.Error);
            }
        }
        return new RuleConfiguration(options, warnAsError);
    }

    private static OneOf<PlanValidatorOptions, string> Apply(RuleConfigurationFile file, PlanValidatorOptions options)
    {
        var disable = file.Disable ?? [];
        for (var i = 0; i < disable.Length; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"$.disable[{i}]");
            if (disable[i] is not { } text)
            {
                return file.Problem(RuleConfigurationFile.RuleCode, at, "a rule is a code (VNCP0012) or a kebab-case name (section-numbering), not null.");
            }
            if (PlanRule.Parse(text).TryPickT1(out var unknown, out var rule))
            {
                return file.Problem(RuleConfigurationFile.RuleCode, at, unknown.Message);
            }
            options = options.WithRuleDisabled(rule);
        }
        foreach (var (name, level) in file.Severity ?? [])
        {
            var at = "$.severity" + JsonPathLocator.Member(name);
            if (PlanRule.Parse(name).TryPickT1(out var unknown, out var rule))
            {
                return file.Problem(RuleConfigurationFile.RuleCode, at, unknown.Message);
            }
            if (level is null || ParseSeverity(level) is not { } severity)
            {
                return file.Problem(RuleConfigurationFile.SeverityCode, at, $"the severity of {name} is error, warning or info.");
            }
            options = options.WithSeverity(rule, severity);
        }
        return options;
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
