namespace VnChildProtection.Cli.Commands;

/// <summary>One entry of a reporting schedule as printed by <c>vncp calendar --format json</c>.</summary>
internal sealed record CalendarRow(
    string Id,
    string Kind,
    string Date,
    string EndDate,
    string? DueDate,
    string? RawDueDate,
    bool Adjusted,
    string? Tier,
    string? TierVi,
    string Report,
    string ReportEn,
    string? Period,
    string? WindowStart,
    string? WindowEnd);
