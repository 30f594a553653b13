namespace VnChildProtection.Documents.Word;

/// <summary>
/// Where one Word paragraph (<c>w:p</c>) landed in the text of a <see cref="WordText"/>: its index in the Word part and
/// the span of its text, so that a finding on the text can be traced back to the paragraph in Word.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Index"/> counts every <c>w:p</c> of the part in document order, empty ones and those inside tables
/// included, starting at 0: the n-th paragraph Word's object model would list. Paragraphs with no visible text take no
/// span and are not listed.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Index">The paragraph's zero-based index in its part, in document order.</param>
/// <param name="Start">The offset of its text (numbering label included) in <see cref="WordText.Text"/>.</param>
/// <param name="Length">The length of its text.</param>
/// <param name="Footnote">The footnote number shown in the text (<c>[n]</c>) when the paragraph is in a footnote; null
/// for the main document.</param>
public sealed record WordParagraph(int Index, int Start, int Length, int? Footnote);
