namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>Names the reason of a notification by its code (§3.52 <c>reportingDescriptorReference</c>).</summary>
internal sealed record SarifDescriptorReference(string Id);
