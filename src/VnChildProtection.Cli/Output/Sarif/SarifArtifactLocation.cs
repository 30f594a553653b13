namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>A file (§3.4 <c>artifactLocation</c>): its URI and, for inputs, its index in <c>run.artifacts</c>.</summary>
internal sealed record SarifArtifactLocation(string Uri, int? Index);
