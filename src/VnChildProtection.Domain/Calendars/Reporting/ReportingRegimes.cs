using NodaTime;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// The reporting regimes (chế độ báo cáo) of the four seed plans, transcribed, and the <see cref="Default"/> regime
/// built from them.
/// </summary>
/// <remarks>
/// <para>Provincial plans say "the units" (sở, ban, ngành and district People's Committees) report to the labour
/// department, which reports to the ministry and the province; the units are <see cref="ReportingTier.District"/>
/// and the department <see cref="ReportingTier.Province"/> here. Every periodic report uses the Decree 09/2019 cut-off
/// windows (<see cref="DataWindowRule.Decree09"/>): the plans' dates (20/5, 15/11) fall before those windows close,
/// which is how these regimes work (the reports estimate the rest of the period); change the window with
/// <see cref="DataWindowRule.EndingOnDay"/> if a regime says otherwise.</para>
/// <para>Where a plan names a report without a date, the choice made is stated on the regime.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ReportingRegimes
{
    /// <summary>Seed 000, Quảng Ngãi 27/KH-UBND (18/02/2020), section III "CHẾ ĐỘ BÁO CÁO": reports on 20/5 and 20/11
    /// each year and ad hoc reports to the labour department.</summary>
    /// <remarks>20/5 is read as the 6-month report and 20/11 as the annual report.</remarks>
    public static ReportingRegime QuangNgai2020 { get; } = new(
        "Quảng Ngãi 2020 (seed 000)", "Kế hoạch 27/KH-UBND ngày 18/02/2020 của UBND tỉnh Quảng Ngãi, mục III",
        [
            SixMonth([new(ReportingTier.District, DueDateRule.FixedDate(20, 5))], "Kế hoạch 27/KH-UBND (Quảng Ngãi, 2020), mục III"),
            Annual([new(ReportingTier.District, DueDateRule.FixedDate(20, 11))], "Kế hoạch 27/KH-UBND (Quảng Ngãi, 2020), mục III"),
            AdHoc("Kế hoạch 27/KH-UBND (Quảng Ngãi, 2020), mục III"),
        ],
        []);

    /// <summary>Seed 001, Lạng Sơn Sở LĐTBXH plan for 2023 (draft), section V: the units report before 20/5 (6-month)
    /// and 15/11 (annual) to the department, which reports to the ministry and the province before 25/5 and 20/11.</summary>
    public static ReportingRegime LangSon2023 { get; } = new(
        "Lạng Sơn 2023 (seed 001)", "Kế hoạch triển khai thực hiện công tác trẻ em năm 2023 của Sở LĐTBXH Lạng Sơn (dự thảo), mục V",
        [
            SixMonth([new(ReportingTier.District, DueDateRule.FixedDate(20, 5)), new(ReportingTier.Province, DueDateRule.FixedDate(25, 5))],
                "Kế hoạch công tác trẻ em năm 2023 (Sở LĐTBXH Lạng Sơn), mục V"),
            Annual([new(ReportingTier.District, DueDateRule.FixedDate(15, 11)), new(ReportingTier.Province, DueDateRule.FixedDate(20, 11))],
                "Kế hoạch công tác trẻ em năm 2023 (Sở LĐTBXH Lạng Sơn), mục V"),
            AdHoc("Kế hoạch công tác trẻ em năm 2023 (Sở LĐTBXH Lạng Sơn), mục III"),
        ],
        []);

    /// <summary>Seed 002, An Giang 177/KH-UBND (28/02/2024), section V.1: quarterly, 6-month (20/5) and annual (15/11)
    /// reports to the labour department, and ad hoc reports.</summary>
    /// <remarks>The plan gives no quarterly date; the choice made is day 20 of the quarter's last month, after the
    /// Decree 09 cut-off on the 14th (20/3, 20/6, 20/9, 20/12).</remarks>
    public static ReportingRegime AnGiang2024 { get; } = new(
        "An Giang 2024 (seed 002)", "Kế hoạch 177/KH-UBND ngày 28/02/2024 của UBND tỉnh An Giang, mục V.1",
        [
            new ReportDefinition("child-affairs-quarterly", "Báo cáo quý công tác bảo vệ, chăm sóc trẻ em", "Quarterly report on child protection and care",
                ReportPeriodKind.Quarterly, [new(ReportingTier.District, DueDateRule.DayOfMonthAfterPeriod(20, monthsAfter: 0))], DataWindowRule.Decree09,
                "Kế hoạch 177/KH-UBND (An Giang, 2024), mục V.1 (ngày nộp: lựa chọn của thư viện)"),
            SixMonth([new(ReportingTier.District, DueDateRule.FixedDate(20, 5))], "Kế hoạch 177/KH-UBND (An Giang, 2024), mục V.1"),
            Annual([new(ReportingTier.District, DueDateRule.FixedDate(15, 11))], "Kế hoạch 177/KH-UBND (An Giang, 2024), mục V.1"),
            AdHoc("Kế hoạch 177/KH-UBND (An Giang, 2024), mục V.1"),
        ],
        []);

    /// <summary>Seed 003, Quảng Ninh 52/KH-UBND (08/03/2021) for the 2021–2030 programme: implementation plans due
    /// 31/3/2021, budget estimates every July, annual reports.</summary>
    /// <remarks>The plan says only "hằng năm (tháng 7)" for budget estimates: the choice made is the end of July
    /// (31/7) from the provincial departments. It gives no date for the annual report: the choice made is day 20 of
    /// December, after the Decree 09 cut-off on 14/12.</remarks>
    public static ReportingRegime QuangNinh2021 { get; } = new(
        "Quảng Ninh 2021–2030 (seed 003)", "Kế hoạch 52/KH-UBND ngày 08/3/2021 của UBND tỉnh Quảng Ninh, mục IV",
        [
            new ReportDefinition("budget-estimate", "Lập dự toán kinh phí thực hiện Kế hoạch", "Budget estimate for the plan",
                ReportPeriodKind.Annual, [new(ReportingTier.Province, DueDateRule.FixedDate(31, 7))], null,
                "Kế hoạch 52/KH-UBND (Quảng Ninh, 2021), mục III.2 (hằng năm, tháng 7)"),
            Annual([new(ReportingTier.District, DueDateRule.DayOfMonthAfterPeriod(20, monthsAfter: 0))],
                "Kế hoạch 52/KH-UBND (Quảng Ninh, 2021), mục IV (ngày nộp: lựa chọn của thư viện)"),
        ],
        [
            new PlanDeadline("implementation-plans-2021", new LocalDate(2021, 3, 31),
                "Sở, ngành, địa phương xây dựng kế hoạch triển khai, báo cáo Ủy ban nhân dân tỉnh",
                "Departments and localities submit their implementation plans to the provincial People's Committee",
                null, "Kế hoạch 52/KH-UBND (Quảng Ninh, 2021), mục IV"),
        ]);

    /// <summary>The default regime: seed 001's cascade with communes as the lower tier (the district level is gone
    /// since 1 July 2025): communes by 20/5 and 15/11, the province by 25/5 and 20/11; and ad hoc reports.</summary>
    public static ReportingRegime Default { get; } = new(
        "Default (seed 001 cascade, communes to province)", "DOMAIN: seed 001 (Lạng Sơn 2023), mục V; two-tier local government from 01/7/2025",
        [
            SixMonth([new(ReportingTier.Commune, DueDateRule.FixedDate(20, 5)), new(ReportingTier.Province, DueDateRule.FixedDate(25, 5))],
                "Theo Kế hoạch công tác trẻ em năm 2023 (Sở LĐTBXH Lạng Sơn), mục V"),
            Annual([new(ReportingTier.Commune, DueDateRule.FixedDate(15, 11)), new(ReportingTier.Province, DueDateRule.FixedDate(20, 11))],
                "Theo Kế hoạch công tác trẻ em năm 2023 (Sở LĐTBXH Lạng Sơn), mục V"),
            AdHoc(null),
        ],
        []);

    private static ReportDefinition SixMonth(TierDeadline[] deadlines, string source) => new(
        "child-affairs-6-month", "Báo cáo 6 tháng công tác trẻ em", "6-month report on child affairs",
        ReportPeriodKind.SixMonth, deadlines, DataWindowRule.Decree09, source);

    private static ReportDefinition Annual(TierDeadline[] deadlines, string source) => new(
        "child-affairs-annual", "Báo cáo năm công tác trẻ em", "Annual report on child affairs",
        ReportPeriodKind.Annual, deadlines, DataWindowRule.Decree09, source);

    private static ReportDefinition AdHoc(string? source) => new(
        "child-affairs-ad-hoc", "Báo cáo đột xuất về trẻ em", "Ad hoc report on child affairs",
        ReportPeriodKind.AdHoc, [], null, source);
}
