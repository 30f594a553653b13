using System.Collections.Generic;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>An input file (§3.24 <c>artifact</c>).</summary>
internal sealed record SarifArtifact(SarifArtifactLocation Location, string MimeType, IReadOnlyList<string> Roles);
