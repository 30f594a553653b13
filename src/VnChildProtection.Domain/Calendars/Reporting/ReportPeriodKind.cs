using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// The kind of a report by the period it covers (kỳ báo cáo): monthly, quarterly, 6-month, 9-month, annual — the
/// periodic reports (báo cáo định kỳ) — and ad hoc reports (báo cáo đột xuất), which are made on request.
/// </summary>
/// <remarks>
/// <para>Source: Decree 09/2019/NĐ-CP on the reporting regime of state administrative bodies (periodic, thematic and
/// ad hoc reports; cut-off windows per period, see <see cref="DataWindowRule"/>). The child-protection plans name
/// 6-month and annual reports (seeds 000–002), quarterly reports (seed 002) and ad hoc reports (seeds 000–002).</para>
/// <para>Periods follow the calendar year: the 6-month report covers January–June (6 tháng đầu năm), the 9-month
/// report January–September.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportPeriodKind : ClosedSet<ReportPeriodKind>, IClosedSet<ReportPeriodKind>
{
    /// <summary>Báo cáo tháng: a monthly report, twelve periods a year.</summary>
    public static readonly ReportPeriodKind Monthly = new(nameof(Monthly), 1, "báo cáo tháng", "monthly report", 12, 1, "M");

    /// <summary>Báo cáo quý: a quarterly report, four periods a year.</summary>
    public static readonly ReportPeriodKind Quarterly = new(nameof(Quarterly), 2, "báo cáo quý", "quarterly report", 4, 3, "Q");

    /// <summary>Báo cáo 6 tháng: the report on the first six months of the year.</summary>
    public static readonly ReportPeriodKind SixMonth = new(nameof(SixMonth), 3, "báo cáo 6 tháng", "6-month report", 1, 6, "H");

    /// <summary>Báo cáo 9 tháng: the report on the first nine months of the year.</summary>
    public static readonly ReportPeriodKind NineMonth = new(nameof(NineMonth), 4, "báo cáo 9 tháng", "9-month report", 1, 9, "9M");

    /// <summary>Báo cáo năm: the annual report (báo cáo hằng năm).</summary>
    public static readonly ReportPeriodKind Annual = new(nameof(Annual), 5, "báo cáo năm", "annual report", 1, 12, "Y");

    /// <summary>Báo cáo đột xuất: an ad hoc report on an unexpected matter, due when requested; it has no period.</summary>
    public static readonly ReportPeriodKind AdHoc = new(nameof(AdHoc), 6, "báo cáo đột xuất", "ad hoc report", 0, 0, "");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<ReportPeriodKind> IClosedSet<ReportPeriodKind>.Members { get; } = [Monthly, Quarterly, SixMonth, NineMonth, Annual, AdHoc];

    private ReportPeriodKind(string name, int value, string vietnameseName, string englishName, int periodsPerYear, int months, string code)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        PeriodsPerYear = periodsPerYear;
        MonthsPerPeriod = months;
        Code = code;
    }

    /// <summary>The Vietnamese name, such as <c>báo cáo 6 tháng</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name, such as <c>6-month report</c>.</summary>
    public string EnglishName { get; }

    /// <summary>How many periods a year has: 12, 4, 1, 1, 1, and 0 for ad hoc reports.</summary>
    public int PeriodsPerYear { get; }

    /// <summary>How many months one period covers: 1, 3, 6, 9, 12, and 0 for ad hoc reports.</summary>
    public int MonthsPerPeriod { get; }

    /// <summary>Whether reports of this kind recur on a calendar (every kind but <see cref="AdHoc"/>).</summary>
    public bool IsPeriodic => PeriodsPerYear > 0;

    // The marker in the text form of a period: 2023-M05, 2023-Q2, 2023-H1, 2023-9M, 2023-Y.
    internal string Code { get; }
}
