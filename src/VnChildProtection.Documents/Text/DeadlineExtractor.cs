using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Reads reporting deadlines from the sentences that speak of reports (<c>báo cáo</c>), in the reporting section and
/// elsewhere: <c>trước ngày 20/5</c>, <c>ngày 20/5 và 20/11</c>, <c>trước ngày 16 tháng 12 năm 2025</c>, with the report
/// named next to the date (<c>báo cáo 6 tháng</c>, <c>(đối với báo cáo năm)</c>) and the tier of who reports.
/// </summary>
/// <remarks>
/// Tiers: a sentence in which units (provincial sectors, districts) send reports to the lead department or the
/// province gives tier 2, the tier below the department that consolidates them; the consolidation step
/// (<c>… để tổng hợp báo cáo Bộ … và UBND tỉnh trước ngày 25/5</c>) gives tier 3; reports of communes only give
/// tier 1; a ministry's report to the Government tier 4. A date joined to the previous one by <c>và</c> without a
/// new recipient keeps its tier. Dates inside citations (<c>Công văn số 2805/LĐTBXH-TE ngày 15/7/2019</c>) are not
/// deadlines. Relative deadlines (<c>trong thời hạn 10 ngày kể từ …</c>, <c>trong vòng 12 giờ</c>, <c>chậm nhất sau 05
/// ngày làm việc kể từ …</c>) get their typed time limit and the event they count from, with a diagnostic since their
/// due date depends on that event.
/// </remarks>
internal static partial class DeadlineExtractor
{
    public static ValueList<PlanReportingDeadline> Read(ImportContext context, AgencyRegistry agencies)
    {
        var result = new List<PlanReportingDeadline>();
        for (var i = context.Outline.BodyStart; i < context.Outline.BodyEnd; i++)
        {
            var paragraph = context.Paragraphs[i];
            var text = paragraph.Clean;
            if (!text.Contains("báo cáo", StringComparison.OrdinalIgnoreCase) && !text.Contains("bao cao", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var kind = context.Outline.KindAt(i);
            var pending = new List<PendingDuty>();
            foreach (var sentence in Sentences(text))
            {
                ReadSentence(context, agencies, paragraph, text, sentence.Start, sentence.End, kind, result, pending);
            }
            // Duties to report to a body with no date of their own ("tổng hợp, báo cáo UBND tỉnh"), kept undated.
            foreach (var duty in pending)
            {
                context.Rate(string.Create(CultureInfo.InvariantCulture, $"$.reporting[{result.Count}]"), 0.7, "reporting duty with a recipient and no date");
                result.Add(duty.Deadline);
            }
        }
        return result.ToValueList();
    }

    private static void ReadSentence(ImportContext context, AgencyRegistry agencies, PlanParagraph paragraph, string text, int start, int end, SectionKind kind, List<PlanReportingDeadline> result, List<PendingDuty> pending)
    {
        var sentence = text[start..end];
        if (!sentence.Contains("báo cáo", StringComparison.OrdinalIgnoreCase) && !sentence.Contains("bao cao", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var inReporting = kind == SectionKind.Reporting;
        var duties = ReportDuty.FindIn(agencies, sentence);
        // Dates given in a sentence of their own ("Thời gian gửi báo cáo 6 tháng vào ngày 20/5, báo cáo năm vào ngày
        // 15/11.") are those of the report the sentence before sent to a body.
        var carried = duties.Count == 0 && pending.Count > 0 ? pending[0] : null;
        var carriedUsed = false;
        PlanReportingDeadline Carry(PlanReportingDeadline deadline)
        {
            if (carried is null)
            {
                return deadline;
            }
            carriedUsed = true;
            return deadline with { Recipient = carried.Deadline.Recipient, Via = carried.Deadline.Via };
        }
        var previousEnd = 0;
        ReportingTier? previousTier = null;
        foreach (Match date in DateExpression().Matches(sentence))
        {
            var before = sentence[..date.Index];
            if (CitationBefore().IsMatch(before))
            {
                previousEnd = date.Index + date.Length;
                continue;
            }
            var segment = sentence[previousEnd..date.Index];
            var joined = previousTier is not null && !RecipientCue().IsMatch(segment) && !segment.Contains("tổng hợp", StringComparison.OrdinalIgnoreCase);
            var tier = joined ? previousTier! : TierOf(sentence[..date.Index], segment);
            var report = ReportAfter(sentence, date.Index + date.Length) ?? ReportBefore(segment);
            // A periodicity written before the date makes it the annual report: "định kỳ hằng năm (trước ngày 30 tháng 11)".
            report ??= AnnualBefore().IsMatch(segment) ? "năm" : null;
            var span = paragraph.Span(context.Source, start + date.Index, date.Length);
            var path = string.Create(CultureInfo.InvariantCulture, $"$.reporting[{result.Count}]");
            var deadline = Build(context, date, report, tier, span);
            if (deadline is null)
            {
                previousEnd = date.Index + date.Length;
                continue;
            }
            deadline = ReportDuty.Nearest(duties, date.Index)?.ApplyTo(deadline) ?? Carry(deadline);
            context.Rate(path, inReporting ? 0.9 : 0.75, joined ? "tier carried from the date before" : "tier inferred from who reports to whom");
            result.Add(deadline);
            previousTier = tier;
            previousEnd = date.Index + date.Length;
        }
        foreach (Match relative in RelativeExpression().Matches(sentence))
        {
            var span = paragraph.Span(context.Source, start + relative.Index, relative.Length);
            var path = string.Create(CultureInfo.InvariantCulture, $"$.reporting[{result.Count}]");
            var within = TimeLimit.TryParse(relative.Groups["limit"].Value, out var limit) ? limit : null;
            var countedFrom = relative.Groups["from"].Success ? relative.Groups["from"].Value.Trim() : null;
            countedFrom = string.IsNullOrEmpty(countedFrom) ? null : countedFrom;
            context.Rate(path, within is null ? 0.5 : inReporting ? 0.9 : 0.75, within is null ? "relative deadline kept as text" : "relative deadline: time limit and event read");
            var deadline = new PlanReportingDeadline
            {
                Text = relative.Value,
                Report = ReportBefore(sentence[..relative.Index]),
                Tier = TierOf(sentence[..relative.Index], sentence[..relative.Index]),
                Within = within,
                CountedFrom = countedFrom,
                Source = span,
            };
            result.Add(ReportDuty.Nearest(duties, relative.Index)?.ApplyTo(deadline) ?? Carry(deadline));
            // The due date depends on when the event happens, which no plan can say: that much stays unread.
            var message = within is null ? $"'{relative.Value}': the time limit '{relative.Groups["limit"].Value}' is not one (count 1–999); kept as text."
                : countedFrom is null ? $"'{relative.Value}' counts {within.ToEnglishString()} from an event the text does not name; no due date can be set."
                : $"'{relative.Value}' counts {within.ToEnglishString()} from '{countedFrom}'; the due date depends on that event.";
            var messageVietnamese = within is null ? $"'{relative.Value}': thời hạn '{relative.Groups["limit"].Value}' không hợp lệ (số từ 1 đến 999); giữ nguyên văn bản."
                : countedFrom is null ? $"'{relative.Value}' tính {within} từ một sự kiện văn bản không nêu; không xác định được hạn."
                : $"'{relative.Value}' tính {within} từ '{countedFrom}'; hạn phụ thuộc vào thời điểm của sự kiện đó.";
            context.Report("IMPORT-DEADLINE-RELATIVE", message, messageVietnamese, span);
        }
        if (carriedUsed)
        {
            pending.Remove(carried!);
        }
        // A duty to report to a named body with no date of its own ("tổng hợp, báo cáo UBND tỉnh"; "định kỳ báo cáo kết
        // quả triển khai về Sở Khoa học và Công nghệ") waits for the paragraph's end; a statement of purpose is no duty.
        if (kind == SectionKind.Purpose)
        {
            return;
        }
        foreach (var duty in duties.Where(d => !d.Used))
        {
            var before = sentence[..duty.Start];
            pending.Add(new PendingDuty(new PlanReportingDeadline
            {
                Text = sentence[duty.Start..duty.End],
                Report = ReportBefore(before) ?? (AnnualBefore().IsMatch(before) ? "năm" : null),
                Tier = TierOf(before, before),
                Recipient = duty.Recipient,
                Via = duty.Via,
                Source = paragraph.Span(context.Source, start + duty.Start, duty.End - duty.Start),
            }));
        }
    }

    private sealed record PendingDuty(PlanReportingDeadline Deadline);

    private static PlanReportingDeadline? Build(ImportContext context, Match date, string? report, ReportingTier tier, SourceSpan span)
    {
        var day = int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(date.Groups["month"].Value, CultureInfo.InvariantCulture);
        var text = date.Value.Trim();
        if (date.Groups["year"].Success)
        {
            var year = int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12 || year is < 1900 or > 2200 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                context.Report("IMPORT-DEADLINE-INVALID", $"'{text}' is not a valid date.", $"'{text}' không phải là ngày hợp lệ.", span);
                return null;
            }
            return new PlanReportingDeadline { Text = text, Report = report, Tier = tier, DueDate = new LocalDate(year, month, day), Source = span };
        }
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2024, month))
        {
            context.Report("IMPORT-DEADLINE-INVALID", $"'{text}' is not a valid day of the year.", $"'{text}' không phải là ngày hợp lệ trong năm.", span);
            return null;
        }
        return new PlanReportingDeadline { Text = text, Report = report, Tier = tier, Due = new AnnualDate(month, day), Source = span };
    }

    private static ReportingTier TierOf(string before, string segment)
    {
        var key = VietnameseText.ToMatchKey(segment);
        if (Regex.IsMatch(key, @"\btong hop\b.*\bbao cao\b", RegexOptions.CultureInvariant))
        {
            return Regex.IsMatch(key, @"\b(thu tuong|chinh phu)\b", RegexOptions.CultureInvariant) ? ReportingTier.Ministry : ReportingTier.Province;
        }
        // Who reports is named before the verb "báo cáo"; the recipient after it ("về Sở Y tế") says nothing of the tier.
        var verb = before.IndexOf("báo cáo", StringComparison.OrdinalIgnoreCase);
        var subject = VietnameseText.ToMatchKey(verb > 0 ? before[..verb] : before);
        if (Regex.IsMatch(subject, @"\b(cap xa|cac xa|ubnd xa)\b", RegexOptions.CultureInvariant)
            && !Regex.IsMatch(subject, @"\b(huyen|so|ban nganh)\b", RegexOptions.CultureInvariant))
        {
            return ReportingTier.Commune;
        }
        return ReportingTier.District;
    }

    private static string? ReportAfter(string sentence, int from)
    {
        var match = ReportInParentheses().Match(sentence, Math.Min(from, sentence.Length));
        return match.Success && match.Index - from <= 3 ? Canonical(match.Groups["report"].Value) : null;
    }

    private static string? ReportBefore(string segment)
    {
        var matches = ReportName().Matches(segment);
        if (matches.Count == 0)
        {
            return null;
        }
        var last = matches[^1];
        // The report must be named close to the date, not a clause earlier.
        return segment.Length - (last.Index + last.Length) <= 40 ? Canonical(last.Groups["report"].Value) : null;
    }

    private static string Canonical(string report)
    {
        var key = VietnameseText.ToMatchKey(report);
        return key switch
        {
            "6 thang" or "sau thang" => "6 tháng",
            "quy" or "hang quy" => "quý",
            "dot xuat" => "đột xuất",
            "thang" => "tháng",
            _ => "năm",
        };
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && i > 0 && !char.IsAsciiDigit(text[i - 1]) && char.IsUpper(text[Math.Min(text.Length - 1, i + 2)]))
            {
                yield return (start, i + 1);
                start = i + 2;
            }
        }
        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    // "ngày 20/5", "trước ngày 15/11", "20/11" after "và", "ngày 16 tháng 12 năm 2025", "31/3/2021".
    [GeneratedRegex(@"(?:(?:trước|vào|đến|chậm nhất)\s+)?(?:(?:ngày\s+)+(?<day>\d{1,2})\s*(?:/|\s+tháng\s+)(?<month>\d{1,2})(?:\s*(?:/|\s+năm\s+)(?<year>\d{4}))?|(?<=(?:\s(?:và|,)\s*|\s(?:và|,)\s+trước\s+))(?<day>\d{1,2})/(?<month>\d{1,2})(?:/(?<year>\d{4}))?)(?![\d/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateExpression();

    [GeneratedRegex(@"(?:số\s+)?\d+[a-z]?\s*/\s*[\p{L}\d/&.\-–]*\p{Lu}[\p{L}\d/&.\-–]*\s*,?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CitationBefore();

    // "trong thời hạn 03 ngày kể từ …", "trong vòng 12 giờ", "chậm nhất sau 05 ngày làm việc, kể từ …", "không quá 12 giờ".
    [GeneratedRegex(@"(?:trong (?:thời hạn|vòng)|chậm nhất sau|không quá)\s+(?<limit>\d{1,3}\s+(?:ngày làm việc|ngày|giờ|tháng))(?:\s*,?\s+(?:kể từ|tính từ|từ)\s+(?<from>[^,;.]*))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeExpression();

    [GeneratedRegex(@"(?:về|gửi|báo cáo)\s+(?:cho\s+)?(?:Sở|Bộ|UBND|Ủy ban|Uỷ ban|Phòng)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecipientCue();

    [GeneratedRegex(@"\G\s*\(\s*đối với\s+báo cáo\s+(?<report>6 tháng|sáu tháng|năm|quý|tháng|đột xuất)\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportInParentheses();

    [GeneratedRegex(@"báo cáo\s+(?<report>6 tháng|sáu tháng|hằng năm|hàng năm|cả năm|1 năm|năm|quý|hằng quý|tháng|đột xuất)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportName();

    [GeneratedRegex(@"định kỳ\s+(?:\(\s*)?(?:hằng|hàng)\s+năm", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnnualBefore();

}
