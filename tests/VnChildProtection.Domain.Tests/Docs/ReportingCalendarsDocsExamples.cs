using System;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.ICalendar;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>The code examples of docs/reporting-calendars.md, verbatim.</summary>
public class ReportingCalendarsDocsExamples
{
    [Fact]
    public void EveryExampleOfThePage_IsHere() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/reporting-calendars.md", "tests/VnChildProtection.Domain.Tests/Docs/ReportingCalendarsDocsExamples.cs");

    [Fact]
    public void Schedules()
    {
        var calendar = ReportingCalendar.Default.WithRegime(ReportingRegimes.LangSon2023);
        ReportingSchedule schedule = calendar.GetSchedule(2023);
        ReportOccurrence units = schedule.Reports.First();   // the units' 6-month report
        LocalDate raw = units.RawDueDate;                    // 2023-05-20, a Saturday
        LocalDate due = units.DueDate;                       // 2023-05-22: moved to the next working day
        DateInterval? window = units.DataWindow;             // [2022-12-15, 2023-06-14] (Decree 09)
        string id = units.Id;                                // "report/child-affairs-6-month/district/2023-H1"

        Assert.Equal(new LocalDate(2023, 5, 20), raw);
        Assert.Equal(IsoDayOfWeek.Saturday, raw.DayOfWeek);
        Assert.Equal(new LocalDate(2023, 5, 22), due);
        Assert.Equal(new DateInterval(new LocalDate(2022, 12, 15), new LocalDate(2023, 6, 14)), window);
        Assert.Equal("report/child-affairs-6-month/district/2023-H1", id);
    }

    [Fact]
    public void Policies()
    {
        var report = new ReportDefinition("test-annual", "Báo cáo năm thử nghiệm", "Test annual report", ReportPeriodKind.Annual,
            [new TierDeadline(ReportingTier.Commune, DueDateRule.FixedDate(30, 4))], dataWindow: null);
        var strict = ReportingCalendar.Default.WithDefinitions([report]).WithPolicy(DueDatePolicy.PreviousWorkingDay);
        var before = strict.GetSchedule(2025).Reports.Single().DueDate;                   // 2025-04-29
        var after = ReportingCalendar.Default.WithDefinitions([report]).GetSchedule(2025).Reports.Single().DueDate; // 2025-05-05

        Assert.Equal(new LocalDate(2025, 4, 29), before);
        Assert.Equal(new LocalDate(2025, 5, 5), after);
    }

    [Fact]
    public void PeriodsRulesAndWindows()
    {
        var q2 = ReportPeriod.Parse("2024-Q2").AsT0;
        DateInterval decree09 = DataWindowRule.Decree09.WindowFor(q2);                      // [2024-03-15, 2024-06-14]
        DateInterval earlier = DataWindowRule.EndingOnDay(14, monthOffset: -1).WindowFor(q2); // [2024-02-15, 2024-05-14]
        LocalDate monthAfter = DueDateRule.DayOfMonthAfterPeriod(20).DueDateFor(q2);       // 2024-07-20
        LocalDate inLastMonth = DueDateRule.DayOfMonthAfterPeriod(20, monthsAfter: 0).DueDateFor(q2); // 2024-06-20
        LocalDate tenDays = DueDateRule.DaysAfterPeriodEnd(10).DueDateFor(q2);             // 2024-07-10

        Assert.Equal(new DateInterval(new LocalDate(2024, 3, 15), new LocalDate(2024, 6, 14)), decree09);
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 15), new LocalDate(2024, 5, 14)), earlier);
        Assert.Equal(new LocalDate(2024, 7, 20), monthAfter);
        Assert.Equal(new LocalDate(2024, 6, 20), inLastMonth);
        Assert.Equal(new LocalDate(2024, 7, 10), tenDays);
    }

    [Fact]
    public void Events()
    {
        var midAutumn = ChildProtectionEvents.MidAutumn.OccurrencesIn(2025).Single().Start; // 2025-10-06
        var tet = ChildProtectionEvents.LunarNewYear.OccurrencesIn(2026).Single().Start;    // 2026-02-17
        var evaluation = ChildProtectionEvents.ChildFriendlyCommuneEvaluation(planStartYear: 2021);
        bool in2024 = evaluation.OccurrencesIn(2024).Count == 1;                            // true: year 4 of 2021–2025
        bool in2025 = evaluation.OccurrencesIn(2025).Count == 1;                            // false
        var withForum = ReportingCalendar.Default.WithEvent(ChildProtectionEvents.ChildrensForum(6, 10, 6, 11));

        Assert.Equal(new LocalDate(2025, 10, 6), midAutumn);
        Assert.Equal(new LocalDate(2026, 2, 17), tet);
        Assert.True(in2024);
        Assert.False(in2025);
        Assert.Contains(withForum.GetSchedule(2025).Events, e => e.Id == "event/childrens-forum/2025-06-10" && e.End == new LocalDate(2025, 6, 11));
    }

    [Fact]
    public void DueAndOverdue()
    {
        var schedule2023 = ReportingCalendar.Default.GetSchedule(2023);
        var lateAt = Instant.FromUtc(2023, 5, 22, 17, 0);                    // 00:00 on 23/5 in Vietnam
        var overdue = schedule2023.GetOverdue(lateAt);                       // the communes' 6-month report (due 22/5)
        var submitted = schedule2023.GetOverdue(lateAt, [overdue[0].Id]);    // empty once it is submitted
        var thisWeek = schedule2023.GetDueWithin(Instant.FromUtc(2023, 5, 22, 1, 0), 7); // due 22/5 and 25/5

        Assert.Equal("report/child-affairs-6-month/commune/2023-H1", Assert.Single(overdue).Id);
        Assert.Empty(submitted);
        Assert.Equal([new LocalDate(2023, 5, 22), new LocalDate(2023, 5, 25)], thisWeek.Select(e => e.Start));
    }

    [Fact]
    public void CascadeOrder()
    {
        var swapped = new ReportDefinition("annual", "Báo cáo năm", "Annual report", ReportPeriodKind.Annual,
            [new TierDeadline(ReportingTier.District, DueDateRule.FixedDate(20, 11)),
             new TierDeadline(ReportingTier.Province, DueDateRule.FixedDate(15, 11))],
            DataWindowRule.Decree09);
        var violations = ReportDeadlineOrder.Find([swapped], 2023);
        string message = violations.Single().ToString(); // "annual 2023-Y: District due 2023-11-20 after Province due 2023-11-15"

        Assert.Equal("annual 2023-Y: District due 2023-11-20 after Province due 2023-11-15", message);
    }

    [Fact]
    public void ICalendarExport()
    {
        var ics = new ICalendarWriter().Write(ReportingCalendar.Default.GetSchedule(2026), Instant.FromUtc(2026, 1, 5, 2, 0));
        bool hasTet = ics.Contains("UID:event/tet/2026-02-17@vnchildprotection.domain", StringComparison.Ordinal); // true

        Assert.True(hasTet);
    }

    [Fact]
    public void TimeLimits()
    {
        var limit = TimeLimit.Parse("trong thời hạn 05 ngày làm việc").AsT0;
        string vietnamese = limit.ToString();                   // "5 ngày làm việc"
        string english = limit.ToEnglishString();               // "5 working days"
        bool read = TimeLimit.TryParse("12 hours", out var hours); // true: 12 giờ
        string code = TimeLimit.Parse("5 tuần").AsT1.Code;      // "TIMELIMIT-UNIT": weeks are not a unit of the law's limits

        Assert.Equal(("5 ngày làm việc", "5 working days"), (vietnamese, english));
        Assert.True(read);
        Assert.Equal("12 giờ", hours!.ToString());
        Assert.Equal("TIMELIMIT-UNIT", code);
    }

    [Fact]
    public void TimeLimitDeadlines()
    {
        var calendar = WorkingDayCalendar.Default;
        var received = Instant.FromUtc(2025, 4, 24, 3, 0);      // 10:00 on Thursday 24/4/2025 in Vietnam
        Deadline plan = new TimeLimit(5, TimeLimitUnit.WorkingDays).DeadlineFrom(received, calendar); // end of Monday 5/5/2025
        Deadline urgent = new TimeLimit(12, TimeLimitUnit.Hours).DeadlineFrom(received, calendar);    // 2025-04-24T15:00:00Z (22:00 in Vietnam)
        Deadline letter = new TimeLimit(3, TimeLimitUnit.Days).DeadlineFrom(new LocalDate(2025, 4, 27), calendar); // 30/4 is a holiday: end of 5/5/2025
        Deadline month = new TimeLimit(1, TimeLimitUnit.Months).DeadlineFrom(new LocalDate(2025, 1, 31), calendar); // end of Friday 28/2/2025

        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 5, 5)), plan);
        Assert.Equal("2025-04-24T15:00:00Z", urgent.ToString());
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 5, 5)), letter);
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 2, 28)), month);
    }

    [Fact]
    public void StatutoryReports_ByEra()
    {
        var actionMonth = ReportingCalendar.Default.WithDefinitions([StatutoryReports.ActionMonthReportCircular28]);
        var due2023 = actionMonth.GetSchedule(2023).Reports.Select(r => r.RawDueDate); // 2023-07-10, 2023-07-20, 2023-07-31
        var forum = StatutoryReports.ChildrensForumReports(new DateInterval(new LocalDate(2026, 8, 3), new LocalDate(2026, 8, 4)));
        var withForum = ReportingCalendar.Default.WithDeadlines(forum);                 // commune and province due 2026-08-19

        Assert.Equal([new LocalDate(2023, 7, 10), new LocalDate(2023, 7, 20), new LocalDate(2023, 7, 31)], due2023);
        Assert.All(withForum.GetSchedule(2026).Deadlines, d => Assert.Equal(new LocalDate(2026, 8, 19), d.RawDueDate));
        Assert.Equal(2, withForum.GetSchedule(2026).Deadlines.Count());
    }
}
