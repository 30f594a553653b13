using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class ReportingScheduleTests
{
    // Default 2023: communes' 6-month report due 20/5 (Saturday) → Monday 22/5; the province's 25/5.
    private static readonly ReportingSchedule Schedule2023 = ReportingCalendar.Default.GetSchedule(2023);

    [Fact]
    public void GetOverdue_BeforeMidnightInVietnam_IsEmpty()
    {
        var clock = new FakeClock(Instant.FromUtc(2023, 5, 22, 16, 59)); // 23:59 on 22/5 in Vietnam
        Assert.Empty(Schedule2023.GetOverdue(clock));
    }

    [Fact]
    public void GetOverdue_AfterMidnightInVietnam_ListsTheCommunesReport()
    {
        var clock = new FakeClock(Instant.FromUtc(2023, 5, 22, 17, 0)); // 00:00 on 23/5 in Vietnam
        var overdue = Assert.Single(Schedule2023.GetOverdue(clock));
        var report = Assert.IsType<ReportOccurrence>(overdue);
        Assert.Equal(ReportingTier.Commune, report.Tier);

        clock.AdvanceDays(3); // 26/5 in Vietnam: the province's 25/5 has passed too
        Assert.Equal([ReportingTier.Commune, ReportingTier.Province], Schedule2023.GetOverdue(clock).OfType<ReportOccurrence>().Select(r => r.Tier));
    }

    [Fact]
    public void GetOverdue_LeavesOutSubmittedReportsAndEvents()
    {
        var now = Instant.FromUtc(2023, 12, 31, 0, 0);
        var all = Schedule2023.GetOverdue(now);
        Assert.Equal(4, all.Length);
        Assert.All(all, e => Assert.NotNull(e.Deadline));
        var rest = Schedule2023.GetOverdue(now, ["report/child-affairs-6-month/commune/2023-H1", "report/child-affairs-6-month/province/2023-H1"]);
        Assert.Equal(["report/child-affairs-annual/commune/2023-Y", "report/child-affairs-annual/province/2023-Y"], rest.Select(e => e.Id));
    }

    [Fact]
    public void GetDueWithin_CountsDaysInVietnam()
    {
        // 01:00 UTC on 22/5 is 08:00 in Vietnam.
        var clock = new FakeClock(Instant.FromUtc(2023, 5, 22, 1, 0));
        Assert.Equal(["report/child-affairs-6-month/commune/2023-H1"], Schedule2023.GetDueWithin(clock, 1).Select(e => e.Id));
        Assert.Equal(2, Schedule2023.GetDueWithin(clock, 4).Length);
        Assert.Single(Schedule2023.GetDueWithin(clock, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Schedule2023.GetDueWithin(clock, 0));
    }

    [Fact]
    public void GetDueWithin_AtNightUtc_IsAlreadyTheNextDayInVietnam()
    {
        // 18:00 UTC on 21/5 is 01:00 on 22/5 in Vietnam: the communes' report is due today.
        var clock = new FakeClock(Instant.FromUtc(2023, 5, 21, 18, 0));
        Assert.Single(Schedule2023.GetDueWithin(clock, 1));
    }

    [Fact]
    public void Find_ByIdentity()
    {
        Assert.IsType<EventOccurrence>(Schedule2023.Find("event/mid-autumn/2023-09-29"));
        Assert.Null(Schedule2023.Find("event/mid-autumn/2023-09-30"));
        Assert.Equal(2023, Schedule2023.Year);
    }
}
