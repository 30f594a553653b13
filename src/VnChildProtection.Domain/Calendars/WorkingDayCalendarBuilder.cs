using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// Builds a <see cref="WorkingDayCalendar"/>: choose the weekly rest days and add or replace yearly schedules
/// (for an organisation that works on Saturdays, or a year announced after this library was released).
/// </summary>
/// <remarks>
/// A new builder starts as the civil service: Saturday and Sunday off and the schedules of
/// <see cref="OfficialHolidaySchedules"/>. This type is mutable and not thread-safe; the calendars it builds are immutable.
/// </remarks>
public sealed class WorkingDayCalendarBuilder
{
    private readonly List<IsoDayOfWeek> restDays;
    private ImmutableDictionary<int, HolidaySchedule> schedules;

    /// <summary>Creates a builder for the civil-service calendar.</summary>
    public WorkingDayCalendarBuilder()
        : this([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], OfficialHolidaySchedules.All.ToImmutableDictionary(s => s.Year))
    {
    }

    internal WorkingDayCalendarBuilder(IEnumerable<IsoDayOfWeek> restDays, ImmutableDictionary<int, HolidaySchedule> schedules)
    {
        this.restDays = [.. restDays];
        this.schedules = schedules;
    }

    /// <summary>Sets the weekly rest days, replacing the current ones.</summary>
    /// <param name="days">The rest days, such as only Sunday for a six-day week; may be empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">A value is not a day of the week, or all seven days are rest days (a week
    /// without a working day has nowhere to put a compensatory day off).</exception>
    public WorkingDayCalendarBuilder WithWeeklyRestDays(params IsoDayOfWeek[] days)
    {
        Preconditions.CheckNotNull(days);
        foreach (var day in days)
        {
            Preconditions.CheckArgument(day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, nameof(days), "Not a day of the week.");
        }
        Preconditions.CheckArgument(days.Distinct().Count() < 7, nameof(days), "A week needs at least one working day.");
        restDays.Clear();
        restDays.AddRange(days.Distinct());
        return this;
    }

    /// <summary>Adds a year's schedule, replacing any schedule of the same year (including a shipped one).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder WithSchedule(HolidaySchedule schedule)
    {
        Preconditions.CheckNotNull(schedule);
        schedules = schedules.SetItem(schedule.Year, schedule);
        return this;
    }

    /// <summary>Removes a year's schedule so the statutory rules decide that year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder WithoutSchedule(int year)
    {
        schedules = schedules.Remove(year);
        return this;
    }

    /// <summary>Creates the calendar.</summary>
    /// <returns>An immutable calendar.</returns>
    public WorkingDayCalendar Build() => new(restDays, schedules);
}
