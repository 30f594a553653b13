using System;
using System.Collections.Generic;
using Ardalis.SmartEnum;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// What to do with a due date that falls on a day off (weekly rest day, holiday, compensatory or swapped day off).
/// </summary>
/// <remarks>
/// <para><see cref="NextWorkingDay"/> follows the Civil Code 2015 art. 148.4: when the last day of a period is a
/// weekly rest day or a holiday, the period ends at the end of the next working day. Some regimes ask for reports
/// before the day off instead (<see cref="PreviousWorkingDay"/>); <see cref="Keep"/> shows the date as written.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DueDatePolicy : ClosedSet<DueDatePolicy>, IClosedSet<DueDatePolicy>
{
    /// <summary>Giữ nguyên: keep the date as written, even on a day off.</summary>
    public static readonly DueDatePolicy Keep = new(nameof(Keep), 0, "giữ nguyên ngày");

    /// <summary>Lùi sang ngày làm việc tiếp theo: move to the next working day (Civil Code 2015 art. 148.4).</summary>
    public static readonly DueDatePolicy NextWorkingDay = new(nameof(NextWorkingDay), 1, "lùi sang ngày làm việc tiếp theo");

    /// <summary>Đưa về ngày làm việc liền trước: move to the previous working day.</summary>
    public static readonly DueDatePolicy PreviousWorkingDay = new(nameof(PreviousWorkingDay), 2, "đưa về ngày làm việc liền trước");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<DueDatePolicy> IClosedSet<DueDatePolicy>.Members { get; } = [Keep, NextWorkingDay, PreviousWorkingDay];

    private DueDatePolicy(string name, int value, string vietnameseName)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
    }

    /// <summary>The Vietnamese wording, such as <c>lùi sang ngày làm việc tiếp theo</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>Applies the policy to a due date.</summary>
    /// <param name="dueDate">The date as the regime writes it.</param>
    /// <param name="workingDays">The working-day calendar that says which days are off.</param>
    /// <returns>The adjusted date; <paramref name="dueDate"/> itself when it is a working day or the policy is <see cref="Keep"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workingDays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900–2100.</exception>
    public LocalDate Adjust(LocalDate dueDate, WorkingDayCalendar workingDays)
    {
        Preconditions.CheckNotNull(workingDays);
        if (this == Keep)
        {
            return dueDate;
        }
        int step = this == NextWorkingDay ? 1 : -1;
        while (!workingDays.IsWorkingDay(dueDate))
        {
            dueDate = dueDate.PlusDays(step);
        }
        return dueDate;
    }
}
