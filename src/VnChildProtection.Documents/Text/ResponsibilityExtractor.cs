using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Reads the organisation of implementation (<i>tổ chức thực hiện</i>): agency headings (<c>1. Sở Lao động - Thương
/// binh và Xã hội</c>, <c>**6. Sở Tài chính:** …</c>, <c>2.16. Đài …; Báo An Giang</c>) and, under each, the sentences
/// that give a role for indicators by number (<c>chủ trì … các chỉ tiêu 1, 2, 8</c>, <c>phối hợp … chỉ tiêu 13, chỉ
/// tiêu 14</c>, <c>góp phần … các chỉ tiêu 8, 9, 10, 13</c>) or for a task.
/// </summary>
/// <remarks>
/// The role of an indicator list is the first role verb of its clause (text since the last <c>;</c>), else of its
/// sentence; <c>góp phần</c> anywhere before the list makes it a contribution. A list with no role verb
/// (<c>Triển khai thực hiện các chỉ tiêu 7, 15 …</c>, seed 002) is read as lead: those sentences assign exactly the
/// indicators a department leads under Decision 23/QĐ-TTg.
/// </remarks>
internal static partial class ResponsibilityExtractor
{
    /// <summary>An agency as named in the plan, with the registry id it resolved to (null when it did not).</summary>
    private sealed record Named(string Text, string? Id);

    public static ValueList<AgencyResponsibility> Read(ImportContext context, AgencyRegistry registry)
    {
        var result = new List<AgencyResponsibility>();
        foreach (var (first, end) in context.Outline.AssignmentRanges())
        {
            IReadOnlyList<Named> current = [];
            var headingWithColon = false;
            for (var i = first; i < end; i++)
            {
                var paragraph = context.Paragraphs[i];
                var text = paragraph.Clean;
                var bodyStart = 0;
                var isHeading = false;
                IReadOnlyList<Named> named = [];
                if (HeadingLabel().Match(text) is { Success: true } label)
                {
                    isHeading = true;
                    var head = label.Groups["head"];
                    var colon = text.IndexOf(':', head.Index);
                    var headEnd = colon > 0 && colon - head.Index < 200 ? colon : FirstRoleVerb(text, head.Index) ?? text.Length;
                    named = Leading(registry, text, head.Index, headEnd);
                    // "1. Sở Công Thương:" or "3. Sở Y tế" alone: a body the registry does not know, named before the colon
                    // or as the whole heading, is kept by name too.
                    var verb = FirstRoleVerb(text, head.Index);
                    int? nameEnd = colon > 0 && colon - head.Index < 200 && (verb is null || colon < verb) ? colon
                        : verb ?? (text.Length - head.Index <= 120 && !text.EndsWith('.') ? text.Length : null);
                    if (named.Count == 0 && !label.Groups["letter"].Success && nameEnd is { } verbAt
                        && Unresolved(text[head.Index..verbAt]) is { } unknown)
                    {
                        // "1. Công an phường phối hợp …": a body the registry does not know is kept by name and reported.
                        named = [unknown];
                        context.Report("IMPORT-AGENCY-UNKNOWN", $"'{unknown.Text}' is not an agency of the registry; its responsibility is kept without an id.",
                            $"'{unknown.Text}' không có trong danh mục cơ quan; nhiệm vụ của cơ quan này được giữ lại nhưng không có mã.",
                            paragraph.Span(context.Source, head.Index, unknown.Text.Length));
                    }
                    // A lettered item (a), b)) continues the agency above unless it names another one.
                    if (named.Count > 0 || !label.Groups["letter"].Success)
                    {
                        current = named;
                    }
                    bodyStart = named.Count > 0 && colon > 0 && colon == headEnd ? colon + 1 : 0;
                }
                // "Đề nghị Đoàn TNCS Hồ Chí Minh tỉnh chủ trì …" names its own agency (seed 003, under item 13); so does a
                // dash item that opens with a body ("- Sở Nội vụ hướng dẫn …", "Giao Công an tỉnh chủ trì …").
                var subjects = current;
                if (current.Count == 0 && DashSubject().Match(text) is { Success: true } dash && Leading(registry, text, dash.Groups["rest"].Index, text.Length) is { Count: > 0 } opening)
                {
                    subjects = opening;
                }
                if (OwnSubject().Match(text) is { Success: true } own)
                {
                    var verb = FirstRoleVerb(text, own.Groups["rest"].Index);
                    var local = verb is { } v ? Leading(registry, text, own.Groups["rest"].Index, v) : new List<Named>();
                    if (local.Count > 0)
                    {
                        subjects = local;
                    }
                }
                if (subjects.Count == 0)
                {
                    headingWithColon = false;
                    continue;
                }
                Read(context, paragraph, bodyStart, subjects, result, headingWithColon && !isHeading);
                headingWithColon = isHeading && named.Count > 0 && text.TrimEnd().EndsWith(':');
            }
        }
        return result.ToValueList();
    }

    private static void Read(ImportContext context, PlanParagraph paragraph, int bodyStart, IReadOnlyList<Named> agencies, List<AgencyResponsibility> result, bool dutyFollows)
    {
        var text = paragraph.Clean;
        var lists = IndicatorList().Matches(text).Where(m => m.Index >= bodyStart).ToArray();
        if (lists.Length == 0)
        {
            var roles = ResponsibilityRole.FindIn(text[bodyStart..]);
            var task = text[bodyStart..].Trim().TrimStart('-', '–', '+', '•', ' ').Trim();
            // Without a role word, only a duty listed under the body's heading is its own task: a dash item, or the
            // paragraph right after a heading that ends with its colon ("5. Sở Khoa học và Công nghệ:" / "Chỉ đạo …").
            if (task.Length == 0 || (roles.Count == 0 && !dutyFollows && !DutyItem().IsMatch(text[bodyStart..])))
            {
                return;
            }
            foreach (var agency in agencies)
            {
                // A duty given to a body without a role word ("- Bảo đảm an ninh, trật tự …") is its own task: lead.
                Add(context, result, agency, roles.Count > 0 ? roles[0] : ResponsibilityRole.Lead, ValueList<int>.Empty, task.Length > 300 ? task[..300] : task,
                    paragraph.Span(context.Source), roles.Count > 0 ? 0.6 : 0.5,
                    roles.Count > 0 ? "task responsibility: first role verb of the paragraph" : "task responsibility without a role word: read as lead");
            }
            return;
        }
        foreach (var list in lists)
        {
            var numbers = Numbers(list.Groups["list"].Value);
            if (numbers.Count == 0)
            {
                continue;
            }
            var (role, confidence, reason) = RoleFor(text, bodyStart, list.Index);
            var sentenceStart = SentenceStart(text, bodyStart, list.Index);
            var span = paragraph.Span(context.Source, sentenceStart, list.Index + list.Length - sentenceStart);
            foreach (var agency in agencies)
            {
                Add(context, result, agency, role, numbers, null, span, confidence, reason);
            }
        }
    }

    private static void Add(ImportContext context, List<AgencyResponsibility> result, Named agency, ResponsibilityRole role, ValueList<int> indicators,
        string? task, SourceSpan span, double confidence, string reason)
    {
        context.Rate(string.Create(CultureInfo.InvariantCulture, $"$.responsibilities[{result.Count}]"), agency.Id is null ? confidence / 2 : confidence, reason);
        result.Add(new AgencyResponsibility
        {
            Agency = agency.Text,
            AgencyId = agency.Id,
            Role = role,
            Indicators = indicators,
            Task = task,
            Source = span,
        });
    }

    private static (ResponsibilityRole Role, double Confidence, string Reason) RoleFor(string text, int bodyStart, int listStart)
    {
        var sentence = SentenceStart(text, bodyStart, listStart);
        var clause = Math.Max(sentence, text.LastIndexOf(';', Math.Max(0, listStart - 1)) + 1);
        var inSentence = ResponsibilityRole.FindIn(text[sentence..listStart]);
        if (inSentence.Contains(ResponsibilityRole.Contribute))
        {
            return (ResponsibilityRole.Contribute, 0.9, "'góp phần' before the indicator list");
        }
        var inClause = ResponsibilityRole.FindIn(text[clause..listStart]);
        if (inClause.Count > 0)
        {
            return (inClause[0], 0.95, "first role verb of the clause");
        }
        if (inSentence.Count > 0)
        {
            return (inSentence[0], 0.85, "first role verb of the sentence");
        }
        return (ResponsibilityRole.Lead, 0.75, "no role verb: an assignment by indicator number is read as lead");
    }

    private static int SentenceStart(string text, int bodyStart, int before)
    {
        var start = bodyStart;
        for (var i = Math.Min(before, text.Length) - 1; i > bodyStart; i--)
        {
            if (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' ' && !char.IsAsciiDigit(text[i - 1]))
            {
                start = i + 1;
                break;
            }
        }
        while (start < text.Length && (text[start] == ' ' || text[start] == '-' || text[start] == '–'))
        {
            start++;
        }
        return Math.Min(start, before);
    }

    private static int? FirstRoleVerb(string text, int from)
    {
        var match = RoleVerb().Match(text, Math.Min(from, text.Length));
        return match.Success ? match.Index : null;
    }

    // The agencies a heading names: mentions from its start, each following the previous after a separator only.
    private static List<Named> Leading(AgencyRegistry registry, string text, int start, int end)
    {
        var result = new List<Named>();
        if (end <= start)
        {
            return result;
        }
        var head = text[start..end];
        var skip = LeadingRequest().Match(head);
        var offset = skip.Success ? skip.Length : 0;
        var mentions = registry.FindMentions(head[offset..]);
        var expected = 0;
        foreach (var mention in mentions)
        {
            var gap = head[offset..].Substring(expected, Math.Max(0, mention.Start - expected));
            if (mention.Start < expected || (result.Count == 0 ? gap.Trim().Length > 0 : !Separator().IsMatch(gap)))
            {
                break;
            }
            result.Add(new Named(mention.Text, mention.Kind.Id));
            expected = mention.Start + mention.Length;
        }
        return result;
    }

    // A capitalised name of two to eight words before the role verb, with no sentence punctuation.
    private static Named? Unresolved(string head)
    {
        var name = LeadingRequest().Replace(head, "").Trim().TrimEnd(':', ',').Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A class of bodies ("Các sở, ban, ngành", "Doanh nghiệp, cộng đồng") is no body.
        return words.Length is >= 2 and <= 12 && char.IsUpper(name[0]) && !name.Any(c => c is '.' or ';' or ',' or '(')
            && !ClassOfBodies().IsMatch(name) && BodyWord().IsMatch(name)
            ? new Named(name, null)
            : null;
    }

    private static ValueList<int> Numbers(string list)
    {
        var numbers = new List<int>();
        foreach (Match part in ListPart().Matches(list))
        {
            var from = int.Parse(part.Groups["from"].Value, CultureInfo.InvariantCulture);
            var to = part.Groups["to"].Success ? int.Parse(part.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
            if (from < 1 || to < from || to - from > 50)
            {
                continue;
            }
            for (var n = from; n <= to; n++)
            {
                if (!numbers.Contains(n))
                {
                    numbers.Add(n);
                }
            }
        }
        return numbers.ToValueList();
    }

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\s?\d{1,2})*\s*[.)]|(?<letter>[a-zđ]\)))\s*(?<head>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLabel();

    [GeneratedRegex(@"^(?:[-–+•]\s*)?Đề nghị\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnSubject();

    [GeneratedRegex(@"^\s*[-–+•]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex DutyItem();

    [GeneratedRegex(@"^(?:[-–+•]\s*)(?<rest>\S.*)$|^(?:Giao|Khuyến khích)\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashSubject();

    // Names of bodies start with what they are: a department, board, committee, company, newspaper, association, court….
    [GeneratedRegex(@"^(?:Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|Công an|Công ty|Tổng công ty|Báo|Đài|Hội|Liên đoàn|Liên hiệp|Liên minh|Hiệp hội|Trung tâm|Văn phòng|Viện|Tòa án|Toà án|Kho bạc|Ngân hàng|Chi cục|Cục|Kiểm toán|Thuế|Đoàn|Tỉnh đoàn|Thành đoàn|Hội đồng|Quỹ|Cổng|Trường|Bệnh viện|Chi nhánh|Bộ đội|Bộ Chỉ huy|Phòng|Trạm|Thanh tra|Điện lực)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyWord();

    [GeneratedRegex(@"^(?:Các|Tất cả|Những|Mọi|Doanh nghiệp|Cơ quan|Đơn vị)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClassOfBodies();

    [GeneratedRegex(@"^\s*(?:Đề nghị|De nghi|Giao|Khuyến khích)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingRequest();

    [GeneratedRegex(@"^\s*(?:,|;|và|-|–)?\s*(?:,|;|và)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\b(?:chủ trì|phối hợp|góp phần)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleVerb();

    [GeneratedRegex(@"(?:các\s+)?ch[ỉi]\s+ti[êe]u\s+(?:số\s+)?(?<list>\d{1,2}(?:\s*(?:,|và|-|–|đến)\s*(?:ch[ỉi]\s+ti[êe]u\s+)?\d{1,2})*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorList();

    [GeneratedRegex(@"(?<from>\d{1,2})(?:\s*(?:-|–|đến)\s*(?<to>\d{1,2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex ListPart();
}
