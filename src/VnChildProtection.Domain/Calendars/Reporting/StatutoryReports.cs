using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// The reports on children that circulars require on fixed dates or after an event, effective-dated by era: the Action
/// Month report (Circular 28/2019/TT-BLĐTBXH art. 5) and the children's forum report (Circular 29/2019/TT-BLĐTBXH
/// art. 14), before and after the two-tier local government and the move of child affairs to the Ministry of Health
/// (1 July 2025).
/// </summary>
/// <remarks>
/// <para>The 2019 texts were read in the Ministry of Justice's consolidation (Pháp điển) and are
/// <see cref="VerificationStatus.Verified"/>: the commune reports on the Action Month to the district before 10/7, the
/// district to the province before 20/7, the province to the ministry before 31/7; forum reports go up one tier at most
/// 15 days after the forum ends. The 2025 Health-ministry circular reported to move the commune's Action Month report
/// straight to the province before 20/7, and to keep forum reports within 15 days, was not found: those deadlines are
/// <see cref="VerificationStatus.Unverified"/>, and the consolidation to May 2026 still shows the 2019 texts unamended.</para>
/// <para>Each report definition carries its own id (<c>action-month-report-2020</c> for the 2019 circular's,
/// <c>action-month-report</c> from 1/7/2025), its era (<see cref="ReportDefinition.EffectiveFrom"/>,
/// <see cref="ReportDefinition.EffectiveUntil"/>) and its <see cref="ReportDefinition.Verification"/>.
/// <see cref="ReportingCalendar.Default"/> holds <see cref="DefaultHealthSectorReports"/>: the Health-sector Action Month
/// report from the 2026 reporting year, the first planned wholly under the two-tier system (the seed cascade of the
/// default calendar predates it and 2025 plans keep it alone).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class StatutoryReports
{
    /// <summary>The day the two-tier local government took over the district's tasks and child affairs passed to the
    /// Ministry of Health (1/7/2025).</summary>
    public static LocalDate TwoTierFrom { get; } = new(2025, 7, 1);

    private const string PhapDien = "diepxuan/diepxuan.github.io@fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048:van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi/tre-em.md";

    private static readonly SourceVerification Circular28Art5 = SourceVerification.Verified(
        "Thông tư 28/2019/TT-BLĐTBXH, Điều 5: cấp xã gửi báo cáo kết quả Tháng hành động vì trẻ em về cấp huyện trước ngày 10 tháng 7, "
        + "cấp huyện về cấp tỉnh trước ngày 20 tháng 7, cấp tỉnh về Bộ Lao động - Thương binh và Xã hội trước ngày 31 tháng 7 hằng năm (Pháp điển)",
        PhapDien);

    private static readonly SourceVerification HealthSectorActionMonth = SourceVerification.Unverified(
        "A 2025 Ministry of Health circular reported to amend Thông tư 28/2019/TT-BLĐTBXH, Điều 5.1: cấp xã gửi báo cáo về cấp tỉnh trước ngày 20/7; "
        + "not found (the Pháp điển consolidation to 05/2026 still shows Điều 5 unamended, its Điều 5.3 province deadline of 31/7 included)",
        PhapDien);

    private static readonly SourceVerification Circular29Art14 = SourceVerification.Verified(
        "Thông tư 29/2019/TT-BLĐTBXH, Điều 14.4–14.5: báo cáo kết quả tổ chức diễn đàn trẻ em chậm nhất sau 15 ngày kể từ ngày kết thúc diễn đàn, "
        + "cấp xã đến cấp huyện, cấp huyện đến cấp tỉnh, cấp tỉnh đến Bộ (Pháp điển)",
        PhapDien);

    private static readonly SourceVerification HealthSectorForum = SourceVerification.Unverified(
        "A 2025 Ministry of Health circular reported to keep the forum report within 15 days of the forum (Thông tư 29/2019/TT-BLĐTBXH, Điều 14.4) "
        + "with the commune reporting to the province; not found",
        PhapDien);

    /// <summary>Báo cáo kết quả Tháng hành động vì trẻ em, 20/2/2020 – 30/6/2025: commune before 10/7, district before
    /// 20/7, province before 31/7 (Circular 28/2019/TT-BLĐTBXH art. 5, verified).</summary>
    public static ReportDefinition ActionMonthReportCircular28 { get; } = ActionMonth(
        [new(ReportingTier.Commune, DueDateRule.FixedDate(10, 7)), new(ReportingTier.District, DueDateRule.FixedDate(20, 7)),
         new(ReportingTier.Province, DueDateRule.FixedDate(31, 7))],
        "Thông tư 28/2019/TT-BLĐTBXH, Điều 5", "action-month-report-2020")
        .WithEffectivePeriod(new LocalDate(2020, 2, 20), TwoTierFrom)
        .WithVerification(Circular28Art5);

    /// <summary>Báo cáo kết quả Tháng hành động vì trẻ em from 1/7/2025: commune to the province before 20/7, province
    /// before 31/7 (as reported for the Health-sector era; not verified).</summary>
    public static ReportDefinition ActionMonthReportHealthSector { get; } = ActionMonth(
        [new(ReportingTier.Commune, DueDateRule.FixedDate(20, 7)), new(ReportingTier.Province, DueDateRule.FixedDate(31, 7))],
        "Thông tư 28/2019/TT-BLĐTBXH, Điều 5, as reported amended for the two-tier system (not verified)", "action-month-report")
        .WithEffectivePeriod(TwoTierFrom, null)
        .WithVerification(HealthSectorActionMonth);

    /// <summary>The reports <see cref="ReportingCalendar.Default"/> adds: <see cref="ActionMonthReportHealthSector"/> from
    /// 1/1/2026 (the 2026 reporting year).</summary>
    public static ImmutableArray<ReportDefinition> DefaultHealthSectorReports { get; } =
        [ActionMonthReportHealthSector.WithEffectivePeriod(new LocalDate(2026, 1, 1), null)];

    /// <summary>The report deadlines after a children's forum (Circular 29/2019/TT-BLĐTBXH art. 14.4–14.5): each tier
    /// below the ministry at most 15 days after the forum ends — commune, district and province before 1/7/2025 (verified),
    /// commune and province from then (as reported, not verified).</summary>
    /// <param name="forum">The days of the forum.</param>
    /// <returns>One deadline per tier, dated 15 days after the last day of the forum (before any working-day
    /// adjustment); add them with <see cref="ReportingCalendar.WithDeadlines"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="forum"/> is null.</exception>
    public static ImmutableArray<PlanDeadline> ChildrensForumReports(DateInterval forum)
    {
        Preconditions.CheckNotNull(forum);
        var due = forum.End.PlusDays(15);
        bool twoTier = forum.End >= TwoTierFrom;
        ReportingTier[] tiers = twoTier ? [ReportingTier.Commune, ReportingTier.Province] : [ReportingTier.Commune, ReportingTier.District, ReportingTier.Province];
        string source = twoTier ? HealthSectorForum.Source : Circular29Art14.Source;
        string start = forum.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return [.. tiers.Select(tier => new PlanDeadline(
            "childrens-forum-report-" + tier.Name.ToLowerInvariant() + "-" + start, due,
            "Báo cáo kết quả tổ chức diễn đàn trẻ em – " + tier.VietnameseName,
            "Children's forum report – " + tier.EnglishName, tier, source))];
    }

    /// <summary>How far the forum-report deadline for a forum ending on a date was checked.</summary>
    /// <param name="forumEnd">The last day of the forum.</param>
    /// <returns>Verified before 1/7/2025, unverified from then.</returns>
    public static SourceVerification ChildrensForumReportVerification(LocalDate forumEnd) => forumEnd >= TwoTierFrom ? HealthSectorForum : Circular29Art14;

    /// <summary>The reporting facts as rows of the law-currency table.</summary>
    public static IReadOnlyList<DatedLegalFact> Facts { get; } =
    [
        new("Thông tư 28/2019/TT-BLĐTBXH, Điều 5", "Action Month report: commune → district before 10/7, district → province before 20/7, province → ministry before 31/7",
            new LocalDate(2020, 2, 20), Circular28Art5),
        new("2025 Ministry of Health circular (as reported)", "Action Month report: commune → province before 20/7; province before 31/7",
            TwoTierFrom, HealthSectorActionMonth),
        new("Thông tư 29/2019/TT-BLĐTBXH, Điều 14.4–14.5", "children's forum report: each tier at most 15 days after the forum ends",
            new LocalDate(2020, 2, 20), Circular29Art14),
        new("2025 Ministry of Health circular (as reported)", "children's forum report: commune → province within 15 days of the forum",
            TwoTierFrom, HealthSectorForum),
    ];

    // Each era has its own id, so that one calendar can hold both (ids are unique in a calendar).
    private static ReportDefinition ActionMonth(TierDeadline[] deadlines, string source, string id) => new(
        id, "Báo cáo kết quả Tháng hành động vì trẻ em", "Action Month for Children report",
        ReportPeriodKind.Annual, deadlines, null, source);
}
