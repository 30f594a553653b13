using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Plans;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// One duty to report to a named body inside a sentence: the verb <c>báo cáo</c>, the recipient after it (directly,
/// <c>báo cáo UBND tỉnh</c>, or after <c>về</c>, <c>gửi</c>, <c>cho</c>, <c>lên</c>: <c>báo cáo kết quả về Sở Y tế</c>)
/// and the body it goes through (<c>(qua Sở Nội vụ)</c>, <c>thông qua Sở Khoa học và Công nghệ</c>).
/// </summary>
/// <remarks>
/// Raising difficulties (<c>báo cáo … khó khăn, vướng mắc</c>, <c>để xem xét, chỉ đạo giải quyết</c>) and proposals
/// (<c>đề xuất …, báo cáo UBND tỉnh bổ sung kinh phí</c>) are escalations, not reports of results, and are not duties.
/// A recipient is a name the agency registry finds, or a capitalised name that starts like a body (<c>Cục</c>,
/// <c>Ban</c>, <c>Trung tâm</c>, <c>Chính phủ</c> …); a list of them (<c>Bộ Khoa học và Công nghệ, Ủy ban nhân dân
/// tỉnh</c>) is one recipient text.
/// </remarks>
internal sealed partial class ReportDuty
{
    private ReportDuty(int start, int end, int verb, string recipient, string? via)
    {
        Start = start;
        End = end;
        VerbAt = verb;
        Recipient = recipient;
        Via = via;
    }

    /// <summary>Where the duty starts in the sentence (the verb).</summary>
    public int Start { get; }

    /// <summary>Where the duty ends in the sentence (after the recipient and the via body).</summary>
    public int End { get; }

    private int VerbAt { get; }

    public string Recipient { get; }

    public string? Via { get; }

    /// <summary>Whether a dated deadline of the sentence took this duty's recipient.</summary>
    public bool Used { get; private set; }

    public PlanReportingDeadline ApplyTo(PlanReportingDeadline deadline)
    {
        Used = true;
        return deadline with { Recipient = Recipient, Via = Via };
    }

    /// <summary>The duty whose verb is nearest to <paramref name="position"/> (a date), used or not: "ngày 20/5 và 20/11 … báo cáo … về Sở …" gives both dates the same recipient.</summary>
    public static ReportDuty? Nearest(IReadOnlyList<ReportDuty> duties, int position) =>
        duties.OrderBy(d => Math.Abs(d.VerbAt - position)).FirstOrDefault();

    public static IReadOnlyList<ReportDuty> FindIn(AgencyRegistry agencies, string sentence)
    {
        var verbs = Verb().Matches(sentence).Select(m => (m.Index, End: m.Index + m.Length)).ToArray();
        if (verbs.Length == 0)
        {
            return [];
        }
        var mentions = agencies.FindMentions(sentence);
        var duties = new List<ReportDuty>();
        for (var k = 0; k < verbs.Length; k++)
        {
            var windowEnd = Math.Min(k + 1 < verbs.Length ? verbs[k + 1].Index : sentence.Length, verbs[k].End + 160);
            if (FindRecipient(sentence, mentions, verbs[k].End, windowEnd) is not { } recipient)
            {
                continue;
            }
            var clauseStart = Math.Max(sentence.LastIndexOfAny([';', '.'], Math.Max(0, verbs[k].Index - 1)) + 1, 0);
            var clauseEnd = sentence.IndexOfAny([';'], recipient.End);
            var clause = sentence[clauseStart..(clauseEnd < 0 ? sentence.Length : clauseEnd)];
            if (Escalation().IsMatch(clause))
            {
                continue;
            }
            var end = recipient.End;
            string? via = null;
            // "(qua Sở Nội vụ)" right after the recipient, or "… kết quả thực hiện thông qua Sở Khoa học và Công nghệ" later in the clause.
            var viaMatch = ViaCue().Match(sentence, end);
            if (viaMatch.Success && viaMatch.Index - end <= 60 && sentence.IndexOfAny([';', '.'], end, viaMatch.Index - end) < 0)
            {
                if (BodyAt(sentence, mentions, viaMatch.Index + viaMatch.Length, sentence.Length) is { } body)
                {
                    via = sentence[body.Start..body.End].Trim();
                    end = body.End;
                    if (viaMatch.Value.TrimStart().StartsWith('(') && end < sentence.Length && sentence[end] == ')')
                    {
                        end++;
                    }
                }
            }
            duties.Add(new ReportDuty(verbs[k].Index, end, verbs[k].Index, sentence[recipient.Start..recipient.End].Trim(), via));
        }
        return duties;
    }

    private static (int Start, int End)? FindRecipient(string sentence, IReadOnlyList<AgencyMention> mentions, int from, int to)
    {
        // Directly after the verb, or after a word that introduces the recipient; other words (kết quả, tình hình,
        // ngay) may come between.
        foreach (Match cue in RecipientCue().Matches(sentence[..to], from))
        {
            var at = cue.Index + cue.Length;
            if (cue.Index != from && !cue.Value.Trim().Any(char.IsLetter))
            {
                continue;
            }
            if (BodyAt(sentence, mentions, at, to) is { } body)
            {
                return body;
            }
            if (cue.Index == from && at < to && char.IsUpper(sentence[at]))
            {
                return null;
            }
        }
        return null;
    }

    // A body (or a list of bodies) starting at `at`: registry names, or a capitalised name that starts like a body.
    private static (int Start, int End)? BodyAt(string sentence, IReadOnlyList<AgencyMention> mentions, int at, int to)
    {
        if (at >= sentence.Length || !char.IsUpper(sentence[at]))
        {
            return null;
        }
        var end = OneBodyAt(sentence, mentions, at, to);
        if (end < 0)
        {
            return null;
        }
        while (true)
        {
            var joiner = ListJoiner().Match(sentence, end);
            if (!joiner.Success || joiner.Index != end)
            {
                break;
            }
            var next = OneBodyAt(sentence, mentions, end + joiner.Length, to);
            if (next < 0)
            {
                break;
            }
            end = next;
        }
        return (at, end);
    }

    private static int OneBodyAt(string sentence, IReadOnlyList<AgencyMention> mentions, int at, int to)
    {
        if (at >= sentence.Length || !char.IsUpper(sentence[at]))
        {
            return -1;
        }
        var mention = mentions.Where(m => m.Start == at).OrderByDescending(m => m.Length).FirstOrDefault();
        if (mention is not null)
        {
            var end = at + mention.Length;
            // A place after the name stays with it: "Sở Y tế tỉnh Hà Tĩnh", "Ủy ban nhân dân Thành phố".
            var place = PlaceAfter().Match(sentence, end);
            return place.Success && place.Index == end ? end + place.Length : end;
        }
        var head = BodyHead().Match(sentence, at);
        if (!head.Success || head.Index != at)
        {
            return -1;
        }
        // "về" ends "Hội đồng nhân dân cùng cấp về thực hiện quyền trẻ em" but belongs to the names of steering
        // committees and departments: "Ban Chỉ đạo về phát triển khoa học …", "Cục … về trật tự xã hội".
        var named = head.Value is "Ban" or "Cục" or "Tổng cục" or "Chi cục";
        var stop = (named ? NamedBodyStop() : BodyStop()).Match(sentence, at + head.Length);
        var limit = stop.Success ? stop.Index : sentence.Length;
        return Math.Min(limit, Math.Min(to, at + 120));
    }

    [GeneratedRegex(@"(?<![\p{L}])báo cáo(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    // Empty at the verb's end (the recipient follows at once), or a word that introduces the recipient.
    [GeneratedRegex(@"\s+(?:[\p{Ll}\d’'/]+,?\s+){0,8}?(?:về|gửi(?:\s+về)?|cho|lên|tới|đến)\s+|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex RecipientCue();

    [GeneratedRegex(@"\s*(?:,|\bvà\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoiner();

    [GeneratedRegex(@"\s*\(?\s*(?:gửi\s+)?(?:thông qua|qua)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ViaCue();

    [GeneratedRegex(@"\s+(?:(?:tỉnh|thành phố|Tỉnh|Thành phố)(?:\s+\p{Lu}[\p{L}]*)*|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfter();

    [GeneratedRegex(@"(?:Ủy ban|Uỷ ban|UBND|Bộ|Sở|Cục|Chi cục|Tổng cục|Ban|Trung tâm|Văn phòng|Phòng|Hội đồng|Thường trực|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Chính phủ|Thủ tướng|Quốc hội|Công an|Đài|Báo|Viện|Kho bạc|Ngân hàng|Bảo hiểm|Hội|Đoàn|Liên đoàn|Mặt trận|Cơ quan Thường trực)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex BodyHead();

    // Where a name not in the registry ends: punctuation, or a word that goes on with the duty.
    [GeneratedRegex(@"\s*[(;:.,]|\s+(?:để|về|trước|kết quả|về việc|theo|khi|định kỳ|hằng|hàng|chậm nhất|trong|tổng hợp|xem xét|bằng|và các|qua|thông qua|-\s)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStop();

    [GeneratedRegex(@"\s*[(;:.]|,\s*(?!\p{Ll})|\s+(?:để|trước|kết quả|về việc|theo|khi|định kỳ|hằng|hàng|chậm nhất|trong|tổng hợp|xem xét|bằng|và các|qua|thông qua|-\s)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex NamedBodyStop();

    [GeneratedRegex(@"khó khăn|vướng mắc|phản ánh|đề xuất|đề nghị bổ sung|xem xét,? (?:quyết định|chỉ đạo)|chỉ đạo giải quyết|giải quyết theo thẩm quyền|cấp có thẩm quyền|phê duyệt", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Escalation();
}
