namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>How the run configured one rule other than by default (§3.51 <c>configurationOverride</c>).</summary>
internal sealed record SarifConfigurationOverride(SarifReportingConfiguration Configuration, SarifDescriptorReference Descriptor);
