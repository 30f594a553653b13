namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>The property bag of a rule: the kebab-case name printed by the other formats and the Vietnamese title.</summary>
internal sealed record SarifRuleProperties(string VncpName, string? TitleVi);
