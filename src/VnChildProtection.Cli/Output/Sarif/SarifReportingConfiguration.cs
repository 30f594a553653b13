namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>
/// A rule's configuration (§3.50 <c>reportingConfiguration</c>): its level, and whether it is enabled. A rule's
/// <c>defaultConfiguration</c> gives only the level; a <c>ruleConfigurationOverride</c> gives what the run changed.
/// </summary>
internal sealed record SarifReportingConfiguration(string? Level, bool? Enabled = null);
