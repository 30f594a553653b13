namespace VnChildProtection.Cli.Commands;

/// <summary>One entry of a reporting schedule as printed by <c>vncp calendar --format json</c>; <c>Verification</c>
/// (<c>Verified</c>, <c>Secondary</c>, <c>Unverified</c>) and <c>VerificationSource</c> are set for reports taken from an
/// instrument and null for a plan's own regime and for events.</summary>
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
    string? WindowEnd,
    string? Verification,
    string? VerificationSource);
