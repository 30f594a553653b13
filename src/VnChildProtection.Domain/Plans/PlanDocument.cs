using VnChildProtection.Domain.Collections;

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
}
