using VnChildProtection.Domain.Text;
using System.Collections.Generic;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// Finds every citation of a legal document in free text: legal bases (<em>Căn cứ ...</em>), references
/// in tasks (<c>theo Quyết định 1437/QĐ-TTg</c>), a document's own header (<c>Số: 27/KH-UBND</c>) and laws
/// cited by name (<c>Luật Trẻ em năm 2016</c>).
/// </summary>
/// <remarks>
/// <para>A citation starts at a document-kind word (<c>Nghị định</c>, <c>Quyết định</c>, <c>Chỉ thị</c>,
/// <c>Thông tư</c>, <c>Kế hoạch</c>, <c>Công văn</c>..., with or without diacritics), at <c>văn bản số</c>,
/// at a header <c>Số:</c> / <c>Số hiệu:</c>, or at a bare number whose symbol is upper-case
/// (<c>1437/QĐ-TTg</c>, <c>20-CT/TW</c>). A kind word followed by <c>số</c> and a broken or blank number is
/// reported as a malformed citation with a typed error; a kind word used as an ordinary word
/// (<c>Kế hoạch phối hợp</c>, <c>Hướng dẫn các xã</c>) is not a citation. <c>Luật</c>/<c>Bộ luật</c> must be
/// capitalised (so <c>pháp luật</c> is ignored) and followed by a title and <c>năm YYYY</c> or a date, or
/// by a title in <see cref="KnownLawRegistry"/>.</para>
/// <para>Scanning is a single linear pass with bounded lookahead (no backtracking regular expressions),
/// so an 80 KB plan takes milliseconds. It never throws for any input string.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CitationFinder
{
    private readonly KnownLawRegistry _registry;

    /// <summary>Creates a finder that recognises the titles in <paramref name="registry"/> when cited without a year.</summary>
    /// <param name="registry">The known laws.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public CitationFinder(KnownLawRegistry registry) => _registry = Preconditions.CheckNotNull(registry);

    /// <summary>A finder over <see cref="KnownLawRegistry.Default"/>.</summary>
    public static CitationFinder Default { get; } = new(KnownLawRegistry.Default);

    /// <summary>Finds every citation in <paramref name="text"/>, in order of position, without overlaps.</summary>
    /// <param name="text">The text, e.g. a whole plan; it is NFC-normalised first (spans index that form).</param>
    /// <returns>The citations, valid and malformed.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Citation> FindAll(string text)
    {
        Preconditions.CheckNotNull(text);
        var reader = new LegalReferenceReader(VietnameseText.ToNfc(text), _registry);
        var length = reader.Text.Length;
        var found = new List<Citation>();
        var i = 0;
        while (i < length)
        {
            if (char.IsLetterOrDigit(reader.Text[i]) && reader.IsWordStart(i) && reader.Read(i, anchored: false) is { } outcome && outcome.End > i)
            {
                found.Add(new Citation(outcome.Start, outcome.End - outcome.Start, outcome.Reference is not null ? outcome.Reference : outcome.Error!));
                i = outcome.End;
                continue;
            }
            i++;
        }
        return found;
    }
}
