namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>
/// Names a rule or a notification's reason by its code (§3.52 <c>reportingDescriptorReference</c>), and by its index in
/// the driver's <c>rules</c> when it is one of them.
/// </summary>
internal sealed record SarifDescriptorReference(string Id, int? Index = null);
