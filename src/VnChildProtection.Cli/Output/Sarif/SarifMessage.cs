namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>A plain-text message (§3.11 <c>message</c>, also the shape of §3.12 <c>multiformatMessageString</c>).</summary>
internal sealed record SarifMessage(string Text);
