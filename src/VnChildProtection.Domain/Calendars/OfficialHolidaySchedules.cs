using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// The holiday schedules announced for the civil service (cán bộ, công chức, viên chức), year by year, as data.
/// </summary>
/// <remarks>
/// <para>Each schedule lists every holiday, compensatory day and swap of its year, citing the announcement, and says how
/// far it was checked (<see cref="HolidaySchedule.Verification"/>): none of the three announcements was read in the
/// ministry's original; each was read in a reproduction (a government portal, a legal-information site), so each is
/// <see cref="VerificationStatus.Secondary"/>. Entries whose source differs (a swap approved by a separate letter, a day
/// no announcement states) carry their own verification (<see cref="HolidaySchedule.VerificationOf"/>).</para>
/// <para>Vietnamese Culture Day (24/11) is a day off from 1/7/2026 in this library, as reported: the instrument that
/// would make it one (reported as Resolution 28/2026/QH16) was not read and is <see cref="VerificationStatus.Unverified"/>
/// (<see cref="VietnameseCultureDayVerification"/>). The default calendar keeps 24/11/2026 off; a host that does not
/// accept the report removes the day with <c>Year2026.Without(new LocalDate(2026, 11, 24))</c> and
/// <see cref="WorkingDayCalendarBuilder.WithSchedule"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public static class OfficialHolidaySchedules
{
    private const string Tnt305 = "tnt305/tai_lieu_noi_bo@94c5034af72cc7e5020694d06eceb126a103d48b:src/etl/dataset/";

    /// <summary>2024: Tết 8–14/2; Giỗ Tổ 18/4; 27/4–1/5 with Monday 29/4 off for Saturday 4/5 worked; 31/8–3/9
    /// (Thông báo 5015/TB-LĐTBXH ngày 22/11/2023; Công văn 2450/VPCP-KGVX ngày 12/4/2024).</summary>
    public static HolidaySchedule Year2024 { get; } =
        new HolidaySchedule(2024, "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (Tết, Quốc khánh 2024); Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi 29/4 – 4/5)")
            .WithHoliday(new LocalDate(2024, 1, 1), PublicHoliday.NewYear)
            // Tết: eve 9/2 and lunar 1–4/1 (10–13/2); the two falling on the weekend are given on 8/2 and 14/2.
            .WithCompensatoryDayOff(new LocalDate(2024, 2, 8), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2024, 2, 9), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2024, 2, 10), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2024, 2, 11), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2024, 2, 12), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2024, 2, 13), PublicHoliday.LunarNewYear)
            .WithCompensatoryDayOff(new LocalDate(2024, 2, 14), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2024, 4, 18), PublicHoliday.HungKingsCommemoration)
            .WithSwap(new LocalDate(2024, 4, 29), new LocalDate(2024, 5, 4), PublicHoliday.ReunificationDay)
            .WithHoliday(new LocalDate(2024, 4, 30), PublicHoliday.ReunificationDay)
            .WithHoliday(new LocalDate(2024, 5, 1), PublicHoliday.InternationalLabourDay)
            .WithHoliday(new LocalDate(2024, 9, 2), PublicHoliday.NationalDay)
            .WithHoliday(new LocalDate(2024, 9, 3), PublicHoliday.NationalDay)
            .WithVerification(SourceVerification.Secondary(
                "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (after Công văn 8662/VPCP-KGVX ngày 03/11/2023): Tết Thursday 08/02 – Wednesday 14/02/2024, "
                + "National Day Saturday 31/8 – Tuesday 03/9/2024; reproduced by a district government portal",
                "https://huyendakha.kontum.gov.vn/tin-tuc/thong-bao-ve-viec-nghi-tet-am-lich-va-nghi-le-quoc-khanh-nam-2024-doi-voi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong.html"))
            .WithDayVerification(new LocalDate(2024, 4, 18), SourceVerification.Secondary(
                "Government portal: Giỗ Tổ Hùng Vương Thursday 18/4/2024, and 5 days off from Saturday 27/4 to Wednesday 01/5/2024 for civil servants",
                "https://xaydungchinhsach.chinhphu.vn/nguoi-lao-dong.html"))
            .WithDayVerification(new LocalDate(2024, 4, 29), Swap2024)
            .WithDayVerification(new LocalDate(2024, 4, 30), Swap2024)
            .WithDayVerification(new LocalDate(2024, 5, 1), Swap2024)
            .WithDayVerification(new LocalDate(2024, 5, 4), Swap2024);

    /// <summary>2025: Tết 25/1–2/2; Giỗ Tổ Monday 7/4; 30/4–4/5 with Friday 2/5 off for Saturday 26/4 worked; 30/8–2/9
    /// (Thông báo 6150/TB-BLĐTBXH, its date not verified).</summary>
    public static HolidaySchedule Year2025 { get; } =
        new HolidaySchedule(2025, "Thông báo 6150/TB-BLĐTBXH (ngày: not verified) theo Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Tết Ất Tỵ, 30/4–1/5 và Quốc khánh 2025)")
            .WithHoliday(new LocalDate(2025, 1, 1), PublicHoliday.NewYear)
            // Tết: eve 28/1 and lunar 1–4/1 (29/1–1/2); 1/2 is a Saturday, compensated on Monday 27/1.
            .WithCompensatoryDayOff(new LocalDate(2025, 1, 27), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2025, 1, 28), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2025, 1, 29), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2025, 1, 30), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2025, 1, 31), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2025, 2, 1), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2025, 4, 7), PublicHoliday.HungKingsCommemoration)
            .WithHoliday(new LocalDate(2025, 4, 30), PublicHoliday.ReunificationDay)
            .WithHoliday(new LocalDate(2025, 5, 1), PublicHoliday.InternationalLabourDay)
            .WithSwap(new LocalDate(2025, 5, 2), new LocalDate(2025, 4, 26), PublicHoliday.InternationalLabourDay)
            .WithHoliday(new LocalDate(2025, 9, 1), PublicHoliday.NationalDay)
            .WithHoliday(new LocalDate(2025, 9, 2), PublicHoliday.NationalDay)
            .WithVerification(SourceVerification.Secondary(
                "Thông báo 6150/TB-BLĐTBXH (date not verified) implementing Công văn 8726/VPCP-KGVX ngày 26/11/2024: Tết Saturday 25/01 – Sunday 02/02/2025; "
                + "Friday 02/5 off for Saturday 26/4/2025 worked, off 30/4 – 04/5; National Day Saturday 30/8 – Tuesday 02/9/2025; reproduced by a legal-information site",
                Tnt305))
            .WithDayVerification(new LocalDate(2025, 4, 7), SourceVerification.Unverified(
                "Lunar calendar and Labour Code art. 112.1.đ: Giỗ Tổ Hùng Vương 2025 on lunar 10/3 = Monday 07/4/2025; no announcement read"));

    /// <summary>2026: 1–4/1 with Friday 2/1 off for Saturday 10/1 worked; Tết 14–22/2; Giỗ Tổ Sunday 26/4 with Monday 27/4
    /// off; 30/4–3/5; 29/8–2/9 with Monday 31/8 off for Saturday 22/8 worked; Vietnamese Culture Day 24/11 (reported,
    /// not verified).</summary>
    public static HolidaySchedule Year2026 { get; } =
        new HolidaySchedule(2026, "Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết Bính Ngọ; Quốc khánh, hoán đổi 31/8 – 22/8); Công văn 12729/VPCP-KGVX (Tết Dương lịch); Công văn 3383/BNV-CVL (30/4–1/5); Nghị quyết 28/2026/QH16 as reported (24/11, not verified)")
            .WithHoliday(new LocalDate(2026, 1, 1), PublicHoliday.NewYear)
            .WithSwap(new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 10), PublicHoliday.NewYear)
            .WithHoliday(new LocalDate(2026, 2, 16), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2026, 2, 17), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2026, 2, 18), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2026, 2, 19), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2026, 2, 20), PublicHoliday.LunarNewYear)
            .WithHoliday(new LocalDate(2026, 4, 26), PublicHoliday.HungKingsCommemoration)
            .WithCompensatoryDayOff(new LocalDate(2026, 4, 27), PublicHoliday.HungKingsCommemoration)
            .WithHoliday(new LocalDate(2026, 4, 30), PublicHoliday.ReunificationDay)
            .WithHoliday(new LocalDate(2026, 5, 1), PublicHoliday.InternationalLabourDay)
            // Thông báo 9441/TB-BNV item 2: "nghỉ thứ Hai ngày 31/8/2026 và làm bù vào ngày thứ Bảy ngày 22/8/2026".
            .WithSwap(new LocalDate(2026, 8, 31), new LocalDate(2026, 8, 22), PublicHoliday.NationalDay)
            .WithHoliday(new LocalDate(2026, 9, 1), PublicHoliday.NationalDay)
            .WithHoliday(new LocalDate(2026, 9, 2), PublicHoliday.NationalDay)
            .WithHoliday(new LocalDate(2026, 11, 24), PublicHoliday.VietnameseCultureDay)
            .WithVerification(SourceVerification.Secondary(
                "Thông báo 9441/TB-BNV ngày 16/10/2025 (implementing Công văn 9859/VPCP-KGVX ngày 13/10/2025): item 1, Tết Monday 16/02 – Friday 20/02/2026; "
                + "item 2, National Day 01/9 and 02/9/2026, Monday 31/8 off for Saturday 22/8/2026 worked; text reproduced by a legal-information site",
                Tnt305 + "de5dc8dbe39fa7c6.md"))
            .WithDayVerification(new LocalDate(2026, 1, 2), NewYear2026)
            .WithDayVerification(new LocalDate(2026, 1, 10), NewYear2026)
            .WithDayVerification(new LocalDate(2026, 4, 27), April2026)
            .WithDayVerification(new LocalDate(2026, 4, 30), April2026)
            .WithDayVerification(new LocalDate(2026, 5, 1), April2026)
            .WithDayVerification(new LocalDate(2026, 11, 24), StatutoryHolidays.CultureDayVerification);

    /// <summary>Every announced schedule, in year order.</summary>
    public static IReadOnlyList<HolidaySchedule> All { get; } = [Year2024, Year2025, Year2026];

    /// <summary>The first day Vietnamese Culture Day (24/11) is a day off in this library: 1/7/2026, the reported
    /// effective date of Resolution 28/2026/QH16 (not verified, see <see cref="VietnameseCultureDayVerification"/>).</summary>
    public static LocalDate VietnameseCultureDayFrom => StatutoryHolidays.CultureDayFrom;

    /// <summary>How far Vietnamese Culture Day as a paid day off was checked: <see cref="VerificationStatus.Unverified"/>.
    /// The route reported by the press is Politburo Resolution 80-NQ/TW (January 2026, the policy) and Government
    /// Resolution 30/NQ-CP (February 2026, ordering an amendment of Labour Code art. 112.1); the enacting resolution
    /// (reported as 28/2026/QH16, in force 1/7/2026) was not read.</summary>
    public static SourceVerification VietnameseCultureDayVerification => StatutoryHolidays.CultureDayVerification;

    /// <summary>The holiday facts as rows of the law-currency table: one per schedule, one per entry with its own source,
    /// Vietnamese Culture Day and the statutory rules applied to other years.</summary>
    public static IReadOnlyList<DatedLegalFact> Facts { get; } = BuildFacts();

    private static SourceVerification Swap2024 => SourceVerification.Secondary(
        "Công văn 2450/VPCP-KGVX ngày 12/4/2024 (after Công văn 1511/BLĐTBXH-CATLĐ ngày 11/4/2024): Monday 29/4 off for Saturday 04/5/2024 worked, "
        + "off Saturday 27/4 – Wednesday 01/5/2024",
        "https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html");

    private static SourceVerification NewYear2026 => SourceVerification.Unverified(
        "Công văn 12729/VPCP-KGVX: Friday 02/01/2026 off for Saturday 10/01/2026 worked, cited by third-party repositories",
        "https://media.chinhphu.vn/cong-chuc-vien-chuc-duoc-nghi-4-ngay-dip-tet-duong-lich-2026-102251225111845247.htm");

    private static SourceVerification April2026 => SourceVerification.Unverified(
        "Công văn 3383/BNV-CVL ngày 10/4/2026: Giỗ Tổ Sunday 26/4/2026 compensated on Monday 27/4; 30/4–1/5 without a swap; cited by third-party repositories only");

    private static List<DatedLegalFact> BuildFacts()
    {
        var facts = new List<DatedLegalFact>();
        foreach (var schedule in new[] { Year2024, Year2025, Year2026 })
        {
            facts.Add(new DatedLegalFact(InstrumentOf(schedule.Verification),
                string.Create(CultureInfo.InvariantCulture, $"civil-service holiday schedule {schedule.Year}: {schedule.Days.Count(d => !d.IsWorkingDay)} days off, {schedule.Days.Count(d => d.IsWorkingDay)} Saturday(s) worked"),
                new LocalDate(schedule.Year, 1, 1), schedule.Verification));
            foreach (var group in schedule.DayVerifications.GroupBy(p => p.Value))
            {
                var days = string.Join(", ", group.Select(p => Describe(schedule, p.Key)));
                facts.Add(new DatedLegalFact(InstrumentOf(group.Key), days, group.First().Key, group.Key));
            }
        }
        facts.Add(new DatedLegalFact("Nghị quyết 28/2026/QH16 (as reported)", "Vietnamese Culture Day 24/11 a paid day off every year",
            StatutoryHolidays.CultureDayFrom, StatutoryHolidays.CultureDayVerification));
        facts.Add(new DatedLegalFact("Bộ luật Lao động 45/2019/QH14", "holidays and compensatory days of years without an announced schedule",
            null, StatutoryHolidays.RulesVerification));
        return facts;
    }

    // The instrument is the source up to its first comment or colon: "Công văn 2450/VPCP-KGVX ngày 12/4/2024".
    private static string InstrumentOf(SourceVerification verification)
    {
        var source = verification.Source;
        int end = new[] { source.IndexOf(" (", System.StringComparison.Ordinal), source.IndexOf(':', System.StringComparison.Ordinal) }
            .Where(i => i > 0).DefaultIfEmpty(source.Length).Min();
        return source[..end];
    }

    private static string Describe(HolidaySchedule schedule, LocalDate date)
    {
        schedule.TryGetDay(date, out var day);
        return string.Create(CultureInfo.InvariantCulture, $"{date:uuuu-MM-dd} {day.Kind.Name}");
    }
}
