namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>
/// A text region (§3.30 <c>region</c>): one-based lines and columns (UTF-16 code units, see <c>run.columnKind</c>);
/// the end column is the one just after the region, and an absent end means the rest of the start line.
/// </summary>
internal sealed record SarifRegion(int StartLine, int? StartColumn, int? EndLine = null, int? EndColumn = null);
