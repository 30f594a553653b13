using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Domain.Progress;

/// <summary>One objective of a plan (mục tiêu cụ thể) with the targets of its indicators and their counts by status.</summary>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record ObjectiveProgress
{
    /// <summary>The objective's number in the plan.</summary>
    public required int Number { get; init; }

    /// <summary>The objective's title as written.</summary>
    public required string Title { get; init; }

    /// <summary>The targets of the indicators under it.</summary>
    public ValueList<TargetProgress> Targets { get; init; } = ValueList<TargetProgress>.Empty;

    /// <summary>The targets by status.</summary>
    public ProgressCounts Counts => ProgressCounts.Of(System.Linq.Enumerable.Select(Targets, t => t.Status));
}
