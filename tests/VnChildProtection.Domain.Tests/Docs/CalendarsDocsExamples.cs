using System;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>The code examples of docs/lunar-calendar.md and docs/holidays-and-working-days.md, verbatim.</summary>
public class CalendarsDocsExamples
{
    [Fact]
    public void LunarCalendarPage_EveryExampleIsATestHere() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/lunar-calendar.md", "tests/VnChildProtection.Domain.Tests/Docs/CalendarsDocsExamples.cs");

    [Fact]
    public void HolidaysPage_EveryExampleIsATestHere() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/holidays-and-working-days.md", "tests/VnChildProtection.Domain.Tests/Docs/CalendarsDocsExamples.cs");

    [Fact]
    public void LunarCalendar_Api()
    {
        var tet = VietnameseLunarCalendar.GetNewYear(2025);                 // 2025-01-29
        var midAutumn = new VietnameseLunarDate(2025, 8, 15).ToLocalDate(); // 2025-10-06
        var lunar = VietnameseLunarDate.FromLocalDate(new LocalDate(2031, 4, 21));
        string text = lunar.ToString();                                     // "2031-03L-01": first day of leap month 3
        string vietnamese = new VietnameseLunarDate(2025, 8, 15).ToVietnameseString(); // "ngày 15 tháng 8 năm Ất Tỵ"

        Assert.Equal(new LocalDate(2025, 1, 29), tet);
        Assert.Equal(new LocalDate(2025, 10, 6), midAutumn);
        Assert.True(lunar.IsLeapMonth);
        Assert.Equal("2031-03L-01", text);
        Assert.Equal("ngày 15 tháng 8 năm Ất Tỵ", vietnamese);
    }

    [Fact]
    public void LunarCalendar_Parse()
    {
        var parsed = VietnameseLunarDate.Parse("2025-6L-1");   // 2025-06L-01
        var noLeap = VietnameseLunarDate.Parse("2024-06L-01"); // error LUNAR-DATE-NO-LEAP-MONTH: 2024 has no leap month
        bool ok = VietnameseLunarDate.TryParse("2025-02-30", out _); // false: month 2 of Ất Tỵ has 29 days

        Assert.Equal("2025-06L-01", parsed.AsT0.ToString());
        Assert.Equal("LUNAR-DATE-NO-LEAP-MONTH", noLeap.AsT1.Code);
        Assert.False(ok);
    }

    [Fact]
    public void LunarCalendar_LeapMonthsAndYears()
    {
        int leap2025 = VietnameseLunarCalendar.GetLeapMonth(2025); // 6
        int leap2026 = VietnameseLunarCalendar.GetLeapMonth(2026); // 0: no leap month
        int days = VietnameseLunarCalendar.GetDaysInYear(2025);    // 384
        string name = VietnameseLunarCalendar.GetYearName(2026);   // "Bính Ngọ"

        Assert.Equal(6, leap2025);
        Assert.Equal(0, leap2026);
        Assert.Equal(384, days);
        Assert.Equal("Bính Ngọ", name);
    }

    [Fact]
    public void Holidays_WorkingDayCalendar()
    {
        var calendar = WorkingDayCalendar.Default;
        bool saturdayWorked = calendar.IsWorkingDay(new LocalDate(2025, 4, 26)); // true: worked in exchange for 2/5
        CalendarDay friday = calendar.GetDay(new LocalDate(2025, 5, 2));          // SwappedDayOff (InternationalLabourDay)
        CalendarDay gioTo = calendar.GetDay(new LocalDate(2026, 4, 27));          // CompensatoryDayOff (HungKingsCommemoration)

        Assert.True(saturdayWorked);
        Assert.Equal("2025-05-02 SwappedDayOff (InternationalLabourDay)", friday.ToString());
        Assert.Equal("2026-04-27 CompensatoryDayOff (HungKingsCommemoration)", gioTo.ToString());
    }

    [Fact]
    public void Holidays_Counting()
    {
        var calendar = WorkingDayCalendar.Default;
        var due = calendar.AddWorkingDays(new LocalDate(2025, 4, 29), 5);             // 2025-05-09
        int count = calendar.WorkingDaysBetween(new LocalDate(2025, 4, 29), due);    // 5
        int back = calendar.WorkingDaysBetween(due, new LocalDate(2025, 4, 29));     // -5

        Assert.Equal(new LocalDate(2025, 5, 9), due);
        Assert.Equal(5, count);
        Assert.Equal(-5, back);
    }

    [Fact]
    public void Holidays_Verification()
    {
        var culture = OfficialHolidaySchedules.Year2026.VerificationOf(new LocalDate(2026, 11, 24));
        // culture.Status == VerificationStatus.Unverified; culture.Source names 80-NQ/TW and 30/NQ-CP
        var swap = OfficialHolidaySchedules.Year2026.VerificationOf(new LocalDate(2026, 8, 31));
        // swap.Status == VerificationStatus.Secondary; swap.Source cites Thông báo 9441/TB-BNV, item 2

        Assert.Equal(VerificationStatus.Unverified, culture.Status);
        Assert.Contains("80-NQ/TW", culture.Source, StringComparison.Ordinal);
        Assert.Contains("30/NQ-CP", culture.Source, StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Secondary, swap.Status);
        Assert.Contains("Thông báo 9441/TB-BNV", swap.Source, StringComparison.Ordinal);
        Assert.Contains("item 2", swap.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_PeriodInDays()
    {
        var last = WorkingDayCalendar.Default.EndOfPeriodInDays(new LocalDate(2025, 4, 25), 5); // 2025-05-05

        Assert.Equal(new LocalDate(2025, 5, 5), last);
    }

    [Fact]
    public void Holidays_OwnCalendar()
    {
        var schedule2027 = HolidaySchedule.FromStatutoryRules(2027, [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday])
            .WithSwap(new LocalDate(2027, 4, 30), new LocalDate(2027, 4, 24), PublicHoliday.ReunificationDay);
        var calendar = new WorkingDayCalendarBuilder()
            .WithSchedule(schedule2027)
            .Build();
        var sixDayWeek = WorkingDayCalendar.Default.ToBuilder().WithWeeklyRestDays(IsoDayOfWeek.Sunday).Build();
        var withoutCultureDay = new WorkingDayCalendarBuilder()
            .WithSchedule(OfficialHolidaySchedules.Year2026.Without(new LocalDate(2026, 11, 24)))
            .Build();

        Assert.True(withoutCultureDay.IsWorkingDay(new LocalDate(2026, 11, 24)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 4, 24)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 4, 30)));
        Assert.True(sixDayWeek.IsWorkingDay(new LocalDate(2027, 4, 24)));
        Assert.False(WorkingDayCalendar.Default.IsWorkingDay(new LocalDate(2027, 4, 24)));
    }

    [Fact]
    public void Holidays_Deadlines()
    {
        var received = Instant.FromUtc(2025, 4, 29, 8, 0);                          // 15:00 in Vietnam
        var emergency = Deadline.After(received, Duration.FromHours(12));          // 2025-04-29T20:00:00Z
        var draftPlan = WorkingDayCalendar.Default.DeadlineInWorkingDays(received, 5); // end of 2025-05-09 (Asia/Ho_Chi_Minh)
        bool late = draftPlan.IsPassedAt(Instant.FromUtc(2025, 5, 9, 16, 59));     // false: 23:59 in Vietnam

        Assert.Equal("2025-04-29T20:00:00Z", emergency.ToString());
        Assert.Equal("end of 2025-05-09 (Asia/Ho_Chi_Minh)", draftPlan.ToString());
        Assert.False(late);
    }
}
