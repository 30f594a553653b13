using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// A plan document (<i>Kế hoạch</i>) as issued by a province, department, district or commune: header, legal bases,
/// section outline, and the typed content the validator checks.
/// </summary>
/// <remarks>
/// <para>The model holds what the document says, defects included; <see cref="Validation.PlanValidator"/> reports them.
/// Every element may carry the <see cref="SourceSpan"/> of the text it came from.</para>
/// <para>This type is immutable and thread-safe; two documents are equal when all their content is equal.</para>
/// </remarks>
public sealed record PlanDocument
{
    /// <summary>The header: number, issuer, place and date, title, signer, draft flag.</summary>
    public PlanHeader Header { get; init; } = new();

    /// <summary>The legal bases (<i>căn cứ</i>, <i>thực hiện</i>): every document the plan cites.</summary>
    public ValueList<PlanCitation> LegalBases { get; init; } = ValueList<PlanCitation>.Empty;

    /// <summary>
    /// Every other document the plan cites in its body and footnotes (<c>Quyết định số 06/QĐ-TTg ngày 03/01/2029</c>
    /// in a footnote of seed 002), in document order.
    /// </summary>
    public ValueList<PlanCitation> References { get; init; } = ValueList<PlanCitation>.Empty;

    /// <summary>The numbered top-level sections, in document order.</summary>
    public ValueList<PlanSection> Sections { get; init; } = ValueList<PlanSection>.Empty;

    /// <summary>The objectives (<i>mục tiêu</i>), in order.</summary>
    public ValueList<PlanObjective> Objectives { get; init; } = ValueList<PlanObjective>.Empty;

    /// <summary>The indicators (<i>chỉ tiêu</i>) with their typed targets, in order.</summary>
    public ValueList<PlanIndicator> Indicators { get; init; } = ValueList<PlanIndicator>.Empty;

    /// <summary>The task areas (<i>nhiệm vụ, giải pháp</i>), in order.</summary>
    public ValueList<PlanTask> Tasks { get; init; } = ValueList<PlanTask>.Empty;

    /// <summary>The agency responsibilities (<i>tổ chức thực hiện</i>), in order.</summary>
    public ValueList<AgencyResponsibility> Responsibilities { get; init; } = ValueList<AgencyResponsibility>.Empty;

    /// <summary>The budget statements (<i>kinh phí</i>), in order.</summary>
    public ValueList<BudgetLine> Budget { get; init; } = ValueList<BudgetLine>.Empty;

    /// <summary>The reporting deadlines (<i>chế độ báo cáo</i>), in order.</summary>
    public ValueList<PlanReportingDeadline> Reporting { get; init; } = ValueList<PlanReportingDeadline>.Empty;

    /// <summary>The administrative units the plan names (provinces, districts, communes), as written, with spans.</summary>
    public ValueList<PlanUnitMention> Units { get; init; } = ValueList<PlanUnitMention>.Empty;
}
