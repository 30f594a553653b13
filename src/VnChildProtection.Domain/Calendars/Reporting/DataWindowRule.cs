using System;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// How a periodic report's data cut-off window (thời gian chốt số liệu) follows from its period: the window ends on a
/// fixed day of the period's closing month and starts the day after the same day of the month before the period.
/// </summary>
/// <remarks>
/// <para><see cref="Decree09"/> is the rule of Decree 09/2019/NĐ-CP (art. 12) for periodic reports of state
/// administrative bodies: monthly from the 15th of the previous month to the 14th; quarterly from the 15th of the
/// month before the quarter to the 14th of its last month; 6-month from 15/12 of the previous year to 14/6; 9-month
/// from 15/12 to 14/9; annual from 15/12 of the previous year to 14/12. The 9-month window is the one provincial
/// regimes apply with the same rule (for example Khánh Hòa Decision 01/2023/QĐ-UBND art. 4).</para>
/// <para>Regimes differ (DOMAIN: deadlines differ by regime), so both the end day and the closing month are
/// configurable: <c>EndingOnDay(14, monthOffset: -1)</c> closes a 6-month window on 14/5, before a report due on 20/5.
/// <see cref="CalendarPeriod"/> is the period itself (the end day is clamped to the month's length).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DataWindowRule : IEquatable<DataWindowRule>
{
    private DataWindowRule(int endDay, int monthOffset)
    {
        EndDay = endDay;
        MonthOffset = monthOffset;
    }

    /// <summary>Decree 09/2019/NĐ-CP: the window closes on the 14th of the period's last month.</summary>
    public static DataWindowRule Decree09 { get; } = new(14, 0);

    /// <summary>The window is the period itself (1st of the first month to the last day of the last month).</summary>
    public static DataWindowRule CalendarPeriod { get; } = new(31, 0);

    /// <summary>The day of the closing month on which the window ends (clamped to the month's length); the window
    /// starts the day after this day of the month before the period.</summary>
    public int EndDay { get; }

    /// <summary>Months between the period's last month and the closing month (0 = the last month, −1 = the month before).</summary>
    public int MonthOffset { get; }

    /// <summary>A window that ends on a given day of the period's last month, shifted by whole months.</summary>
    /// <param name="endDay">The closing day, 1–31 (clamped to the month's length).</param>
    /// <param name="monthOffset">Months to shift the window by, −11 to 11.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static DataWindowRule EndingOnDay(int endDay, int monthOffset = 0) =>
        new(Preconditions.CheckRange(endDay, 1, 31), Preconditions.CheckRange(monthOffset, -11, 11));

    /// <summary>The cut-off window of a period.</summary>
    /// <param name="period">A report period.</param>
    /// <returns>The inclusive window, such as 2022-12-15 – 2023-06-14 for <c>2023-H1</c> under <see cref="Decree09"/>.</returns>
    public DateInterval WindowFor(ReportPeriod period)
    {
        Preconditions.CheckArgument(period.Kind is not null, nameof(period), "The period is default.");
        var end = DayOf(period.End.PlusMonths(MonthOffset));
        var start = DayOf(period.Start.PlusMonths(MonthOffset - 1)).PlusDays(1);
        return new DateInterval(start, end);
    }

    /// <inheritdoc />
    public bool Equals(DataWindowRule? other) => other is not null && EndDay == other.EndDay && MonthOffset == other.MonthOffset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataWindowRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EndDay, MonthOffset);

    /// <summary>An English description, such as <c>cut-off on day 14 of the period's last month</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => MonthOffset == 0
        ? string.Create(CultureInfo.InvariantCulture, $"cut-off on day {EndDay} of the period's last month")
        : string.Create(CultureInfo.InvariantCulture, $"cut-off on day {EndDay} of the period's last month {MonthOffset:+0;-0} month(s)");

    /// <summary>Value equality.</summary>
    public static bool operator ==(DataWindowRule? left, DataWindowRule? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(DataWindowRule? left, DataWindowRule? right) => !Equals(left, right);

    private LocalDate DayOf(LocalDate inMonth) =>
        new(inMonth.Year, inMonth.Month, Math.Min(EndDay, inMonth.Calendar.GetDaysInMonth(inMonth.Year, inMonth.Month)));
}
