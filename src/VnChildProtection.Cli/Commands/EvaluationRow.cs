namespace VnChildProtection.Cli.Commands;

/// <summary>One unit and measure as printed by <c>vncp evaluate --format json</c>.</summary>
internal sealed record EvaluationRow(
    string UnitCode,
    string Indicator,
    string Measure,
    decimal? Numerator,
    decimal? Denominator,
    decimal? Value,
    string Status,
    int Reported,
    int Expected,
    string? Target);
