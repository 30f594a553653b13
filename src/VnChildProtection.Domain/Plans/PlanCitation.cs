using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// A legal basis of the plan (<i>căn cứ</i>): one cited document as written in the text
/// (<c>Nghị định số 56/2017/NĐ-CP ngày 09/5/2017</c>).
/// </summary>
/// <remarks>
/// The citation is kept as text so that malformed citations are preserved and reported by the validator rather than
/// lost on import. This type is immutable and thread-safe.
/// </remarks>
public sealed record PlanCitation
{
    /// <summary>The citation as written.</summary>
    public required string Text { get; init; }

    /// <summary>Where the citation is in the source text, if the plan came from text.</summary>
    public SourceSpan? Source { get; init; }
}
