using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.SmartEnum;
using OneOf;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Plans.Diagnostics;

/// <summary>
/// A validation rule for plan documents (<i>Kế hoạch</i>): a stable code (<c>VNCP</c> + four digits), a kebab-case
/// name, a default severity and a title in English and Vietnamese. The catalogue with a failing and a passing
/// example for every rule is <c>docs/rules.md</c>.
/// </summary>
/// <remarks>
/// <para>The SmartEnum <c>Name</c> is the kebab-case rule name and its <c>Value</c> the number
/// behind the code; both are stable across releases. New rules take new numbers; retired numbers are never reused.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PlanRule : ClosedSet<PlanRule>, IClosedSet<PlanRule>
{
    /// <summary>VNCP0001: the header's document number has a blank sequence (<c>Số: /KH-SLĐTBXH</c>), as in a draft.</summary>
    public static readonly PlanRule DraftDocumentNumberMissing = new("draft-document-number-missing", 1, DiagnosticSeverity.Warning,
        "The document number is blank (draft)", "Số hiệu văn bản để trống (dự thảo)");

    /// <summary>VNCP0002: the header has no issue date, or only a blank <c>ngày tháng năm</c>.</summary>
    public static readonly PlanRule IssueDateMissing = new("issue-date-missing", 2, DiagnosticSeverity.Warning,
        "The issue date is missing", "Thiếu ngày ban hành");

    /// <summary>VNCP0003: a cited document is dated after the plan that cites it.</summary>
    public static readonly PlanRule CitationAfterPlanDate = new("citation-after-plan-date", 3, DiagnosticSeverity.Error,
        "A cited document is dated after the plan", "Văn bản được viện dẫn có ngày sau ngày ban hành kế hoạch");

    /// <summary>VNCP0004: a citation could not be read as a document identifier.</summary>
    public static readonly PlanRule CitationMalformed = new("citation-malformed", 4, DiagnosticSeverity.Error,
        "A citation is malformed", "Trích dẫn văn bản không đúng định dạng");

    /// <summary>VNCP0005: an indicator has agencies that coordinate or contribute but none that leads (<i>chủ trì</i>).</summary>
    public static readonly PlanRule IndicatorWithoutLead = new("indicator-without-lead", 5, DiagnosticSeverity.Error,
        "An indicator has no lead agency", "Chỉ tiêu không có cơ quan chủ trì");

    /// <summary>VNCP0006: the same indicator number appears twice within one objective or plan.</summary>
    public static readonly PlanRule IndicatorDuplicate = new("indicator-duplicate", 6, DiagnosticSeverity.Error,
        "An indicator is defined twice", "Chỉ tiêu bị trùng lặp");

    /// <summary>VNCP0007: neonatal ≤ infant ≤ under-5 mortality does not hold for the targets of one year.</summary>
    public static readonly PlanRule MortalityRatesInconsistent = new("mortality-rates-inconsistent", 7, DiagnosticSeverity.Error,
        "Mortality targets are inconsistent (neonatal ≤ infant ≤ under-5)", "Chỉ tiêu tử vong không nhất quán (sơ sinh ≤ dưới 1 tuổi ≤ dưới 5 tuổi)");

    /// <summary>VNCP0008: a percentage target lies outside 0–100.</summary>
    public static readonly PlanRule PercentageOutOfRange = new("percentage-out-of-range", 8, DiagnosticSeverity.Error,
        "A percentage is outside 0–100", "Tỷ lệ phần trăm nằm ngoài khoảng 0–100");

    /// <summary>VNCP0009: successive milestones move against the indicator's direction.</summary>
    public static readonly PlanRule MilestoneDirection = new("milestone-direction", 9, DiagnosticSeverity.Warning,
        "Milestones move against the indicator's direction", "Các mốc chỉ tiêu đi ngược chiều mong muốn");

    /// <summary>VNCP0010: a provincial target is weaker than the national target of the same year.</summary>
    public static readonly PlanRule TargetWeakerThanNational = new("target-weaker-than-national", 10, DiagnosticSeverity.Warning,
        "A target is weaker than the national target", "Chỉ tiêu thấp hơn chỉ tiêu quốc gia");

    /// <summary>VNCP0011: a lower tier's report is due after the report of the tier it reports to.</summary>
    public static readonly PlanRule ReportDeadlineOrder = new("report-deadline-order", 11, DiagnosticSeverity.Error,
        "A lower tier reports after the tier it reports to", "Cấp dưới báo cáo muộn hơn cấp trên");

    /// <summary>VNCP0012: section numbers have gaps, duplicates or are out of order.</summary>
    public static readonly PlanRule SectionNumbering = new("section-numbering", 12, DiagnosticSeverity.Warning,
        "Section numbering has a gap, a duplicate or is out of order", "Đánh số mục bị thiếu, trùng hoặc sai thứ tự");

    /// <summary>VNCP0013: an agency name is not in the registry (suggestions are given).</summary>
    public static readonly PlanRule UnknownAgency = new("unknown-agency", 13, DiagnosticSeverity.Warning,
        "Unknown agency", "Không xác định được cơ quan");

    /// <summary>VNCP0014: an administrative unit named in the plan did not exist on the plan date.</summary>
    public static readonly PlanRule UnitNotValidOnDate = new("unit-not-valid-on-date", 14, DiagnosticSeverity.Warning,
        "An administrative unit did not exist on the plan date", "Đơn vị hành chính không tồn tại vào ngày ban hành kế hoạch");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<PlanRule> IClosedSet<PlanRule>.Members { get; } = [DraftDocumentNumberMissing, IssueDateMissing, CitationAfterPlanDate, CitationMalformed, IndicatorWithoutLead, IndicatorDuplicate, MortalityRatesInconsistent, PercentageOutOfRange, MilestoneDirection, TargetWeakerThanNational, ReportDeadlineOrder, SectionNumbering, UnknownAgency, UnitNotValidOnDate];

    /// <summary>The <see cref="ParseError.Code"/> of <see cref="Parse"/> for blank text.</summary>
    public const string BlankCode = "PLAN-RULE-BLANK";

    /// <summary>The <see cref="ParseError.Code"/> of <see cref="Parse"/> for text that names no rule.</summary>
    public const string UnknownCode = "PLAN-RULE-UNKNOWN";

    private PlanRule(string name, int value, DiagnosticSeverity defaultSeverity, string title, string titleVietnamese)
        : base(name, value)
    {
        DefaultSeverity = defaultSeverity;
        Title = title;
        TitleVietnamese = titleVietnamese;
    }

    /// <summary>The stable code, <c>VNCP</c> followed by four digits (<c>VNCP0012</c>).</summary>
    public string Code => "VNCP" + Value.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The severity used unless the validator options override it.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>A short English title.</summary>
    public string Title { get; }

    /// <summary>A short Vietnamese title.</summary>
    public string TitleVietnamese { get; }

    /// <summary>Finds a rule by its code (<c>VNCP0012</c>) or kebab-case name (<c>section-numbering</c>).</summary>
    /// <param name="codeOrName">The code or the name, case-insensitive.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns>Whether a rule was found.</returns>
    public static bool TryFind(string? codeOrName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PlanRule? rule)
    {
        rule = null;
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return false;
        }
        var text = codeOrName.Trim();
        foreach (var candidate in List)
        {
            if (string.Equals(candidate.Name, text, System.StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.Code, text, System.StringComparison.OrdinalIgnoreCase))
            {
                rule = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Reads a rule reference as tools take it on a command line or in a configuration file: the code
    /// (<c>VNCP0012</c>) or the kebab-case name (<c>section-numbering</c>), case-insensitive.
    /// </summary>
    /// <param name="text">The code or the name; NFC-normalised and trimmed first.</param>
    /// <returns>
    /// The rule, or a <see cref="ParseError"/> coded <see cref="BlankCode"/> or <see cref="UnknownCode"/>. The message of
    /// an unknown rule names the accepted forms and, when one is close, the nearest rule
    /// (<c>did you mean section-numbering (VNCP0012)?</c>).
    /// </returns>
    /// <remarks>The suggestion is the rule whose name or code is fewest edits away (Levenshtein), if within a third of the
    /// text's length (at least two edits), or whose name contains the text.</remarks>
    public static OneOf<PlanRule, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var normalized = VietnameseText.Normalize(text).Trim();
        if (normalized.Length == 0)
        {
            return new ParseError(BlankCode, "A rule is a code (VNCP0012) or a kebab-case name (section-numbering); the text is blank.", 0, text.Length, text);
        }
        if (TryFind(normalized, out var rule))
        {
            return rule;
        }
        var message = $"'{normalized}' is neither a rule code ({List.MinBy(r => r.Value)!.Code}–{List.MaxBy(r => r.Value)!.Code}) nor a kebab-case rule name (section-numbering).";
        if (Nearest(normalized.ToLowerInvariant()) is { } nearest)
        {
            message += $" Did you mean {nearest.Name} ({nearest.Code})?";
        }
        return new ParseError(UnknownCode, message, 0, text.Length, text);
    }

    private static PlanRule? Nearest(string key)
    {
        var (best, distance) = List
            .Select(r => (Rule: r, Distance: Math.Min(
                StringSimilarity.Levenshtein(key, r.Name),
                StringSimilarity.Levenshtein(key, r.Code.ToLowerInvariant()))))
            .OrderBy(p => p.Distance).ThenBy(p => p.Rule.Value)
            .First();
        if (distance <= Math.Max(2, key.Length / 3))
        {
            return best;
        }
        return key.Length >= 4 ? List.OrderBy(r => r.Value).FirstOrDefault(r => r.Name.Contains(key, StringComparison.Ordinal)) : null;
    }
}
