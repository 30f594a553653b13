using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// An indicator of a plan (<i>chỉ tiêu</i>): its number, the objective it belongs to, the sentence as written, and its
/// target clauses.
/// </summary>
/// <remarks>
/// Plans that copy Decision 23/QĐ-TTg number indicators <c>Chỉ tiêu 1</c>–<c>24</c> (seeds 002 and 003); others state
/// targets as numbered or bulleted sentences (seeds 000 and 001), numbered here by their position. This type is
/// immutable and thread-safe.
/// </remarks>
public sealed record PlanIndicator
{
    /// <summary>The indicator's number as the plan gives it (or its position in a list of target sentences).</summary>
    public required int Number { get; init; }

    /// <summary>The number of the objective it belongs to, when the plan groups indicators by objective.</summary>
    public int? Objective { get; init; }

    /// <summary>The indicator's sentence as written.</summary>
    public required string Text { get; init; }

    /// <summary>The target clauses, in order.</summary>
    public ValueList<PlanTarget> Targets { get; init; } = ValueList<PlanTarget>.Empty;

    /// <summary>Where the indicator is in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
