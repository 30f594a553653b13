using System.Collections.Generic;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>Something about the run rather than about a plan (§3.58 <c>notification</c>): an input that cannot be read.</summary>
internal sealed record SarifNotification(
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation>? Locations,
    SarifDescriptorReference Descriptor);
