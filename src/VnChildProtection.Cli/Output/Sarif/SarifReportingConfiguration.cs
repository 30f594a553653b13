namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>A rule's default configuration (§3.50 <c>reportingConfiguration</c>): its level.</summary>
internal sealed record SarifReportingConfiguration(string Level);
