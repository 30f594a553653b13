namespace VnChildProtection.Cli.Commands;

/// <summary>One measure of the catalogue as printed by <c>vncp indicators --format json</c>.</summary>
internal sealed record IndicatorRow(
    string Indicator,
    string Measure,
    string Name,
    string NameVi,
    string Unit,
    string Direction,
    string? Target2025,
    string? Target2030,
    string Lead);
