using System.Collections.Generic;
using NodaTime;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Calendars;

/// <summary>The holidays of Labour Code 2019 art. 112.1 for a year, before compensatory days and announcements.</summary>
internal static class StatutoryHolidays
{
    /// <summary>Vietnamese Culture Day is a day off from this date (reported effective date of Resolution 28/2026/QH16).</summary>
    internal static readonly LocalDate CultureDayFrom = new(2026, 7, 1);

    // Not read: the resolution's number, clause and date are only cited by others; the policy is in the press.
    internal static readonly SourceVerification CultureDayVerification = SourceVerification.Unverified(
        "Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam (24/11 a paid day off, in force 01/7/2026) as cited by third-party "
        + "repositories with https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-quyet-so-28-2026-qh16-ve-phat-trien-van-hoa-viet-nam-119260508142130402.htm "
        + "(not read). Policy reported by the press: Politburo Resolution 80-NQ/TW (January 2026) chose 24/11 as a paid day off; "
        + "Government Resolution 30/NQ-CP (February 2026, https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm) "
        + "tasks amending Labour Code art. 112.1; no amendment of the Labour Code was found",
        "https://tienphong.vn/ngay-van-hoa-viet-nam-2411-se-duoc-nghi-nguoi-lao-dong-huong-nguyen-luong-post1812508.tpo");

    // The Code's articles as the rules apply them; its text was not re-read for this release.
    internal static readonly SourceVerification RulesVerification = SourceVerification.Unverified(
        "Bộ luật Lao động 45/2019/QH14, Điều 111.3 (nghỉ bù) and Điều 112 (nghỉ lễ, tết), applied as rules: not an announcement");

    internal static IEnumerable<(LocalDate Date, PublicHoliday Holiday)> Of(int year)
    {
        yield return (new LocalDate(year, 1, 1), PublicHoliday.NewYear);

        // Tết: the lunar year starting in this calendar year; its eve (last day of the previous lunar year) is day 1 of 5.
        var tet = VietnameseLunarCalendar.GetNewYear(year);
        for (int i = -1; i < 4; i++)
        {
            yield return (tet.PlusDays(i), PublicHoliday.LunarNewYear);
        }

        yield return (new VietnameseLunarDate(year, 3, 10).ToLocalDate(), PublicHoliday.HungKingsCommemoration);
        yield return (new LocalDate(year, 4, 30), PublicHoliday.ReunificationDay);
        yield return (new LocalDate(year, 5, 1), PublicHoliday.InternationalLabourDay);

        var nationalDay = new LocalDate(year, 9, 2);
        yield return (nationalDay, PublicHoliday.NationalDay);
        bool after = nationalDay.DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Thursday;
        yield return (nationalDay.PlusDays(after ? 1 : -1), PublicHoliday.NationalDay);

        var cultureDay = new LocalDate(year, 11, 24);
        if (cultureDay >= CultureDayFrom)
        {
            yield return (cultureDay, PublicHoliday.VietnameseCultureDay);
        }
    }
}
