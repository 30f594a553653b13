using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// A reporting deadline of the plan's reporting regime (<i>chế độ báo cáo</i>): which report, who reports to whom, and
/// when (<c>báo cáo 6 tháng (trước ngày 20/5)</c>; the department reports to the ministry by 25/5).
/// </summary>
/// <remarks>
/// The tier is a <see cref="ReportingTier"/>, ordered from the bottom by its value (1 commune, 2 district, 3 province or
/// department, 4 ministry or national; plan JSON writes that number). A lower tier must be due no later than the tier it
/// reports to (rule <c>report-deadline-order</c>). This type is immutable and thread-safe.
/// </remarks>
public sealed record PlanReportingDeadline
{
    /// <summary>The deadline as written.</summary>
    public required string Text { get; init; }

    /// <summary>The report as named (<c>6 tháng</c>, <c>năm</c>, <c>quý</c>, <c>đột xuất</c>), when stated.</summary>
    public string? Report { get; init; }

    /// <summary>The tier that reports (commune … ministry), when known.</summary>
    public ReportingTier? Tier { get; init; }

    /// <summary>The yearly due day (<c>20/5</c>), for recurring reports.</summary>
    public AnnualDate? Due { get; init; }

    /// <summary>The due date, for one-off deadlines (<c>trước ngày 16 tháng 12 năm 2025</c>).</summary>
    public LocalDate? DueDate { get; init; }

    /// <summary>
    /// The time limit of a relative deadline (thời hạn): the <c>03 ngày</c> of <c>trong thời hạn 03 ngày kể từ ngày tiếp
    /// nhận thông tin</c>; null for deadlines on a calendar date.
    /// </summary>
    /// <remarks>A relative deadline has no due date of its own: <see cref="TimeLimit.DeadlineFrom(Instant, WorkingDayCalendar)"/>
    /// gives one once the event named by <see cref="CountedFrom"/> has happened.</remarks>
    public TimeLimit? Within { get; init; }

    /// <summary>
    /// The event a relative deadline counts from, as written (<c>ngày tiếp nhận thông tin</c>, the day the information is
    /// received); null when the text names none.
    /// </summary>
    public string? CountedFrom { get; init; }

    /// <summary>
    /// The body or bodies the report goes to, as named (<c>Sở Y tế</c> in <c>báo cáo kết quả về Sở Y tế trước ngày
    /// 15/11</c>; <c>UBND tỉnh</c> in <c>gửi UBND tỉnh (qua Sở Nội vụ)</c>; <c>Bộ Khoa học và Công nghệ, Ủy ban nhân dân
    /// tỉnh</c>), when the text names one; <see cref="Agencies.AgencyRegistry.ResolveList"/> splits and resolves a list.
    /// </summary>
    public string? Recipient { get; init; }

    /// <summary>
    /// The body the report passes through on its way to the recipient, as named (<c>Sở Nội vụ</c> in <c>gửi UBND tỉnh
    /// (qua Sở Nội vụ)</c>, <c>thông qua Sở Nội vụ để tổng hợp</c>): it consolidates, the recipient decides.
    /// </summary>
    public string? Via { get; init; }

    /// <summary>Where the deadline is in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
