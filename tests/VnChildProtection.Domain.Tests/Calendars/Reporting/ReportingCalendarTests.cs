using System;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class ReportingCalendarTests
{
    private static string Row(ReportOccurrence r) =>
        $"{r.Definition.Id} {r.Tier.Name} {r.Period} {r.RawDueDate:uuuu-MM-dd}->{r.DueDate:uuuu-MM-dd}";

    [Fact]
    public void LangSon2023_TwoTierCascade_WithWorkingDayAdjustments()
    {
        var schedule = ReportingCalendar.Default.WithRegime(ReportingRegimes.LangSon2023).GetSchedule(2023);

        // 20/5/2023 is a Saturday: the units' 6-month report moves to Monday 22/5.
        Assert.Equal(
            [
                "child-affairs-6-month District 2023-H1 2023-05-20->2023-05-22",
                "child-affairs-6-month Province 2023-H1 2023-05-25->2023-05-25",
                "child-affairs-annual District 2023-Y 2023-11-15->2023-11-15",
                "child-affairs-annual Province 2023-Y 2023-11-20->2023-11-20",
            ],
            schedule.Reports.Select(Row));
        var units = schedule.Reports.First();
        Assert.True(units.IsAdjusted);
        Assert.Equal(new DateInterval(new LocalDate(2022, 12, 15), new LocalDate(2023, 6, 14)), units.DataWindow);
        Assert.Equal("report/child-affairs-6-month/district/2023-H1", units.Id);
        Assert.Equal("Báo cáo 6 tháng công tác trẻ em – cấp huyện – 6 tháng đầu năm 2023", units.Title);
        Assert.Contains("Due 2023-05-20 (Saturday, a day off), moved to 2023-05-22 (next working day).", units.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void QuangNgai2020_ReportsOn20MayAnd20November()
    {
        var schedule = ReportingCalendar.Default.WithRegime(ReportingRegimes.QuangNgai2020).GetSchedule(2020);
        Assert.Equal(
            ["child-affairs-6-month District 2020-H1 2020-05-20->2020-05-20", "child-affairs-annual District 2020-Y 2020-11-20->2020-11-20"],
            schedule.Reports.Select(Row));
        Assert.Contains(ReportingRegimes.QuangNgai2020.Definitions, d => d.Kind == ReportPeriodKind.AdHoc);

        // In 2023 the same regime's 20/5 is a Saturday.
        var later = ReportingCalendar.Default.WithRegime(ReportingRegimes.QuangNgai2020).GetSchedule(2023);
        Assert.Equal(new LocalDate(2023, 5, 22), later.Reports.First().DueDate);
    }

    [Fact]
    public void AnGiang2024_Quarterly6MonthAndAnnual()
    {
        var schedule = ReportingCalendar.Default.WithRegime(ReportingRegimes.AnGiang2024).GetSchedule(2024);
        Assert.Equal(
            [
                "child-affairs-quarterly District 2024-Q1 2024-03-20->2024-03-20",
                "child-affairs-6-month District 2024-H1 2024-05-20->2024-05-20",
                "child-affairs-quarterly District 2024-Q2 2024-06-20->2024-06-20",
                "child-affairs-quarterly District 2024-Q3 2024-09-20->2024-09-20",
                "child-affairs-annual District 2024-Y 2024-11-15->2024-11-15",
                "child-affairs-quarterly District 2024-Q4 2024-12-20->2024-12-20",
            ],
            schedule.Reports.Select(Row));
        var q2 = schedule.Reports.Single(r => r.Period.ToString() == "2024-Q2");
        Assert.Equal(new DateInterval(new LocalDate(2024, 3, 15), new LocalDate(2024, 6, 14)), q2.DataWindow);
    }

    [Fact]
    public void QuangNinh2021_OneOffDeadlineBudgetAndAnnual()
    {
        var schedule = ReportingCalendar.Default.WithRegime(ReportingRegimes.QuangNinh2021).GetSchedule(2021);
        var deadline = Assert.Single(schedule.Deadlines);
        Assert.Equal(new LocalDate(2021, 3, 31), deadline.DueDate);
        Assert.Equal("deadline/implementation-plans-2021", deadline.Id);
        // 31/7/2021 is a Saturday.
        var budget = schedule.Reports.Single(r => r.Definition.Id == "budget-estimate");
        Assert.Equal(new LocalDate(2021, 8, 2), budget.DueDate);
        Assert.Null(budget.DataWindow);
        Assert.Equal(new LocalDate(2021, 12, 20), schedule.Reports.Single(r => r.Definition.Id == "child-affairs-annual").DueDate);
        Assert.Empty(ReportingCalendar.Default.WithRegime(ReportingRegimes.QuangNinh2021).GetSchedule(2022).Deadlines);
    }

    [Fact]
    public void Default_IsSeed001CascadeFromCommunes_WithEvents()
    {
        var schedule = ReportingCalendar.Default.GetSchedule(2025);
        Assert.Equal(
            [
                "child-affairs-6-month Commune 2025-H1 2025-05-20->2025-05-20",
                "child-affairs-6-month Province 2025-H1 2025-05-25->2025-05-26",
                "child-affairs-annual Commune 2025-Y 2025-11-15->2025-11-17",
                "child-affairs-annual Province 2025-Y 2025-11-20->2025-11-20",
            ],
            schedule.Reports.Select(Row));
        Assert.Equal(
            ["event/tet/2025-01-29", "event/action-month/2025-06-01", "event/childrens-day/2025-06-01", "event/mid-autumn/2025-10-06"],
            schedule.Events.Select(e => e.Id));
        Assert.Contains(ReportingCalendar.Default.GetSchedule(2024).Events, e => e.Id == "event/child-friendly-commune-evaluation/2024-11-01");
        Assert.Same(DueDatePolicy.NextWorkingDay, ReportingCalendar.Default.Policy);
        Assert.Empty(ReportingCalendar.Default.FindDeadlineOrderViolations(2025));
    }

    [Fact]
    public void Policies_UseHolidaysAndSwappedDays()
    {
        // 2025: 30/4–4/5 off, Friday 2/5 swapped for Saturday 26/4.
        var definition = new ReportDefinition("test", "Báo cáo thử", "Test report", ReportPeriodKind.Annual,
            [new(ReportingTier.Commune, DueDateRule.FixedDate(30, 4)), new(ReportingTier.Province, DueDateRule.FixedDate(26, 4))], null);
        var calendar = ReportingCalendar.Default.WithDefinitions([definition]);

        var next = calendar.GetSchedule(2025).Reports.ToDictionary(r => r.Tier, r => r.DueDate);
        var previous = calendar.WithPolicy(DueDatePolicy.PreviousWorkingDay).GetSchedule(2025).Reports.ToDictionary(r => r.Tier, r => r.DueDate);
        var kept = calendar.WithPolicy(DueDatePolicy.Keep).GetSchedule(2025).Reports.ToDictionary(r => r.Tier, r => r.DueDate);

        Assert.Equal(new LocalDate(2025, 5, 5), next[ReportingTier.Commune]);
        Assert.Equal(new LocalDate(2025, 4, 29), previous[ReportingTier.Commune]);
        Assert.Equal(new LocalDate(2025, 4, 30), kept[ReportingTier.Commune]);
        // The swapped Saturday is a working day.
        Assert.Equal(new LocalDate(2025, 4, 26), next[ReportingTier.Province]);
        Assert.Equal(new LocalDate(2025, 4, 26), previous[ReportingTier.Province]);
    }

    [Fact]
    public void SixDayWeek_KeepsSaturdayDueDates()
    {
        var sixDays = WorkingDayCalendar.Default.ToBuilder().WithWeeklyRestDays(IsoDayOfWeek.Sunday).Build();
        var schedule = ReportingCalendar.Default.WithRegime(ReportingRegimes.LangSon2023).WithWorkingDays(sixDays).GetSchedule(2023);
        Assert.Equal(new LocalDate(2023, 5, 20), schedule.Reports.First().DueDate);
    }

    [Fact]
    public void MonthlyDefinition_GivesTwelveOccurrencesPerTier()
    {
        var monthly = new ReportDefinition("monthly", "Báo cáo tháng", "Monthly report", ReportPeriodKind.Monthly,
            [new(ReportingTier.Commune, DueDateRule.DayOfMonthAfterPeriod(16, 0)), new(ReportingTier.Province, DueDateRule.DayOfMonthAfterPeriod(18, 0))],
            DataWindowRule.Decree09);
        var schedule = ReportingCalendar.Default.WithDefinitions([monthly]).WithEvents([]).GetSchedule(2024);
        Assert.Equal(24, schedule.Entries.Length);
        Assert.All(schedule.Reports, r => Assert.True(r.DataWindow!.End < r.RawDueDate));
        Assert.Equal(schedule.Entries.OrderBy(e => e.Start), schedule.Entries);
    }

    [Fact]
    public void WithEvent_AddsOrReplacesById()
    {
        var calendar = ReportingCalendar.Default.WithEvent(ChildProtectionEvents.ChildrensForum(6, 10, 6, 10));
        Assert.Equal(6, calendar.Events.Length);
        var moved = calendar.WithEvent(ChildProtectionEvents.ChildrensForum(7, 1, 7, 1));
        Assert.Equal(6, moved.Events.Length);
        Assert.Contains(moved.GetSchedule(2025).Events, e => e.Id == "event/childrens-forum/2025-07-01");
    }

    [Fact]
    public void Constructor_RejectsDuplicateIds()
    {
        Assert.Throws<ArgumentException>(() => ReportingCalendar.Default.WithEvents([ChildProtectionEvents.MidAutumn, ChildProtectionEvents.MidAutumn]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingCalendar.Default.GetSchedule(2100));
        Assert.Throws<ArgumentNullException>(() => ReportingCalendar.Default.WithRegime(null!));
    }

    [Fact]
    public void Schedules_AreValuesAcrossRuns()
    {
        var a = ReportingCalendar.Default.GetSchedule(2026).Entries;
        var b = ReportingCalendar.Default.GetSchedule(2026).Entries;
        // ImmutableArray's own equality is by reference: compare the entries.
        Assert.True(a.SequenceEqual(b));
        Assert.Equal(a.Select(e => e.GetHashCode()), b.Select(e => e.GetHashCode()));
        Assert.NotEqual(a[0], a[1]);
        Assert.Equal(a.Length, a.Select(e => e.Id).Distinct().Count());
    }
}
