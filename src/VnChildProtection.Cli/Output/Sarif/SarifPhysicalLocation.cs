namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>A file and an optional region in it (§3.29 <c>physicalLocation</c>).</summary>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion? Region);
