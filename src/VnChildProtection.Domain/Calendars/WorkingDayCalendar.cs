using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Threading;
using NodaTime;
using NodaTime.Text;
using OneOf;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// The working-day calendar of an organisation (lịch làm việc): weekly rest days, public holidays with compensatory
/// days, and the yearly announced schedules; answers "is this a working day", counts working days and computes legal
/// periods and deadlines.
/// </summary>
/// <remarks>
/// <para>For a year with a <see cref="HolidaySchedule"/> (the shipped <see cref="OfficialHolidaySchedules"/> or one
/// added through <see cref="WorkingDayCalendarBuilder"/>) that schedule decides every special day; other years follow
/// <see cref="HolidaySchedule.FromStatutoryRules"/> (Labour Code 2019 art. 111–112), computed once per year on first use.
/// Supported years are 1900–2100 (<see cref="SupportedDates"/>), the range of the lunar calendar. Dates that come from
/// input go through <see cref="TryGetDay"/>, <see cref="TryAddWorkingDays"/> and <see cref="TryWorkingDaysBetween"/>,
/// which return a <see cref="CalendarRangeError"/> outside that range; the other members take the range as a
/// precondition (check it with <see cref="IsSupported"/>) and throw <see cref="ArgumentOutOfRangeException"/>.</para>
/// <para>Counting is "steps": <see cref="WorkingDaysBetween"/> counts the working days passed when moving from the
/// start to the end, end included and start excluded, in either direction, so that
/// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for every <c>n</c>.</para>
/// <para><see cref="IsWorkingDay"/>, <see cref="AddWorkingDays"/> and <see cref="WorkingDaysBetween"/> read a per-year
/// bit set of working days (366 bits), derived from <see cref="GetDay"/> on a year's first use and cached.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private readonly ImmutableDictionary<int, HolidaySchedule> announced;
    private readonly HolidaySchedule?[] statutory = new HolidaySchedule?[MaxYear - MinYear + 1];
    private readonly bool[] isRestDay = new bool[8];

    // Bit i of a year's set is day i + 1 of the year; built from GetDay on first use, published once, never mutated.
    private readonly ulong[]?[] workingDayBits = new ulong[]?[MaxYear - MinYear + 1];

    internal WorkingDayCalendar(IEnumerable<IsoDayOfWeek> weeklyRestDays, ImmutableDictionary<int, HolidaySchedule> schedules)
    {
        WeeklyRestDays = [.. weeklyRestDays.Distinct()];
        foreach (var day in WeeklyRestDays)
        {
            isRestDay[(int)day] = true;
        }
        announced = schedules;
    }

    /// <summary>The civil-service calendar: Saturday and Sunday off (Decision 188/1999/QĐ-TTg, 40-hour week), statutory
    /// holidays, and the announced schedules of <see cref="OfficialHolidaySchedules"/>.</summary>
    public static WorkingDayCalendar Default { get; } = new WorkingDayCalendarBuilder().Build();

    /// <summary>The dates the calendar knows: 1900-01-01 to 2100-12-31, the range of the lunar calendar.</summary>
    public static DateInterval SupportedDates { get; } = new(new LocalDate(MinYear, 1, 1), new LocalDate(MaxYear, 12, 31));

    /// <summary>Whether a date is in <see cref="SupportedDates"/>.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <returns><c>true</c> when the calendar can answer for the date.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar (a programmer error).</exception>
    public static bool IsSupported(LocalDate date)
    {
        RequireIso(date);
        return date.Year is >= MinYear and <= MaxYear;
    }

    /// <summary>The weekly rest days (ngày nghỉ hằng tuần).</summary>
    public ImmutableArray<IsoDayOfWeek> WeeklyRestDays { get; }

    /// <summary>The schedule that decides a year: the announced one, or the statutory rules' result.</summary>
    /// <param name="year">The year, 1900–2100.</param>
    /// <returns>The year's schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2100.</exception>
    public HolidaySchedule GetSchedule(int year)
    {
        Preconditions.CheckRange(year, MinYear, MaxYear);
        if (announced.TryGetValue(year, out var schedule))
        {
            return schedule;
        }
        ref var slot = ref statutory[year - MinYear];
        var computed = Volatile.Read(ref slot);
        if (computed is null)
        {
            // Two threads may both compute; the results are equal and either may win.
            computed = HolidaySchedule.FromStatutoryRules(year, WeeklyRestDays);
            Interlocked.CompareExchange(ref slot, computed, null);
        }
        return computed;
    }

    /// <summary>What a date is: working day, weekly rest day, holiday, compensatory or swapped day.</summary>
    /// <param name="date">A date in 1900–2100.</param>
    /// <returns>The day with its kind and holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900–2100.</exception>
    public CalendarDay GetDay(LocalDate date) =>
        TryGetDay(date).Match(day => day, error => throw new ArgumentOutOfRangeException(nameof(date), error.Message));

    /// <summary>What a date is, or why the calendar cannot say: the typed form of <see cref="GetDay"/> for dates that
    /// come from input.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The day, or a <see cref="CalendarRangeError"/> when the date is outside <see cref="SupportedDates"/>.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar (a programmer error).</exception>
    public OneOf<CalendarDay, CalendarRangeError> TryGetDay(LocalDate date) =>
        !IsSupported(date) ? OutOfRange(date)
        : TryGetScheduledDay(date, out var day, out _)
            ? day
            : new CalendarDay(date, isRestDay[(int)date.DayOfWeek] ? DayKind.WeeklyRestDay : DayKind.WorkingDay);

    // The entry deciding a date and the year of the schedule holding it: the date's own year first, then a day moved
    // across New Year, which lives in the neighbouring year's schedule.
    private bool TryGetScheduledDay(LocalDate date, out CalendarDay day, out int scheduleYear)
    {
        scheduleYear = date.Year;
        if (GetSchedule(date.Year).TryGetDay(date, out day))
        {
            return true;
        }
        scheduleYear = date.Month == 1 ? date.Year - 1 : date.Month == 12 ? date.Year + 1 : 0;
        return scheduleYear is >= MinYear and <= MaxYear && GetSchedule(scheduleYear).TryGetDay(date, out day);
    }

    /// <summary>Whether staff work on a date.</summary>
    /// <param name="date">A date in 1900–2100.</param>
    /// <returns><c>true</c> for working days, including Saturdays worked in a swap.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900–2100.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        RequireIso(date);
        int bit = date.DayOfYear - 1;
        return (WorkingDayBits(date.Year)[bit >> 6] & (1UL << bit)) != 0;
    }

    // Bit positions are ISO days of the year; the schedules' sorted lookup also refused other calendars.
    private static void RequireIso(LocalDate date) =>
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "The date is not in the ISO calendar.");

    // The year's working days as a bit set: a flat answer per day instead of two dictionary lookups and a CalendarDay.
    private ulong[] WorkingDayBits(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            GetSchedule(year); // throws the same exception GetDay does
        }
        ref var slot = ref workingDayBits[year - MinYear];
        var bits = Volatile.Read(ref slot);
        if (bits is null)
        {
            // Two threads may both build; the sets are equal and either may win.
            bits = new ulong[6];
            var jan1 = new LocalDate(year, 1, 1);
            int days = CalendarSystem.Iso.GetDaysInYear(year);
            for (int i = 0; i < days; i++)
            {
                if (GetDay(jan1.PlusDays(i)).IsWorkingDay)
                {
                    bits[i >> 6] |= 1UL << i;
                }
            }
            bits = Interlocked.CompareExchange(ref slot, bits, null) ?? bits;
        }
        return bits;
    }

    /// <summary>The first working day on or after a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><paramref name="date"/> itself when it is a working day.</returns>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }
        return date;
    }

    /// <summary>Moves a number of working days forward (positive) or backward (negative).</summary>
    /// <param name="date">The start, which is not counted (it may be a day off).</param>
    /// <param name="workingDays">How many working days to move; 0 returns <paramref name="date"/> unchanged.</param>
    /// <returns>For n &gt; 0 the n-th working day after <paramref name="date"/>; for n &lt; 0 the |n|-th working day before it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="SupportedDates"/> or the walk
    /// leaves it; use <see cref="TryAddWorkingDays"/> for input.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays) =>
        TryAddWorkingDays(date, workingDays).Match(day => day, error => throw new ArgumentOutOfRangeException(nameof(workingDays), error.Message));

    /// <summary>Moves a number of working days forward (positive) or backward (negative), or says why it cannot: the
    /// typed form of <see cref="AddWorkingDays"/> for dates and counts that come from input.</summary>
    /// <param name="date">The start, which is not counted (it may be a day off).</param>
    /// <param name="workingDays">How many working days to move, any <see cref="int"/> (<see cref="int.MinValue"/> included);
    /// 0 returns <paramref name="date"/> unchanged.</param>
    /// <returns>The working day reached, or a <see cref="CalendarRangeError"/> when <paramref name="date"/> is outside
    /// <see cref="SupportedDates"/> or the walk leaves it.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar (a programmer error).</exception>
    public OneOf<LocalDate, CalendarRangeError> TryAddWorkingDays(LocalDate date, int workingDays)
    {
        if (!IsSupported(date))
        {
            return OutOfRange(date);
        }
        if (workingDays == 0)
        {
            return date;
        }
        // long: |int.MinValue| does not fit in an int.
        long left = Math.Abs((long)workingDays);
        var reached = workingDays > 0 ? NthWorkingDayFrom(date.PlusDays(1), left) : NthWorkingDayBackFrom(date.PlusDays(-1), left);
        return reached is { } day
            ? day
            : new CalendarRangeError(null, string.Create(CultureInfo.InvariantCulture,
                $"{workingDays} working days from {Iso(date)} leave {Iso(SupportedDates.Start)} … {Iso(SupportedDates.End)}, the dates the calendar knows."));
    }

    private static CalendarRangeError OutOfRange(LocalDate date) =>
        new(date, $"{Iso(date)} is outside {Iso(SupportedDates.Start)} … {Iso(SupportedDates.End)}, the dates the calendar knows (the range of the lunar calendar).");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // The n-th working day on or after a date: popcount whole years and 64-day words, then select the bit; null when
    // the walk passes the last supported year.
    private LocalDate? NthWorkingDayFrom(LocalDate first, long n)
    {
        int year = first.Year;
        int from = first.DayOfYear - 1;
        while (true)
        {
            if (year > MaxYear)
            {
                return null;
            }
            var bits = WorkingDayBits(year);
            for (int w = from >> 6; w < bits.Length; w++)
            {
                ulong word = w == from >> 6 ? bits[w] & (ulong.MaxValue << from) : bits[w];
                int count = BitOperations.PopCount(word);
                if (count >= n)
                {
                    for (int k = 1; k < n; k++)
                    {
                        word &= word - 1;
                    }
                    return new LocalDate(year, 1, 1).PlusDays((w << 6) + BitOperations.TrailingZeroCount(word));
                }
                n -= count;
            }
            year++;
            from = 0;
        }
    }

    // The n-th working day on or before a date, walking the bit set downwards; null when the walk passes the first
    // supported year.
    private LocalDate? NthWorkingDayBackFrom(LocalDate last, long n)
    {
        int year = last.Year;
        int to = last.DayOfYear - 1;
        while (true)
        {
            if (year < MinYear)
            {
                return null;
            }
            var bits = WorkingDayBits(year);
            for (int w = to >> 6; w >= 0; w--)
            {
                ulong word = w == to >> 6 ? bits[w] & (ulong.MaxValue >> (63 - (to & 63))) : bits[w];
                int count = BitOperations.PopCount(word);
                if (count >= n)
                {
                    for (int k = 1; k < n; k++)
                    {
                        word &= ~(1UL << (63 - BitOperations.LeadingZeroCount(word)));
                    }
                    return new LocalDate(year, 1, 1).PlusDays((w << 6) + 63 - BitOperations.LeadingZeroCount(word));
                }
                n -= count;
            }
            year--;
            to = 365; // bit 365 is never set in a 365-day year
        }
    }

    /// <summary>
    /// The signed number of working days passed moving from <paramref name="start"/> to <paramref name="end"/>: working
    /// days in (start, end] when end ≥ start, minus those in [end, start) when end &lt; start.
    /// </summary>
    /// <param name="start">The origin, not counted.</param>
    /// <param name="end">The destination, counted when it is a working day.</param>
    /// <returns>The count, negative when <paramref name="end"/> is before <paramref name="start"/>.</returns>
    /// <remarks>Inverse of <see cref="AddWorkingDays"/>: <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside <see cref="SupportedDates"/>; use
    /// <see cref="TryWorkingDaysBetween"/> for input.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end) =>
        TryWorkingDaysBetween(start, end).Match(count => count, error => throw new ArgumentOutOfRangeException(nameof(start), error.Message));

    /// <summary>The signed number of working days from <paramref name="start"/> to <paramref name="end"/>, or why the
    /// calendar cannot count them: the typed form of <see cref="WorkingDaysBetween"/> for dates that come from input.</summary>
    /// <param name="start">The origin, not counted.</param>
    /// <param name="end">The destination, counted when it is a working day.</param>
    /// <returns>The count, or a <see cref="CalendarRangeError"/> naming the first date outside <see cref="SupportedDates"/>.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar (a programmer error).</exception>
    public OneOf<int, CalendarRangeError> TryWorkingDaysBetween(LocalDate start, LocalDate end) =>
        !IsSupported(start) ? OutOfRange(start)
        : !IsSupported(end) ? OutOfRange(end)
        : end >= start ? CountWorkingDays(start.PlusDays(1), end) : -CountWorkingDays(end, start.PlusDays(-1));

    // Working days in [first, last]: a popcount over each year's bit set, so the cost grows with 64-day words, not days.
    private int CountWorkingDays(LocalDate first, LocalDate last)
    {
        if (first > last)
        {
            return 0;
        }
        RequireIso(first);
        RequireIso(last);
        int count = 0;
        for (int year = first.Year; year <= last.Year; year++)
        {
            var bits = WorkingDayBits(year);
            int lo = year == first.Year ? first.DayOfYear - 1 : 0;
            int hi = year == last.Year ? last.DayOfYear - 1 : 365;
            for (int w = lo >> 6; w <= hi >> 6; w++)
            {
                ulong word = bits[w];
                if (w == lo >> 6)
                {
                    word &= ulong.MaxValue << lo;
                }
                if (w == hi >> 6)
                {
                    word &= ulong.MaxValue >> (63 - (hi & 63));
                }
                count += BitOperations.PopCount(word);
            }
        }
        return count;
    }

    /// <summary>
    /// The last day of a period counted in days from an event (Civil Code 2015 art. 147–148): the period starts the day
    /// after the event; when its last day is a weekly rest day or a holiday it ends on the next working day.
    /// </summary>
    /// <param name="eventDate">The day of the event (not counted).</param>
    /// <param name="days">The length of the period in calendar days, at least 1.</param>
    /// <returns>The last day; the period ends at the end of that day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public LocalDate EndOfPeriodInDays(LocalDate eventDate, int days)
    {
        Preconditions.CheckRange(days, 1, int.MaxValue);
        return NextWorkingDayOnOrAfter(eventDate.PlusDays(days));
    }

    /// <summary>A deadline a number of calendar days after an instant in Vietnam (Civil Code 2015 art. 147–148).</summary>
    /// <param name="received">When the event happened, such as a report received.</param>
    /// <param name="days">The period in days, at least 1.</param>
    /// <returns>The end of the period's last day (moved to the next working day if needed).</returns>
    public Deadline DeadlineInDays(Instant received, int days) => Deadline.EndOf(EndOfPeriodInDays(LocalDateInVietnam(received), days));

    /// <summary>A deadline a number of working days (ngày làm việc) after an instant in Vietnam.</summary>
    /// <param name="received">When the period starts, such as a report received or a meeting held.</param>
    /// <param name="workingDays">The period in working days, at least 1 (Decree 56/2017 art. 28: 5 days to draft a
    /// plan, 2 days to approve it).</param>
    /// <returns>The end of the n-th working day after the day of <paramref name="received"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1.</exception>
    public Deadline DeadlineInWorkingDays(Instant received, int workingDays)
    {
        Preconditions.CheckRange(workingDays, 1, int.MaxValue);
        return Deadline.EndOf(AddWorkingDays(LocalDateInVietnam(received), workingDays));
    }

    /// <summary>A builder starting from this calendar's rest days and announced schedules.</summary>
    /// <returns>A new builder.</returns>
    public WorkingDayCalendarBuilder ToBuilder() => new(WeeklyRestDays, announced);

    private static LocalDate LocalDateInVietnam(Instant instant) => instant.InZone(Deadline.VietnamTimeZone).Date;
}
