using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Workflow;

public class StatutoryPeriodTests
{
    private static readonly Instant Friday25April = Instant.FromUtc(2025, 4, 25, 2, 0);

    [Fact]
    public void DeadlineFrom_Hours_OnTheClockThroughHolidays() =>
        Assert.Equal(Deadline.At(Instant.FromUtc(2025, 4, 25, 14, 0)), StatutoryPeriod.Hours(12).DeadlineFrom(Friday25April, WorkingDayCalendar.Default));

    [Fact]
    public void DeadlineFrom_WorkingDays_CountsSwappedSaturday() =>
        // Sat 26/4 is worked (swap for Fri 2/5), so the 2 working days are Sat 26/4 and Mon 28/4.
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 4, 28)), StatutoryPeriod.WorkingDays(2).DeadlineFrom(Friday25April, WorkingDayCalendar.Default));

    [Fact]
    public void DeadlineFrom_Days_LastDayOffMovesToNextWorkingDay() =>
        // 25/4 + 7 days = Fri 2/5, swapped off; Sat 3, Sun 4 off; Civil Code art. 148 moves the end to Mon 5/5.
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 5, 5)), StatutoryPeriod.Days(7).DeadlineFrom(Friday25April, WorkingDayCalendar.Default));

    [Fact]
    public void Equals_SameUnitAndAmount()
    {
        Assert.Equal(StatutoryPeriod.WorkingDays(5), StatutoryPeriod.WorkingDays(5));
        Assert.NotEqual(StatutoryPeriod.WorkingDays(5), StatutoryPeriod.Days(5));
        Assert.Equal(StatutoryPeriod.Hours(12).GetHashCode(), StatutoryPeriod.Hours(12).GetHashCode());
        Assert.True(StatutoryPeriod.Hours(12).IsInHours);
        Assert.True(StatutoryPeriod.WorkingDays(2).IsInWorkingDays);
    }
}
