using System.Text.Json.Serialization;

namespace VnChildProtection.Cli.Commands;

/// <summary>One finding as printed by <c>vncp validate --format json</c>.</summary>
/// <remarks>
/// <c>EndLine</c>/<c>EndColumn</c> (just after the finding's span, when the file is the text that was imported) are only
/// for the SARIF region; the JSON output leaves them out.
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
    [property: JsonIgnore] int? EndColumn = null);
