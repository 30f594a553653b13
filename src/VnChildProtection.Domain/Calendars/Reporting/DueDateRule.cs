using System;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// When a report of a period is due (thời hạn gửi báo cáo), as a regime states it: a fixed day of the reporting year
/// ("trước ngày 20/5"), a number of days after the period ends, or a day of a month after the period.
/// </summary>
/// <remarks>
/// <para>Decree 09/2019/NĐ-CP leaves the submission deadline to each regime (at least one working day after the
/// cut-off), and each tier of a cascade has its own (seed 001: units by 20/5, the department by 25/5). The date a
/// rule gives is the date as written; <see cref="DueDatePolicy"/> moves it off days off.</para>
/// <para>Days past the end of a month are clamped (day 31 of June is 30 June).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DueDateRule : IEquatable<DueDateRule>
{
    private enum RuleKind
    {
        FixedDate,
        DaysAfterPeriodEnd,
        DayOfMonthAfterPeriod,
    }

    private readonly RuleKind kind;

    private DueDateRule(RuleKind kind, int day, int month, int offset)
    {
        this.kind = kind;
        Day = day;
        Month = month;
        Offset = offset;
    }

    /// <summary>The day of the month for a fixed-date or day-of-month rule; the number of days for a days-after rule.</summary>
    public int Day { get; }

    /// <summary>The month of a fixed-date rule (1–12); 0 for the other rules.</summary>
    public int Month { get; }

    /// <summary>For a fixed date, years after the reporting year (0 or 1); for a day-of-month rule, months after the
    /// period's last month (0 = the last month itself); 0 for a days-after rule.</summary>
    public int Offset { get; }

    /// <summary>Whether the rule names a fixed day and month, which suits only kinds with one period a year.</summary>
    public bool IsFixedDate => kind == RuleKind.FixedDate;

    /// <summary>Day <paramref name="day"/> of month <paramref name="month"/> of the reporting year (or the next year).</summary>
    /// <param name="day">The day, 1–31 (clamped to the month's length).</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="yearOffset">0 for the reporting year, 1 for the year after (an annual report due in January).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static DueDateRule FixedDate(int day, int month, int yearOffset = 0) =>
        new(RuleKind.FixedDate, Preconditions.CheckRange(day, 1, 31), Preconditions.CheckRange(month, 1, 12), Preconditions.CheckRange(yearOffset, 0, 1));

    /// <summary><paramref name="days"/> calendar days after the last day of the period.</summary>
    /// <param name="days">0–366; 0 is the period's last day.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static DueDateRule DaysAfterPeriodEnd(int days) =>
        new(RuleKind.DaysAfterPeriodEnd, Preconditions.CheckRange(days, 0, 366), 0, 0);

    /// <summary>Day <paramref name="day"/> of the month after the period, or of a later (or the closing) month.</summary>
    /// <param name="day">The day, 1–31 (clamped to the month's length).</param>
    /// <param name="monthsAfter">Months after the period's last month: 1 (default) for the next month, 0 for the last month itself, up to 12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static DueDateRule DayOfMonthAfterPeriod(int day, int monthsAfter = 1) =>
        new(RuleKind.DayOfMonthAfterPeriod, Preconditions.CheckRange(day, 1, 31), 0, Preconditions.CheckRange(monthsAfter, 0, 12));

    /// <summary>The due date of a period, as written (before any working-day adjustment).</summary>
    /// <param name="period">The report period.</param>
    /// <returns>The date.</returns>
    public LocalDate DueDateFor(ReportPeriod period)
    {
        Preconditions.CheckArgument(period.Kind is not null, nameof(period), "The period is default.");
        switch (kind)
        {
            case RuleKind.FixedDate:
                return Clamped(period.End.Year + Offset, Month, Day);
            case RuleKind.DaysAfterPeriodEnd:
                return period.End.PlusDays(Day);
            default:
                var month = period.End.PlusMonths(Offset);
                return Clamped(month.Year, month.Month, Day);
        }
    }

    /// <inheritdoc />
    public bool Equals(DueDateRule? other) =>
        other is not null && kind == other.kind && Day == other.Day && Month == other.Month && Offset == other.Offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DueDateRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(kind, Day, Month, Offset);

    /// <summary>An English description: <c>20/5 of the reporting year</c>, <c>15 days after the period ends</c>,
    /// <c>day 20 of the month after the period</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => kind switch
    {
        RuleKind.FixedDate => string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month} of the {(Offset == 0 ? "reporting year" : "year after")}"),
        RuleKind.DaysAfterPeriodEnd => string.Create(CultureInfo.InvariantCulture, $"{Day} days after the period ends"),
        _ => Offset switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"day {Day} of the period's last month"),
            1 => string.Create(CultureInfo.InvariantCulture, $"day {Day} of the month after the period"),
            _ => string.Create(CultureInfo.InvariantCulture, $"day {Day} of the {Offset}th month after the period"),
        },
    };

    /// <summary>Value equality.</summary>
    public static bool operator ==(DueDateRule? left, DueDateRule? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(DueDateRule? left, DueDateRule? right) => !Equals(left, right);

    private static LocalDate Clamped(int year, int month, int day) =>
        new(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));
}
