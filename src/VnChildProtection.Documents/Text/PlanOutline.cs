using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>The kind of a top-level section, from its title.</summary>
internal enum SectionKind
{
    Other,
    Objectives,
    Tasks,
    Budget,
    Organisation,
    Reporting,

    /// <summary>MỤC ĐÍCH, YÊU CẦU: why the plan is made; what it says would be done is no duty of its own.</summary>
    Purpose,
}

/// <summary>
/// The top-level (Roman-numbered) sections of a plan as paragraph ranges, classified by title, and where the body ends
/// (the recipients block <c>Nơi nhận</c>).
/// </summary>
internal sealed partial class PlanOutline
{
    private readonly List<(SectionKind Kind, int First, int End, bool AssignsDuties)> sections;

    private PlanOutline(List<(SectionKind, int, int, bool)> sections, int bodyEnd)
    {
        this.sections = sections;
        BodyEnd = bodyEnd;
    }

    /// <summary>The index of the first paragraph after the body (the recipients block), or the paragraph count.</summary>
    public int BodyEnd { get; }

    /// <summary>The index of the first section's heading, or <see cref="BodyEnd"/>.</summary>
    public int BodyStart => sections.Count == 0 ? BodyEnd : sections[0].First;

    public IEnumerable<(int First, int End)> RangesOf(SectionKind kind) =>
        sections.Where(s => s.Kind == kind).Select(s => (s.First + 1, s.End));

    /// <summary>The sections that give bodies their duties: organisation sections, and task sections whose title says
    /// they assign them (<c>PHÂN CÔNG TRÁCH NHIỆM</c>, <c>NHIỆM VỤ CỤ THỂ</c>).</summary>
    public IEnumerable<(int First, int End)> AssignmentRanges() =>
        sections.Where(s => s.Kind == SectionKind.Organisation || s.AssignsDuties).Select(s => (s.First + 1, s.End));

    public SectionKind KindAt(int paragraph)
    {
        foreach (var (kind, first, end, _) in sections)
        {
            if (paragraph > first && paragraph < end)
            {
                return kind;
            }
        }
        return SectionKind.Other;
    }

    public static PlanOutline Read(IReadOnlyList<PlanParagraph> paragraphs)
    {
        var bodyEnd = paragraphs.Count;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Clean;
            if (text.StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Noi nhan", StringComparison.OrdinalIgnoreCase))
            {
                bodyEnd = i;
                break;
            }
        }
        var headings = new List<(SectionKind Kind, int Index, bool AssignsDuties)>();
        for (var i = 0; i < bodyEnd; i++)
        {
            if (IsRomanHeading(paragraphs[i].Clean, out var title))
            {
                var key = VietnameseText.ToMatchKey(title);
                headings.Add((Classify(title), i, key.Contains("phan cong", StringComparison.Ordinal) || key.Contains("nhiem vu cu the", StringComparison.Ordinal)));
            }
        }
        var sections = new List<(SectionKind, int, int, bool)>();
        for (var k = 0; k < headings.Count; k++)
        {
            var end = k + 1 < headings.Count ? headings[k + 1].Index : bodyEnd;
            sections.Add((headings[k].Kind, headings[k].Index, end, headings[k].AssignsDuties));
        }
        return new PlanOutline(sections, bodyEnd);
    }

    public static bool IsRomanHeading(string clean, out string title)
    {
        title = "";
        var match = RomanHeading().Match(clean);
        if (!match.Success || clean.Length > 160 || !RomanNumeral.TryParse(match.Groups["number"].Value, out _))
        {
            return false;
        }
        title = match.Groups["title"].Value.Trim();
        var letters = title.Where(char.IsLetter).ToArray();
        // Mostly upper case, or a short title in sentence case that names a known part (IV. Tổ chức thực hiện.).
        return letters.Length > 0 && (letters.Count(char.IsUpper) >= letters.Length * 0.6 || (title.Length <= 60 && Classify(title.TrimEnd('.', ':')) != SectionKind.Other));
    }

    private static SectionKind Classify(string title)
    {
        var key = VietnameseText.ToMatchKey(title);
        if (key.Contains("che do bao cao", StringComparison.Ordinal))
        {
            return SectionKind.Reporting;
        }
        // By meaning: "TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ", "THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN"; a section of
        // tasks that also assigns them ("NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM") stays a task section and is read
        // for assignments too (AssignsDuties).
        if (key.Contains("to chuc thuc hien", StringComparison.Ordinal)
            || ((key.Contains("phan cong", StringComparison.Ordinal) || key.Contains("trach nhiem", StringComparison.Ordinal)) && !key.Contains("giai phap", StringComparison.Ordinal)))
        {
            return SectionKind.Organisation;
        }
        if (key.Contains("kinh phi", StringComparison.Ordinal))
        {
            return SectionKind.Budget;
        }
        if (key.Contains("muc tieu", StringComparison.Ordinal) || key.Contains("chi tieu", StringComparison.Ordinal))
        {
            return SectionKind.Objectives;
        }
        if (key.StartsWith("muc dich", StringComparison.Ordinal))
        {
            return SectionKind.Purpose;
        }
        if (key.Contains("nhiem vu", StringComparison.Ordinal) || key.Contains("giai phap", StringComparison.Ordinal)
            || key.StartsWith("noi dung", StringComparison.Ordinal))
        {
            return SectionKind.Tasks;
        }
        return SectionKind.Other;
    }

    [GeneratedRegex(@"^(?<number>[IVX]{1,6})\s*[\.\)]\s*(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanHeading();
}
