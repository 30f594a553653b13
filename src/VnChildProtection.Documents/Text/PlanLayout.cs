using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// The layout layer, run before any extraction: the text as a reader sees it (NFC, <c>\n</c> line breaks, no byte
/// order mark, no table-cell pipes of the site's header tables, hard-wrapped lines re-flowed into one line), with a
/// map from every character back to the characters of the original input that it came from, so that spans found in
/// the re-flowed text slice the original (NFD, CRLF and BOM included).
/// </summary>
/// <remarks>
/// <para>Published copies of plans are hard-wrapped at the site's column width, anywhere: inside a sentence, inside
/// <c>**…**</c> (<c>**V. TỔ CHỨC</c> / <c>THỰC HIỆN**</c>), inside a date (<c>ngày 19</c> / <c>tháng 11 năm
/// 2025</c>) or a name (<c>Thành phố Hồ</c> / <c>Chí Minh</c>). Paragraphs are separated by blank lines. A line
/// break between two non-blank lines is therefore read as a wrap and becomes a space, unless the next line starts a
/// block of its own (a list or heading marker, <c>Số:</c>, <c>Căn cứ</c>, the national motto, <c>Nơi nhận</c>, a
/// signing title), either line is a rule (<c>-------</c>), the line is <c>KẾ HOẠCH</c> or a signing title, or the
/// line ends a sentence (<c>.</c>, <c>!</c>, <c>?</c>; <c>;</c> and <c>:</c> unless the next line goes on in lower
/// case).</para>
/// <para>A line made only of pipes (<c>|</c>: the cell borders of a header table copied from a web page) is a
/// paragraph break. Pipe tables (<c>| a | b |</c>) are kept as they are.</para>
/// </remarks>
internal sealed partial class PlanLayout
{
    private readonly int[] starts;
    private readonly int[] ends;

    private PlanLayout(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /// <summary>The input as given.</summary>
    public string Original { get; }

    /// <summary>The re-flowed text the extractors read.</summary>
    public string Text { get; }

    /// <summary>Whether the re-flowed text is the original (nothing to map).</summary>
    public bool IsIdentity => ReferenceEquals(Text, Original);

    public static PlanLayout Read(string original)
    {
        // 1. Units: NFC text elements with the original range each came from; CRLF and CR become LF, BOMs go.
        var chars = new List<char>(original.Length);
        var from = new List<int>(original.Length);
        var to = new List<int>(original.Length);
        // Text elements are measured on the span: a string per element (the enumerator's) made a plan of 5 MB
        // allocate hundreds of megabytes; only elements that may change under NFC are copied out.
        for (var at = 0; at < original.Length;)
        {
            var length = Math.Max(1, StringInfo.GetNextTextElementLength(original.AsSpan(at)));
            if (length == 1 && original[at] is var single && (single < '\u0300' || single is >= '\u1E00' and <= '\u1EFF') && single != '\r')
            {
                // Below the combining marks, and the precomposed Vietnamese letters: NFC leaves them as they are.
                chars.Add(single);
                from.Add(at);
                to.Add(at + 1);
                at++;
                continue;
            }
            var element = original.Substring(at, length);
            string normal;
            if (element is "\r\n" or "\r")
            {
                normal = "\n";
            }
            else if (element == "\uFEFF")
            {
                at += length;
                continue;
            }
            else
            {
                normal = PlanParagraph.Nfc(element);
            }
            foreach (var c in normal)
            {
                chars.Add(c);
                from.Add(at);
                to.Add(at + element.Length);
            }
            at += length;
        }

        // 2. Lines of units.
        var lines = new List<(int Start, int End)>();
        var lineStart = 0;
        for (var i = 0; i <= chars.Count; i++)
        {
            if (i == chars.Count || chars[i] == '\n')
            {
                lines.Add((lineStart, i));
                lineStart = i + 1;
            }
        }
        var texts = lines.Select(l => new string(chars.GetRange(l.Start, l.End - l.Start).ToArray())).ToArray();
        var blank = texts.Select(t => t.Trim().Length == 0 || (t.Contains('|', StringComparison.Ordinal) && t.All(c => c == '|' || char.IsWhiteSpace(c)))).ToArray();

        // 3. Emit: pipe-only lines become empty, wraps become one space.
        var text = new StringBuilder(chars.Count);
        var starts = new List<int>(chars.Count);
        var ends = new List<int>(chars.Count);
        void Emit(char c, int index)
        {
            text.Append(c);
            starts.Add(from[index]);
            ends.Add(to[index]);
        }
        for (var k = 0; k < lines.Count; k++)
        {
            var (start, end) = lines[k];
            if (!blank[k])
            {
                var first = start;
                if (k > 0 && text.Length > 0 && text[^1] == ' ')
                {
                    // A joined line: its indentation is not content.
                    while (first < end && char.IsWhiteSpace(chars[first]))
                    {
                        first++;
                    }
                }
                var last = end;
                var joinsNext = k + 1 < lines.Count && !blank[k + 1] && IsWrap(texts[k], texts[k + 1]);
                if (joinsNext)
                {
                    while (last > first && char.IsWhiteSpace(chars[last - 1]))
                    {
                        last--;
                    }
                }
                for (var i = first; i < last; i++)
                {
                    Emit(chars[i], i);
                }
                if (k + 1 < lines.Count)
                {
                    Emit(joinsNext ? ' ' : '\n', end);
                }
            }
            else if (k + 1 < lines.Count)
            {
                Emit('\n', end);
            }
        }
        var flowed = text.ToString();
        if (string.Equals(flowed, original, StringComparison.Ordinal))
        {
            return new PlanLayout(original, original, [], []);
        }
        return new PlanLayout(original, flowed, starts.ToArray(), ends.ToArray());
    }

    /// <summary>Whether the break between <paramref name="line"/> and <paramref name="next"/> is a hard wrap.</summary>
    internal static bool IsWrap(string line, string next)
    {
        var end = TrailingMarks().Replace(LeadingMarks().Replace(line, ""), "");
        var start = LeadingMarks().Replace(next, "").TrimEnd();
        // A line of emphasis marks only (the "**" closing a wrapped bold run) belongs to its neighbours; a line that is
        // only a label ("**I.", "*2.3.") was wrapped right after the label.
        if ((end.Length == 0 && line.Trim().Length > 0) || (start.Length == 0 && next.Trim().Length > 0 && !next.Contains('|', StringComparison.Ordinal)))
        {
            return true;
        }
        if (LabelOnly().IsMatch(end) && start.Length > 0 && !BlockStart().IsMatch(start))
        {
            return true;
        }
        // A word that needs the number after it ("ngày 19" / "tháng 11) …", "số" / "57-NQ/TW"): the next line goes on,
        // whatever it looks like.
        if (NeedsNumber().IsMatch(end) && start.Length > 0 && char.IsAsciiDigit(start[0]))
        {
            return true;
        }
        if (end.Length == 0 || start.Length == 0 || Rule().IsMatch(end) || Rule().IsMatch(start)
            || BlockStart().IsMatch(start) || SigningTitle().IsMatch(end)
            || string.Equals(end, "KẾ HOẠCH", StringComparison.OrdinalIgnoreCase) || (end.Contains('|', StringComparison.Ordinal) && next.TrimStart().StartsWith('|')))
        {
            return false;
        }
        var last = end[^1];
        if (last is '.' or '!' or '?' or '…')
        {
            return false;
        }
        if (last is ';' or ':')
        {
            return char.IsLower(start[0]);
        }
        return true;
    }

    /// <summary>The offset in the original text of re-flowed offset <paramref name="offset"/> (0 … length).</summary>
    public int ToOriginal(int offset) =>
        IsIdentity ? offset : offset >= starts.Length ? Original.Length : starts[offset];

    /// <summary>The span of the original text that re-flowed span <paramref name="span"/> came from.</summary>
    public SourceSpan Map(SourceSpan span, SourceText original)
    {
        if (IsIdentity)
        {
            return span;
        }
        var start = ToOriginal(span.Start);
        var end = span.Length == 0 ? start : Math.Max(start, ends[Math.Min(span.Start + span.Length, ends.Length) - 1]);
        return SourceSpan.In(original, start, Math.Min(end, Original.Length) - start);
    }

    /// <summary>The import result with every span moved from the re-flowed text to the original.</summary>
    public PlanImportResult Map(PlanImportResult result)
    {
        if (IsIdentity)
        {
            return result;
        }
        var original = new SourceText(Original);
        SourceSpan? M(SourceSpan? span) => span is null ? null : Map(span, original);
        var plan = result.Plan;
        plan = plan with
        {
            Header = plan.Header with { NumberSource = M(plan.Header.NumberSource), DateSource = M(plan.Header.DateSource) },
            LegalBases = plan.LegalBases.Select(c => c with { Source = M(c.Source) }).ToValueList(),
            References = plan.References.Select(c => c with { Source = M(c.Source) }).ToValueList(),
            Sections = plan.Sections.Select(s => s with { Source = M(s.Source) }).ToValueList(),
            Objectives = plan.Objectives.Select(o => o with { Source = M(o.Source) }).ToValueList(),
            Indicators = plan.Indicators.Select(i => i with
            {
                Source = M(i.Source),
                Targets = i.Targets.Select(t => t with { Source = M(t.Source) }).ToValueList(),
            }).ToValueList(),
            Tasks = plan.Tasks.Select(t => t with { Source = M(t.Source) }).ToValueList(),
            Responsibilities = plan.Responsibilities.Select(r => r with { Source = M(r.Source) }).ToValueList(),
            Budget = plan.Budget.Select(b => b with { Source = M(b.Source) }).ToValueList(),
            Reporting = plan.Reporting.Select(d => d with { Source = M(d.Source) }).ToValueList(),
            Units = plan.Units.Select(u => u with { Source = M(u.Source) }).ToValueList(),
        };
        return result with
        {
            Plan = plan,
            Source = original,
            Diagnostics = result.Diagnostics.Select(d => new ImportDiagnostic(d.Code, d.Message, d.MessageVietnamese, Map(d.Source, original))).ToValueList(),
        };
    }

    [GeneratedRegex(@"^[\s#>*_]+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarks();

    [GeneratedRegex(@"[\s*_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingMarks();

    [GeneratedRegex(@"^(?:[IVX]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[\.\)]$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelOnly();

    [GeneratedRegex(@"(?:^|\s)(?:ngày|tháng|năm|số|Điều|khoản|điểm|mục|đạt|là|và)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NeedsNumber();

    [GeneratedRegex(@"^[-_=–—\s]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    // A list or heading marker, or a line that opens a block of the header or the signature.
    [GeneratedRegex(@"^(?:[-+•–]\s|\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,3}[\.\)]\s|[a-zđ][\.\)]\s|[IVX]{1,6}[\.\)]\s|Nơi nhận|KT\.|TM\.|Q\.\s|Số\s*:|CỘNG H[ÒO]À|Độc lập\s*-|Căn cứ|Kính gửi|\|)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(?:KT\.|TM\.|Q\.)|^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)$", RegexOptions.CultureInvariant)]
    private static partial Regex SigningTitle();
}
