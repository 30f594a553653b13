using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// A public holiday (ngày nghỉ lễ, tết) on which employees are off with full pay, in the order of the Labour Code
/// 2019 (Bộ luật Lao động số 45/2019/QH14), article 112.1, plus Vietnamese Culture Day.
/// </summary>
/// <remarks>
/// <para>When a holiday falls on the weekly rest day, the next working day is off instead (art. 111.3); see
/// <see cref="WorkingDayCalendar"/>. The Prime Minister fixes the exact Tết days and the day adjacent to National
/// Day each year (art. 112.3); the announced schedules are in <see cref="OfficialHolidaySchedules"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PublicHoliday : ClosedSet<PublicHoliday>, IClosedSet<PublicHoliday>
{
    /// <summary>Tết Dương lịch: New Year's Day, 1 January (art. 112.1.a), one day.</summary>
    public static readonly PublicHoliday NewYear = new(nameof(NewYear), 1, "Tết Dương lịch", "New Year's Day");

    /// <summary>Tết Âm lịch (Tết Nguyên đán): Lunar New Year, five days (art. 112.1.b), by default the last day of the
    /// lunar year and lunar 1–4/1.</summary>
    public static readonly PublicHoliday LunarNewYear = new(nameof(LunarNewYear), 2, "Tết Âm lịch", "Lunar New Year");

    /// <summary>Giỗ Tổ Hùng Vương: Hùng Kings' Commemoration, lunar 10/3 (art. 112.1.đ), one day.</summary>
    public static readonly PublicHoliday HungKingsCommemoration = new(nameof(HungKingsCommemoration), 3, "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day");

    /// <summary>Ngày Chiến thắng: Reunification Day, 30 April (art. 112.1.c), one day.</summary>
    public static readonly PublicHoliday ReunificationDay = new(nameof(ReunificationDay), 4, "Ngày Chiến thắng", "Reunification Day");

    /// <summary>Ngày Quốc tế lao động: International Labour Day, 1 May (art. 112.1.d), one day.</summary>
    public static readonly PublicHoliday InternationalLabourDay = new(nameof(InternationalLabourDay), 5, "Ngày Quốc tế lao động", "International Labour Day");

    /// <summary>Quốc khánh: National Day, 2 September and one adjacent day, 1 or 3 September (art. 112.1.e).</summary>
    public static readonly PublicHoliday NationalDay = new(nameof(NationalDay), 6, "Quốc khánh", "National Day");

    /// <summary>Ngày Văn hóa Việt Nam: Vietnamese Culture Day, 24 November, from 2026.</summary>
    /// <remarks>Not verified (<see cref="OfficialHolidaySchedules.VietnameseCultureDayVerification"/>): the press reports
    /// that Politburo Resolution 80-NQ/TW (January 2026) chose 24/11 with the policy of a paid day off and that Government
    /// Resolution 30/NQ-CP (February 2026) tasked amending Labour Code art. 112.1; the enacting instrument is cited by
    /// others as Resolution 28/2026/QH16, in force 1 July 2026, but its text was not read and no amendment of the Code was
    /// found. The library treats the day as off from 1/7/2026 (<see cref="OfficialHolidaySchedules.VietnameseCultureDayFrom"/>),
    /// like the other holidays, and flags every such day as unverified; a host that does not accept the report removes the
    /// day from the year's <see cref="HolidaySchedule"/>.</remarks>
    public static readonly PublicHoliday VietnameseCultureDay = new(nameof(VietnameseCultureDay), 7, "Ngày Văn hóa Việt Nam", "Vietnamese Culture Day");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<PublicHoliday> IClosedSet<PublicHoliday>.Members { get; } = [NewYear, LunarNewYear, HungKingsCommemoration, ReunificationDay, InternationalLabourDay, NationalDay, VietnameseCultureDay];

    private PublicHoliday(string name, int value, string vietnameseName, string englishName)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>The Vietnamese name, with diacritics, such as <c>Giỗ Tổ Hùng Vương</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name, such as <c>Hùng Kings' Commemoration Day</c>.</summary>
    public string EnglishName { get; }
}
