using NodaTime;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// The header of a plan (<i>Kế hoạch</i>): number, issuing body, place and date, title, signer, and whether it is a draft
/// (<i>dự thảo</i>).
/// </summary>
/// <remarks>
/// Fields are as written and may be missing: a draft such as <c>Số: /KH-SLĐTBXH</c> with <c>ngày tháng năm 2023</c> is a
/// valid header whose defects the validator reports. This type is immutable and thread-safe.
/// </remarks>
public sealed record PlanHeader
{
    /// <summary>The document number as written (<c>27/KH-UBND</c>, or <c>/KH-SLĐTBXH</c> in a draft); null when absent.</summary>
    public string? Number { get; init; }

    /// <summary>The issuing body (<c>Ủy ban nhân dân tỉnh Quảng Ngãi</c>); null when unknown.</summary>
    public string? Issuer { get; init; }

    /// <summary>The place of issue (<c>Quảng Ngãi</c>); null when unknown.</summary>
    public string? Place { get; init; }

    /// <summary>The issue date; null when absent or blank.</summary>
    public LocalDate? IssueDate { get; init; }

    /// <summary>The year of issue when only the year is given (<c>ngày tháng năm 2023</c>); null otherwise.</summary>
    public int? IssueYear { get; init; }

    /// <summary>The title (<c>Triển khai thực hiện công tác trẻ em năm 2023 ...</c>).</summary>
    public string? Title { get; init; }

    /// <summary>The signer's title or name as printed; null when unknown.</summary>
    public string? Signer { get; init; }

    /// <summary>Whether the document is a draft (blank number or date, or marked <i>dự thảo</i>).</summary>
    public bool IsDraft { get; init; }

    /// <summary>Where the number line is in the source text.</summary>
    public SourceSpan? NumberSource { get; init; }

    /// <summary>Where the place-and-date line is in the source text.</summary>
    public SourceSpan? DateSource { get; init; }
}
