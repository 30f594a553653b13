using System;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Word;

/// <summary>
/// A Word document as plain text for <see cref="Text.PlanTextImporter"/>, with a map from text offsets back to Word
/// paragraphs.
/// </summary>
/// <remarks>
/// <para>
/// Layout: one paragraph per line and a blank line between paragraphs (the text importer ends a title at a blank line);
/// automatic list numbers written out (<c>I.</c>, <c>1.</c>, <c>a)</c>); line breaks as new lines, tabs kept; rows of
/// bordered tables as lines with <c> | </c> between cells; borderless (layout) tables such as the issuer/motto block
/// cell by cell; footnote markers as <c>[n]</c> and the footnotes at the end as <c>[n] text</c> lines, the way web
/// copies of plans show them. Unicode NFC.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record WordText
{
    /// <summary>Creates a text with its paragraph map.</summary>
    /// <param name="text">The text.</param>
    /// <param name="paragraphs">Where each paragraph is in <paramref name="text"/>, in increasing offset order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A paragraph lies outside the text or overlaps the one before it.</exception>
    public WordText(string text, ValueList<WordParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var end = 0;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph is null || paragraph.Start < end || paragraph.Length < 0 || paragraph.Start + paragraph.Length > text.Length)
            {
                throw new ArgumentException("Paragraphs must lie inside the text, in order, without overlapping.", nameof(paragraphs));
            }
            end = paragraph.Start + paragraph.Length;
        }
        Text = text;
        Paragraphs = paragraphs;
    }

    /// <summary>The document as plain text.</summary>
    public string Text { get; }

    /// <summary>Where each paragraph with text landed, in text order (main document first, then footnotes).</summary>
    public ValueList<WordParagraph> Paragraphs { get; }

    /// <summary>Finds the paragraph whose text holds <paramref name="offset"/>.</summary>
    /// <param name="offset">A zero-based offset in <see cref="Text"/>, e.g. <c>SourceSpan.Start</c> of an imported element.</param>
    /// <returns>The paragraph, or null when the offset is on a separator (blank line, <c> | </c>) or outside the text.</returns>
    public WordParagraph? FindParagraph(int offset)
    {
        int low = 0, high = Paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var paragraph = Paragraphs[middle];
            if (offset < paragraph.Start)
            {
                high = middle - 1;
            }
            else if (offset >= paragraph.Start + paragraph.Length)
            {
                low = middle + 1;
            }
            else
            {
                return paragraph;
            }
        }
        return null;
    }

    /// <summary>Returns a summary with the sizes only (the text may hold personal data).</summary>
    public override string ToString() => FormattableString.Invariant($"WordText({Text.Length} chars, {Paragraphs.Count} paragraphs)");
}
