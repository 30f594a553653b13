namespace VnChildProtection.Cli.Commands;

/// <summary>One target of the plan as printed by <c>vncp progress --format json</c>.</summary>
internal sealed record ProgressRow(
    int Indicator,
    int? Objective,
    string Measure,
    string Target,
    string Unit,
    int? Deadline,
    string? Threshold,
    decimal? Baseline,
    int? BaselineYear,
    decimal? Value,
    int? ValueYear,
    decimal? Expected,
    int? Reported,
    int? ExpectedUnits,
    string Status,
    string Rule,
    string[] Lead,
    string[] Supporting);
