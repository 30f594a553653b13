using System.Collections.Generic;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>
/// How the run went (§3.20 <c>invocation</c>): false and a notification per input when an input could not be read;
/// the rules the run disabled or gave another level (<c>ruleConfigurationOverrides</c>, §3.20.5).
/// No start or end time: the log is the same for the same inputs.
/// </summary>
internal sealed record SarifInvocation(
    bool ExecutionSuccessful,
    int ExitCode,
    IReadOnlyList<SarifNotification>? ToolExecutionNotifications,
    IReadOnlyList<SarifConfigurationOverride>? RuleConfigurationOverrides = null);
