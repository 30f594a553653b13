using System.Collections.Generic;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>Where a result or notification is (§3.28 <c>location</c>): the file and, where known, the plan-model path.</summary>
internal sealed record SarifLocation(
    SarifPhysicalLocation PhysicalLocation,
    IReadOnlyList<SarifLogicalLocation>? LogicalLocations);
