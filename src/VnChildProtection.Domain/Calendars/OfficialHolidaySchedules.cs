using System.Collections.Generic;
using NodaTime;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// The holiday schedules announced for the civil service (cán bộ, công chức, viên chức), year by year, as data.
/// </summary>
/// <remarks>
/// <para>Each schedule lists every holiday, compensatory day and swap of its year, citing the announcement.
/// Announcement numbers that could not be checked are marked "number not verified"; the dates are those reported by
/// the government portal and the national press.</para>
/// <para>Open items: a 2026 National Day swap (Monday 31/8 off for Saturday 22/8) was reported but not confirmed and
/// is not included; Vietnamese Culture Day (24/11/2026) is included as reported (Resolution 28/2026/QH16, in force
/// 1/7/2026, not verified).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public static class OfficialHolidaySchedules
{
    /// <summary>2024: Tết 8–14/2; Giỗ Tổ 18/4; 27/4–1/5 with Monday 29/4 off for Saturday 4/5 worked; 31/8–3/9.</summary>
    public static HolidaySchedule Year2024 { get; } =
        new HolidaySchedule(2024, "Công văn 2450/VPCP-KGVX ngày 12/4/2024 (30/4–1/5 swap); Bộ LĐTBXH notices on Tết and National Day 2024 (number not verified)")
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
            .WithHoliday(new LocalDate(2024, 9, 3), PublicHoliday.NationalDay);

    /// <summary>2025: Tết 25/1–2/2; Giỗ Tổ Monday 7/4; 30/4–4/5 with Friday 2/5 off for Saturday 26/4 worked; 30/8–2/9.</summary>
    public static HolidaySchedule Year2025 { get; } =
        new HolidaySchedule(2025, "Thủ tướng Chính phủ / Bộ Nội vụ notices on Tết Ất Tỵ, 30/4–1/5 swap and National Day 2025 (numbers not verified)")
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
            .WithHoliday(new LocalDate(2025, 9, 2), PublicHoliday.NationalDay);

    /// <summary>2026: 1–4/1 with Friday 2/1 off for Saturday 10/1 worked; Tết 14–22/2; Giỗ Tổ Sunday 26/4 with Monday 27/4
    /// off; 30/4–3/5; 1–2/9; Vietnamese Culture Day 24/11 (reported).</summary>
    public static HolidaySchedule Year2026 { get; } =
        new HolidaySchedule(2026, "Công văn 12729/VPCP-KGVX (New Year swap); Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết Bính Ngọ); Bộ luật Lao động 2019 Điều 111–112 for the rest; Nghị quyết 28/2026/QH16 as reported (24/11)")
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
            .WithHoliday(new LocalDate(2026, 9, 1), PublicHoliday.NationalDay)
            .WithHoliday(new LocalDate(2026, 9, 2), PublicHoliday.NationalDay)
            .WithHoliday(new LocalDate(2026, 11, 24), PublicHoliday.VietnameseCultureDay);

    /// <summary>Every announced schedule, in year order.</summary>
    public static IReadOnlyList<HolidaySchedule> All { get; } = [Year2024, Year2025, Year2026];
}
