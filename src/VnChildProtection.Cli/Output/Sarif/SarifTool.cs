namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>The analysis tool (§3.18 <c>tool</c>); <c>vncp</c> has no extensions, only a driver.</summary>
internal sealed record SarifTool(SarifToolComponent Driver);
