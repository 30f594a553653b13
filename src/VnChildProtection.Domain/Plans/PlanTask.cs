using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>A numbered task area of the plan (<i>nhiệm vụ, giải pháp</i>): <c>1. Tăng cường các hoạt động truyền thông…</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlanTask
{
    /// <summary>The task's number as written (<c>1</c>, <c>2</c>, <c>a</c>).</summary>
    public required string Number { get; init; }

    /// <summary>The task's title as written.</summary>
    public required string Title { get; init; }

    /// <summary>Where the task is in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
