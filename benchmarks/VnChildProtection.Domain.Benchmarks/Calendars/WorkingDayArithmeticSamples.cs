using System.Collections.Generic;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Benchmarks.Calendars;

/// <summary>
/// The samples and the naive calendar shared by the working-day benchmarks: start dates every 5 days of 2025 (so
/// every weekday and the Tết and 30/4 breaks), and the civil-service calendar flattened into a dictionary.
/// </summary>
internal static class WorkingDayArithmeticSamples
{
    /// <summary>73 start dates, 2025-01-01 to 2025-12-27.</summary>
    public static readonly LocalDate[] Starts = [.. Enumerable.Range(0, 73).Select(i => new LocalDate(2025, 1, 1).PlusDays(5 * i))];

    /// <summary>Every scheduled day 2024–2031 (date → worked?), as a hand-written implementation would keep them.</summary>
    public static readonly Dictionary<LocalDate, bool> Overrides = Enumerable.Range(2024, 8)
        .SelectMany(year => WorkingDayCalendar.Default.GetSchedule(year).Days)
        .ToDictionary(day => day.Date, day => day.IsWorkingDay);

    /// <summary>The naive test for one day: a scheduled day decides, otherwise Saturday and Sunday are off.</summary>
    public static bool IsWorkingDay(LocalDate date) =>
        Overrides.TryGetValue(date, out bool worked) ? worked : date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
}
