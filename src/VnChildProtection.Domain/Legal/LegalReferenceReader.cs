using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// The one scanner behind <see cref="LegalReference.Parse"/> and <see cref="CitationFinder"/>: a hand-written,
/// single-pass reader over NFC text with a parallel folded copy (lower case, no diacritics, same length),
/// so keywords match without diacritics and positions stay those of the input.
/// </summary>
/// <remarks>Every loop advances or stops; lookahead is bounded (a title is at most <see cref="MaxTitleWords"/> words), so scanning is linear.</remarks>
internal sealed class LegalReferenceReader
{
    internal const int MaxTitleWords = 24;

    private static readonly Keyword[] Keywords = BuildKeywords();

    private readonly string _text;
    private readonly string _fold;
    private readonly IReadOnlyList<(DocumentType Type, string Title, string Folded)> _knownTitles;

    internal LegalReferenceReader(string nfcText, KnownLawRegistry? registry)
    {
        _text = nfcText;
        _fold = VietnameseText.FoldKeepingLength(nfcText);
        _knownTitles = registry?.FoldedTitles ?? [];
    }

    private enum KeywordKind
    {
        TypeWord,
        Generic,
        Header,
    }

    internal string Text => _text;

    internal static OneOf<LegalReference, ParseError> ParseExact(string text, KnownLawRegistry registry)
    {
        var reader = new LegalReferenceReader(VietnameseText.ToNfc(text), registry);
        var start = reader.SkipSpace(0);
        if (start == reader._text.Length)
        {
            return new ParseError(LegalErrorCodes.Empty, "The text is empty.", 0, 0, string.Empty);
        }
        var outcome = reader.Read(start, anchored: true)!.Value;
        if (outcome.Error is not null)
        {
            return outcome.Error;
        }
        var rest = reader.SkipSpace(outcome.End);
        if (rest < reader._text.Length)
        {
            return reader.Error(LegalErrorCodes.TrailingText, "Text follows the reference.", rest, reader._text.Length - rest, start, reader._text.Length).Error!;
        }
        return outcome.Reference!;
    }

    internal static bool IsValidSequence(string number)
    {
        var digits = 0;
        while (digits < number.Length && char.IsAsciiDigit(number[digits]))
        {
            digits++;
        }
        return digits is >= 1 and <= 9
            && (number.Length == digits || (number.Length == digits + 1 && char.IsAsciiLetterLower(number[digits])));
    }

    internal static bool IsValidTitle(string title)
    {
        if (title.Length == 0 || !char.IsLetter(title[0]) || !char.IsLetter(title[^1]))
        {
            return false;
        }
        for (var i = 1; i < title.Length; i++)
        {
            var c = title[i];
            var ok = char.IsLetter(c)
                || (c == ',' && char.IsLetter(title[i - 1]) && i + 1 < title.Length && title[i + 1] == ' ')
                || (c == ' ' && (char.IsLetter(title[i - 1]) || title[i - 1] == ','));
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Splits a symbol (<c>NĐ-CP</c>, <c>CT/TW</c>, <c>LĐTBXH-TE</c>) into kind code, separator and issuer.</summary>
    internal static bool TrySplitSymbol(string symbol, out (DocumentType Type, string Code)? code, out char separator, out string issuer)
    {
        var reader = new LegalReferenceReader(VietnameseText.ToNfc(symbol), null);
        code = null;
        separator = '-';
        issuer = string.Empty;
        var symbolRead = reader.ReadSymbol(0);
        if (symbolRead is not { } s || s.End != reader._text.Length)
        {
            return false;
        }
        return SplitSymbol(s.Segments, s.Separators, out code, out separator, out issuer);
    }

    /// <summary>Reads the reference starting at <paramref name="start"/> (a word start).</summary>
    /// <param name="start">Where to read.</param>
    /// <param name="anchored">True for <see cref="LegalReference.Parse"/>: always report what is wrong. False for the finder: return null where no citation starts.</param>
    internal Outcome? Read(int start, bool anchored)
    {
        var keyword = MatchKeyword(start, out var keywordEnd);
        if (keyword is not null)
        {
            return ReadAfterKeyword(start, keyword, keywordEnd, anchored);
        }
        var c = _text[start];
        if (char.IsAsciiDigit(c))
        {
            return ReadNumbered(start, start, null, strict: anchored);
        }
        if (!anchored)
        {
            return null;
        }
        if (c == '/')
        {
            return ReadNumbered(start, start, null, strict: true);
        }
        var end = start;
        while (end < _text.Length && !char.IsWhiteSpace(_text[end]) && end - start < 40)
        {
            end++;
        }
        return Error(LegalErrorCodes.TypeUnknown, "The text does not start with a document kind or a number.", start, end - start, start, end);
    }

    internal bool IsWordStart(int i) => i == 0 || !char.IsLetterOrDigit(_text[i - 1]);

    internal int SkipSpace(int i)
    {
        while (i < _text.Length && (char.IsWhiteSpace(_text[i]) || _text[i] is '*' or '\u200B' or '\uFEFF'))
        {
            i++;
        }
        return i;
    }

    private int SkipInline(int i)
    {
        while (i < _text.Length && (_text[i] is ' ' or '\t' or '\u00A0' or '*'))
        {
            i++;
        }
        return i;
    }

    private Outcome? ReadAfterKeyword(int start, Keyword keyword, int keywordEnd, bool anchored)
    {
        var j = SkipSpace(keywordEnd);
        var sawNumberWord = keyword.Kind == KeywordKind.Header;
        while (MatchPhrase(j, "so") is var e && e > 0)
        {
            sawNumberWord = true;
            j = SkipSpace(e);
            if (j < _text.Length && _text[j] == ':')
            {
                j = SkipSpace(j + 1);
            }
        }
        if (j < _text.Length && (char.IsAsciiDigit(_text[j]) || (_text[j] == '/' && (sawNumberWord || anchored))))
        {
            return ReadNumbered(start, j, keyword.Type, strict: sawNumberWord || anchored);
        }
        if (!sawNumberWord && (keyword.Type == DocumentType.Law || keyword.Type == DocumentType.Code))
        {
            var named = ReadNamed(start, j, keyword.Type);
            if (named is not null || !anchored)
            {
                return named;
            }
        }
        if (anchored || (sawNumberWord && (j >= _text.Length || !char.IsLetter(_text[j]))))
        {
            return Error(LegalErrorCodes.NumberMissing, "The document number is missing.", j, 0, start, Math.Max(j, keywordEnd));
        }
        return null;
    }

    private Outcome? ReadNumbered(int start, int i, DocumentType? word, bool strict)
    {
        var len = _text.Length;
        if (_text[i] == '/')
        {
            var blankEnd = ReadSymbol(SkipInline(i + 1))?.End ?? i + 1;
            return Error(LegalErrorCodes.NumberMissing, "The sequence number before '/' is blank.", i, 0, start, blankEnd);
        }
        var p = i;
        while (p < len && char.IsAsciiDigit(_text[p]))
        {
            p++;
        }
        if (p < len && char.IsAsciiLetterLower(_text[p]) && !(p + 1 < len && char.IsLetter(_text[p + 1])))
        {
            p++;
        }
        var sequence = _text[i..p];
        if (!IsValidSequence(sequence))
        {
            return Fail(strict, LegalErrorCodes.NumberInvalid, "The sequence number is not 1 to 9 digits with an optional letter.", i, p - i, start, p);
        }
        var q = SkipInline(p);
        int? year = null;
        (DocumentType Type, string Code)? code;
        char separator;
        string issuer;
        int symbolEnd;
        if (q < len && VietnameseText.IsDash(_text[q]))
        {
            // Party form: seq-KIND/ISSUER.
            var kindRead = ReadSymbolSegment(SkipInline(q + 1));
            var slash = kindRead is { } k ? SkipInline(k.End) : -1;
            if (kindRead is null || !DocumentType.TryFromCode(kindRead.Value.Segment, out var kind) || slash >= len || _text[slash] != '/'
                || ReadSymbol(SkipInline(slash + 1)) is not { } partyIssuer)
            {
                return Fail(strict, LegalErrorCodes.NumberInvalid, "Expected seq-KIND/ISSUER such as 20-CT/TW.", i, q + 1 - i, start, q + 1);
            }
            code = (kind!, CanonicalCode(kind!, kindRead.Value.Segment));
            separator = '-';
            issuer = JoinSymbol(partyIssuer.Segments, partyIssuer.Separators, 0);
            symbolEnd = partyIssuer.End;
        }
        else if (q < len && _text[q] == '/')
        {
            var r = SkipInline(q + 1);
            if (r + 4 <= len && IsFourDigitYear(r))
            {
                var afterYear = SkipInline(r + 4);
                if (afterYear < len && _text[afterYear] == '/')
                {
                    year = int.Parse(_text.AsSpan(r, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
                    r = SkipInline(afterYear + 1);
                }
            }
            if (ReadSymbol(r) is not { } symbol)
            {
                return Fail(strict, LegalErrorCodes.NumberInvalid, "Expected a symbol such as NĐ-CP after the number.", i, r - i, start, r);
            }
            if (!SplitSymbol(symbol.Segments, symbol.Separators, out code, out separator, out issuer))
            {
                return Fail(strict, LegalErrorCodes.IssuerMissing, "The symbol has a document kind code but no issuer.", r, symbol.End - r, start, symbol.End);
            }
            symbolEnd = symbol.End;
        }
        else
        {
            return Fail(strict, LegalErrorCodes.NumberInvalid, "Expected '/' or '-' after the sequence number.", i, p - i, start, p);
        }

        var end = symbolEnd;
        var dateRead = ReadDateAfter(symbolEnd);
        LocalDate? date = null;
        if (dateRead is { } d)
        {
            if (d.Date is null)
            {
                return Error(LegalErrorCodes.DateInvalid, "The issue date is not a valid day/month/year.", d.Start, d.End - d.Start, start, d.End);
            }
            date = d.Date;
            end = d.End;
            if (year is { } y && y != d.Date.Value.Year)
            {
                return Error(LegalErrorCodes.YearMismatch, $"The number says {y} but the issue date is in {d.Date.Value.Year}.", d.Start, d.End - d.Start, start, end);
            }
        }
        var type = NumberedLegalReference.ResolveType(word, code, issuer, out var contradiction);
        if (contradiction is not null)
        {
            return Error(LegalErrorCodes.TypeMismatch, contradiction, start, i - start, start, end);
        }
        return new Outcome(start, end, NumberedLegalReference.CreateUnchecked(type, sequence, year, code?.Code, separator, issuer, date), null);
    }

    private Outcome? ReadNamed(int start, int j, DocumentType type)
    {
        var len = _text.Length;
        if (j >= len)
        {
            return null;
        }
        if (YearOrDateAt(j) is not null)
        {
            var missingEnd = YearOrDateAt(j)!.Value.End;
            return Error(LegalErrorCodes.NameMissing, "A law or code is cited by year without its title.", start, j - start, start, missingEnd);
        }
        // A title followed by "năm YYYY" or "ngày ..." is read as written; otherwise only a known title counts.
        // Titles start with a capital ("Trẻ em", "Tổ chức Chính phủ") except amending laws ("sửa đổi, bổ sung
        // một số điều của Luật ..."); this keeps "Luật này có hiệu lực từ ngày ..." out.
        var titleEnd = -1;
        var p = j;
        var generic = char.IsUpper(_text[j]) || MatchPhrase(j, "sua doi") > 0;
        for (var words = 0; generic && words < MaxTitleWords; words++)
        {
            var w = p;
            while (w < len && char.IsLetter(_text[w]))
            {
                w++;
            }
            if (w == p)
            {
                break;
            }
            var q = SkipSpace(w);
            if (q < len && _text[q] == ',')
            {
                q = SkipSpace(q + 1);
            }
            if (q == w)
            {
                break;
            }
            if (YearOrDateAt(q) is not null)
            {
                titleEnd = w;
                break;
            }
            p = q;
        }
        if (titleEnd < 0)
        {
            foreach (var known in _knownTitles)
            {
                if (known.Type == type && MatchPhrase(j, known.Folded) is var e && e > 0)
                {
                    titleEnd = e;
                    break;
                }
            }
        }
        if (titleEnd < 0)
        {
            return null;
        }
        var title = VietnameseText.Normalize(_text[j..titleEnd]);
        if (!IsValidTitle(title))
        {
            return null;
        }
        // The year may follow a comma ("Luật Trẻ em, năm 2016"), as the title loop above allows: read it there too, so
        // the citation's span and reference include the year that made the title count.
        var suffixAt = SkipSpace(titleEnd);
        if (suffixAt < len && _text[suffixAt] == ',' && YearOrDateAt(SkipSpace(suffixAt + 1)) is not null)
        {
            suffixAt = SkipSpace(suffixAt + 1);
        }
        var suffix = YearOrDateAt(suffixAt);
        if (suffix is { Date: null, Year: null } bad)
        {
            return Error(LegalErrorCodes.DateInvalid, "The issue date is not a valid day/month/year.", bad.Start, bad.End - bad.Start, start, bad.End);
        }
        var reference = LegalReference.Named(type, title, suffix?.Date is null ? suffix?.Year : null, suffix?.Date);
        return new Outcome(start, suffix?.End ?? titleEnd, reference, null);
    }

    // "năm 2016" (year only) or "ngày 05 tháng 4 năm 2016" (date) at i; Date and Year both null means a malformed date.
    private (int Start, int End, int? Year, LocalDate? Date)? YearOrDateAt(int i)
    {
        var n = MatchPhrase(i, "nam");
        if (n > 0)
        {
            var y = SkipSpace(n);
            if (y + 4 <= _text.Length && IsFourDigitYear(y))
            {
                return (i, y + 4, int.Parse(_text.AsSpan(y, 4), provider: System.Globalization.CultureInfo.InvariantCulture), null);
            }
            return null;
        }
        if (ReadDateAfter(i) is { } d && d.Start >= i)
        {
            return (i, d.End, null, d.Date);
        }
        return null;
    }

    // After a number: optional comma, "ngày", then d/M/yyyy or "d tháng M năm yyyy". Null when no date follows.
    private (int Start, int End, LocalDate? Date)? ReadDateAfter(int from)
    {
        var p = SkipSpace(from);
        if (p < _text.Length && _text[p] == ',')
        {
            p = SkipSpace(p + 1);
        }
        var afterWord = MatchPhrase(p, "ngay");
        if (afterWord < 0)
        {
            return null;
        }
        var s = SkipSpace(afterWord);
        if (s >= _text.Length || !char.IsAsciiDigit(_text[s]))
        {
            return null;
        }
        var day = ReadSmallNumber(s, out var e);
        int month;
        var m = SkipInline(e);
        if (m < _text.Length && (_text[m] is '/' or '.' || VietnameseText.IsDash(_text[m])))
        {
            var separator = _text[m];
            month = ReadSmallNumber(SkipInline(m + 1), out e);
            var y = SkipInline(e);
            if (month < 0 || y >= _text.Length || _text[y] != separator)
            {
                return (p, Math.Max(e, s + 1), null);
            }
            e = SkipInline(y + 1);
        }
        else if (MatchPhrase(SkipSpace(e), "thang") is var t && t > 0)
        {
            month = ReadSmallNumber(SkipSpace(t), out e);
            var n = month < 0 ? -1 : MatchPhrase(SkipSpace(e), "nam");
            if (n < 0)
            {
                return (p, Math.Max(e, s + 1), null);
            }
            e = SkipSpace(n);
        }
        else
        {
            return (p, Math.Max(e, s + 1), null);
        }
        if (e + 4 > _text.Length || !IsFourDigitYear(e))
        {
            return (p, Math.Max(e, s + 1), null);
        }
        var year = int.Parse(_text.AsSpan(e, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
        var end = e + 4;
        if (day < 1 || month < 1 || month > 12 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return (p, end, null);
        }
        return (p, end, new LocalDate(year, month, day));
    }

    private int ReadSmallNumber(int i, out int end)
    {
        end = i;
        while (end < _text.Length && char.IsAsciiDigit(_text[end]) && end - i < 3)
        {
            end++;
        }
        if (end == i || end - i > 2 || (end < _text.Length && char.IsAsciiDigit(_text[end])))
        {
            return -1;
        }
        return int.Parse(_text.AsSpan(i, end - i), provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    private bool IsFourDigitYear(int i) =>
        char.IsAsciiDigit(_text[i]) && char.IsAsciiDigit(_text[i + 1]) && char.IsAsciiDigit(_text[i + 2]) && char.IsAsciiDigit(_text[i + 3])
        && _text[i] != '0'
        && (i + 4 == _text.Length || !char.IsLetterOrDigit(_text[i + 4]));

    private (List<string> Segments, List<char> Separators, int End)? ReadSymbol(int i)
    {
        var segments = new List<string>();
        var separators = new List<char>();
        var p = i;
        var end = i;
        while (ReadSymbolSegment(p) is { } segment)
        {
            segments.Add(segment.Segment);
            end = segment.End;
            var q = SkipInline(segment.End);
            if (q < _text.Length && (_text[q] == '/' || VietnameseText.IsDash(_text[q])))
            {
                var next = SkipInline(q + 1);
                if (ReadSymbolSegment(next) is not null)
                {
                    separators.Add(_text[q] == '/' ? '/' : '-');
                    p = next;
                    continue;
                }
            }
            break;
        }
        return segments.Count == 0 ? null : (segments, separators, end);
    }

    // An abbreviation segment: starts upper-case, letters/digits/&, at most one lower-case letter (TTg, CTr).
    private (string Segment, int End)? ReadSymbolSegment(int i)
    {
        if (i >= _text.Length || !char.IsUpper(_text[i]))
        {
            return null;
        }
        var p = i;
        var lower = 0;
        while (p < _text.Length && (char.IsLetterOrDigit(_text[p]) || _text[p] == '&') && p - i < 64)
        {
            if (char.IsLower(_text[p]))
            {
                lower++;
            }
            p++;
        }
        return lower > 1 ? null : (_text[i..p], p);
    }

    private static bool SplitSymbol(List<string> segments, List<char> separators, out (DocumentType Type, string Code)? code, out char separator, out string issuer)
    {
        code = null;
        separator = '-';
        if (DocumentType.TryFromCode(segments[0], out var kind))
        {
            if (segments.Count == 1)
            {
                issuer = string.Empty;
                return false;
            }
            code = (kind!, CanonicalCode(kind!, segments[0]));
            separator = separators[0];
            issuer = JoinSymbol(segments, separators, 1);
            return true;
        }
        issuer = JoinSymbol(segments, separators, 0);
        return true;
    }

    private static string JoinSymbol(List<string> segments, List<char> separators, int from)
    {
        var builder = new StringBuilder(segments[from]);
        for (var k = from + 1; k < segments.Count; k++)
        {
            builder.Append(separators[k - 1]).Append(segments[k]);
        }
        return builder.ToString();
    }

    private static string CanonicalCode(DocumentType type, string written)
    {
        var key = VietnameseText.ToMatchKey(written);
        return type.Codes.First(c => VietnameseText.ToMatchKey(c) == key);
    }

    private Keyword? MatchKeyword(int i, out int end)
    {
        end = -1;
        var first = _fold[i];
        foreach (var keyword in Keywords)
        {
            if (keyword.Folded[0] != first)
            {
                continue;
            }
            // "luật" inside "pháp luật" and lower-case "bộ luật" are ordinary words, not citations.
            if ((keyword.Type == DocumentType.Law || keyword.Type == DocumentType.Code) && !char.IsUpper(_text[i]))
            {
                continue;
            }
            var e = MatchPhrase(i, keyword.Folded);
            if (e > 0)
            {
                end = e;
                return keyword;
            }
        }
        return null;
    }

    // Matches a folded phrase at i: a space in the phrase matches any run of whitespace; a phrase ending in a letter must end a word.
    private int MatchPhrase(int i, string folded)
    {
        var j = i;
        foreach (var ch in folded)
        {
            if (ch == ' ')
            {
                if (j >= _text.Length || !char.IsWhiteSpace(_text[j]))
                {
                    return -1;
                }
                j = SkipSpace(j);
            }
            else
            {
                if (j >= _fold.Length || _fold[j] != ch)
                {
                    return -1;
                }
                j++;
            }
        }
        if (char.IsLetter(folded[^1]) && j < _text.Length && (char.IsLetterOrDigit(_text[j]) || char.GetUnicodeCategory(_text[j]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            return -1;
        }
        return j;
    }

    private Outcome? Fail(bool strict, string code, string message, int position, int length, int spanStart, int spanEnd) =>
        strict ? Error(code, message, position, length, spanStart, spanEnd) : null;

    private Outcome Error(string code, string message, int position, int length, int spanStart, int spanEnd)
    {
        position = Math.Min(position, _text.Length);
        length = Math.Min(length, _text.Length - position);
        return new Outcome(spanStart, Math.Max(spanEnd, spanStart), null, new ParseError(code, message, position, length, _text.Substring(position, length)));
    }

    private static Keyword[] BuildKeywords()
    {
        var keywords = DocumentType.List
            .Select(t => new Keyword(VietnameseText.FoldKeepingLength(t.VietnameseName), t, KeywordKind.TypeWord))
            .Append(new Keyword("van ban", null, KeywordKind.Generic))
            .Append(new Keyword("so hieu:", null, KeywordKind.Header))
            .Append(new Keyword("so:", null, KeywordKind.Header));
        // Longest first, so "thông tư liên tịch" wins over "thông tư" and "bộ luật" over "luật".
        return [.. keywords.OrderByDescending(k => k.Folded.Length).ThenBy(k => k.Folded, StringComparer.Ordinal)];
    }

    internal readonly record struct Outcome(int Start, int End, LegalReference? Reference, ParseError? Error);

    private sealed record Keyword(string Folded, DocumentType? Type, KeywordKind Kind);
}
