using System.Collections.Generic;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>The tool's driver (§3.19 <c>toolComponent</c>) with its rule catalogue.</summary>
internal sealed record SarifToolComponent(
    string Name,
    string? InformationUri,
    string SemanticVersion,
    string Version,
    IReadOnlyList<SarifReportingDescriptor> Rules);
