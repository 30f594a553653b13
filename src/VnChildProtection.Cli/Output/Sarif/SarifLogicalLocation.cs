namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>
/// A place in the plan model (§3.33 <c>logicalLocation</c>): the diagnostic's JSON path (<c>$.sections[4]</c>), with the
/// JSON kinds SARIF defines (<c>object</c>, <c>property</c>, <c>value</c>).
/// </summary>
internal sealed record SarifLogicalLocation(string FullyQualifiedName, string Kind);
