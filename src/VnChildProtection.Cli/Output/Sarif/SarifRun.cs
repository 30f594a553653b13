using System.Collections.Generic;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>One run of the tool (§3.14 <c>run</c>): what ran, on which files, with which results.</summary>
/// <remarks><c>columnKind</c> is always <c>utf16CodeUnits</c>: the library counts columns in UTF-16 code units (<c>SourceText</c>).</remarks>
internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifInvocation> Invocations,
    IReadOnlyList<SarifArtifact> Artifacts,
    IReadOnlyList<SarifResult> Results,
    string ColumnKind);
