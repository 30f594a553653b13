using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// An objective (<i>mục tiêu</i>) under which indicators are grouped (<c>Mục tiêu 1: Phát triển toàn diện trẻ em…</c>).
/// Decision 23/QĐ-TTg has four; indicator numbering may restart per objective.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlanObjective
{
    /// <summary>The objective's number (1-based).</summary>
    public required int Number { get; init; }

    /// <summary>The objective's title as written.</summary>
    public required string Title { get; init; }

    /// <summary>Where the objective is in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
