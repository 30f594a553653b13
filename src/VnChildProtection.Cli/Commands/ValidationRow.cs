using System.Text.Json.Serialization;
using VnChildProtection.Documents.Text;

namespace VnChildProtection.Cli.Commands;

/// <summary>One finding as printed by <c>vncp validate --format json</c>.</summary>
/// <remarks>
/// <para><c>Line</c>/<c>Column</c> are a place in the file: in its text, in the JSON of a plan document (the value at
/// <c>Path</c>, or its nearest ancestor present), or in the text extracted from a Word document. For a JSON plan,
/// <c>SourceLine</c>/<c>SourceColumn</c> are where the finding is in the plan text the document was imported from;
/// null otherwise.</para>
/// <para><c>EndLine</c>/<c>EndColumn</c> (just after the finding's span) are only for the SARIF region and <c>Kind</c>
/// (what the file holds, by content) only for the SARIF log; the JSON output leaves them out.</para>
/// </remarks>
internal sealed record ValidationRow(
    string File,
    string Code,
    string Rule,
    string Severity,
    string Path,
    int? Line,
    int? Column,
    string Message,
    string MessageVi,
    [property: JsonIgnore] int? EndLine = null,
    [property: JsonIgnore] int? EndColumn = null,
    int? SourceLine = null,
    int? SourceColumn = null,
    [property: JsonIgnore] PlanFileKind? Kind = null);
