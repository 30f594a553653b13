using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// A numbered section heading of a plan (<c>I. MỤC TIÊU</c>, <c>IV. TỔ CHỨC THỰC HIỆN</c>), as written.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlanSection
{
    /// <summary>The number as written: a Roman numeral for top-level sections (<c>III</c>).</summary>
    public required string Number { get; init; }

    /// <summary>The heading text after the number (<c>CHẾ ĐỘ BÁO CÁO</c>).</summary>
    public required string Title { get; init; }

    /// <summary>Nesting level: 1 for Roman-numbered sections, 2 for Arabic, 3 for lettered.</summary>
    public int Level { get; init; } = 1;

    /// <summary>Where the heading is in the source text, if the plan came from text.</summary>
    public SourceSpan? Source { get; init; }
}
