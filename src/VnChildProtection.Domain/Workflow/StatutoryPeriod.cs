using System;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A time limit as the law words it: hours on the clock (<c>12 giờ</c>), working days (<c>05 ngày làm việc</c>) or
/// calendar days (<c>15 ngày</c>).
/// </summary>
/// <remarks>
/// <para>Counting follows the Civil Code 2015 art. 144–148 through <see cref="WorkingDayCalendar"/>: hours run from the
/// instant; days and working days start the day after the event (in Vietnam) and end at the end of the last day; a
/// period in days whose last day is not a working day ends at the end of the next working day.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class StatutoryPeriod : IEquatable<StatutoryPeriod>
{
    private const int HourUnit = 0;
    private const int WorkingDayUnit = 1;
    private const int DayUnit = 2;

    private readonly int unit;

    private StatutoryPeriod(int unit, int amount)
    {
        this.unit = unit;
        Amount = Preconditions.CheckRange(amount, 1, 10_000);
    }

    /// <summary>How many hours or days.</summary>
    public int Amount { get; }

    /// <summary>Whether the period runs on the clock (hours) rather than in days.</summary>
    public bool IsInHours => unit == HourUnit;

    /// <summary>Whether the period counts working days only (ngày làm việc).</summary>
    public bool IsInWorkingDays => unit == WorkingDayUnit;

    /// <summary>A period in hours (giờ), such as 12 hours (Decree 56/2017 art. 26.3).</summary>
    /// <param name="hours">At least 1.</param>
    /// <returns>The period.</returns>
    public static StatutoryPeriod Hours(int hours) => new(HourUnit, hours);

    /// <summary>A period in working days (ngày làm việc), such as 5 working days (art. 28.1).</summary>
    /// <param name="days">At least 1.</param>
    /// <returns>The period.</returns>
    public static StatutoryPeriod WorkingDays(int days) => new(WorkingDayUnit, days);

    /// <summary>A period in calendar days (ngày), such as 15 days (art. 32.3).</summary>
    /// <param name="days">At least 1.</param>
    /// <returns>The period.</returns>
    public static StatutoryPeriod Days(int days) => new(DayUnit, days);

    /// <summary>The deadline of the period started at <paramref name="start"/>.</summary>
    /// <param name="start">The event the period runs from.</param>
    /// <param name="calendar">The working-day calendar (holidays, compensatory and swapped days).</param>
    /// <returns>An instant deadline for hours, an end-of-day deadline otherwise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public Deadline DeadlineFrom(Instant start, WorkingDayCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        return unit switch
        {
            HourUnit => Deadline.After(start, Duration.FromHours(Amount)),
            WorkingDayUnit => calendar.DeadlineInWorkingDays(start, Amount),
            _ => calendar.DeadlineInDays(start, Amount),
        };
    }

    /// <summary><c>12 hours</c>, <c>5 working days</c> or <c>15 days</c>.</summary>
    /// <returns>The period as text.</returns>
    public override string ToString() =>
        Amount.ToString(CultureInfo.InvariantCulture) + unit switch
        {
            HourUnit => " hours",
            WorkingDayUnit => " working days",
            _ => " days",
        };

    /// <inheritdoc />
    public bool Equals(StatutoryPeriod? other) => other is not null && unit == other.unit && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatutoryPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(unit, Amount);
}
