using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// One agency's share of a plan: the targets it leads (chủ trì) and those it supports (phối hợp), with the counts of
/// the led targets by status: "what does Sở Y tế lead and how is it going".
/// </summary>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record AgencyProgress
{
    /// <summary>The agency's name as the plan writes it.</summary>
    public required string Agency { get; init; }

    /// <summary>The agency's identifier in the agency registry, when resolved.</summary>
    public string? AgencyId { get; init; }

    /// <summary>The targets of the indicators it leads.</summary>
    public ValueList<TargetProgress> Leads { get; init; } = ValueList<TargetProgress>.Empty;

    /// <summary>The targets of the indicators it supports.</summary>
    public ValueList<TargetProgress> Supports { get; init; } = ValueList<TargetProgress>.Empty;

    /// <summary>The led targets by status.</summary>
    public ProgressCounts Counts => ProgressCounts.Of(System.Linq.Enumerable.Select(Leads, t => t.Status));
}
