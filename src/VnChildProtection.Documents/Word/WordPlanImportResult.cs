using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Word;

/// <summary>
/// What importing a plan (<i>Kế hoạch</i>) from Word produced: the document's text with its paragraph map, and the text
/// importer's result over that text.
/// </summary>
/// <remarks>
/// <para>Spans in <see cref="Import"/> are offsets in <see cref="Word"/>'s text; <see cref="FindParagraph"/> turns one into
/// the Word paragraph it came from.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record WordPlanImportResult
{
    /// <summary>The Word document as text, with its paragraph map.</summary>
    public required WordText Word { get; init; }

    /// <summary>The draft plan, its import diagnostics and the source text (the same text as <see cref="Word"/>).</summary>
    public required PlanImportResult Import { get; init; }

    /// <summary>Finds the Word paragraph a span of the imported plan starts in.</summary>
    /// <param name="span">A span from the imported plan, e.g. a section's <c>Source</c>.</param>
    /// <returns>The paragraph, or null when the span starts on a separator.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="span"/> is null.</exception>
    public WordParagraph? FindParagraph(SourceSpan span)
    {
        System.ArgumentNullException.ThrowIfNull(span);
        return Word.FindParagraph(span.Start);
    }
}
