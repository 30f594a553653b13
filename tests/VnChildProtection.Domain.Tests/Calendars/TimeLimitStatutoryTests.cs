using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Tests.Calendars;

// The limits of Decree 56/2017 counted from a report received on Friday 25 April 2025, 09:00 in Vietnam, just before
// the 30/4–4/5 break of 2025 (Saturday 26/4 worked in exchange for Friday 2/5).
public class TimeLimitStatutoryTests
{
    private static readonly Instant Friday25April = Instant.FromUtc(2025, 4, 25, 2, 0);

    [Fact]
    public void Factories_MatchTheConstructor()
    {
        Assert.Equal(new TimeLimit(12, TimeLimitUnit.Hours), TimeLimit.Hours(12));
        Assert.Equal(new TimeLimit(15, TimeLimitUnit.Days), TimeLimit.Days(15));
        Assert.Equal(new TimeLimit(5, TimeLimitUnit.WorkingDays), TimeLimit.WorkingDays(5));
        Assert.Equal(new TimeLimit(1, TimeLimitUnit.Months), TimeLimit.Months(1));
        Assert.NotEqual(TimeLimit.WorkingDays(5), TimeLimit.Days(5));
    }

    [Fact]
    public void DeadlineFrom_12Hours_RunsOnTheClock() =>
        Assert.Equal(Deadline.At(Instant.FromUtc(2025, 4, 25, 14, 0)), TimeLimit.Hours(12).DeadlineFrom(Friday25April, WorkingDayCalendar.Default));

    [Fact]
    public void DeadlineFrom_2WorkingDays_CountsTheSwappedSaturday() =>
        // Sat 26/4 is worked (swap for Fri 2/5), so the 2 working days are Sat 26/4 and Mon 28/4.
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 4, 28)), TimeLimit.WorkingDays(2).DeadlineFrom(Friday25April, WorkingDayCalendar.Default));

    [Fact]
    public void DeadlineFrom_7Days_LastDayOffMovesToNextWorkingDay() =>
        // 25/4 + 7 days = Fri 2/5, swapped off; Sat 3, Sun 4 off; Civil Code art. 148 moves the end to Mon 5/5.
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 5, 5)), TimeLimit.Days(7).DeadlineFrom(Friday25April, WorkingDayCalendar.Default));
}
