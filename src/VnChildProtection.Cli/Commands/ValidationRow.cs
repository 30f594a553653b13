namespace VnChildProtection.Cli.Commands;

/// <summary>One finding as printed by <c>vncp validate --format json</c>.</summary>
internal sealed record ValidationRow(
    string File,
    string Code,
    string Rule,
    string Severity,
    string Path,
    int? Line,
    int? Column,
    string Message,
    string MessageVi);
