using System.Collections.Generic;
using NodaTime;

namespace VnChildProtection.Domain.Calendars;

/// <summary>The holidays of Labour Code 2019 art. 112.1 for a year, before compensatory days and announcements.</summary>
internal static class StatutoryHolidays
{
    /// <summary>Vietnamese Culture Day is a day off from this date (reported effective date of Resolution 28/2026/QH16).</summary>
    internal static readonly LocalDate CultureDayFrom = new(2026, 7, 1);

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
