using System.Linq;
using NodaTime;
using NodaTime.Text;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Tests.Calendars;

public class OfficialHolidaySchedulesTests
{
    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    // Weekdays off and Saturdays worked, transcribed from the announcements (see OfficialHolidaySchedules).
    public static TheoryData<int, string[], string[]> Announced => new()
    {
        {
            2024,
            ["2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-18",
             "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"],
            ["2024-05-04"]
        },
        {
            2025,
            ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07",
             "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"],
            ["2025-04-26"]
        },
        {
            2026,
            ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
             "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02", "2026-11-24"],
            ["2026-01-10"]
        },
    };

    [Theory]
    [MemberData(nameof(Announced))]
    public void Default_EveryDayOfAnnouncedYear_MatchesAnnouncement(int year, string[] weekdaysOff, string[] saturdaysWorked)
    {
        var off = weekdaysOff.Select(D).ToHashSet();
        var worked = saturdaysWorked.Select(D).ToHashSet();
        for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            bool weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            bool expected = weekend ? worked.Contains(date) : !off.Contains(date);
            Assert.True(expected == WorkingDayCalendar.Default.IsWorkingDay(date), $"{date:uuuu-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2025-04-26", "SwappedWorkingDay", true)]
    [InlineData("2025-05-02", "SwappedDayOff", false)]
    [InlineData("2025-04-07", "Holiday", false)]
    [InlineData("2025-01-27", "CompensatoryDayOff", false)]
    [InlineData("2025-02-01", "Holiday", false)]
    [InlineData("2025-02-03", "WorkingDay", true)]
    [InlineData("2024-02-10", "Holiday", false)]
    [InlineData("2024-05-04", "SwappedWorkingDay", true)]
    [InlineData("2026-04-26", "Holiday", false)]
    [InlineData("2026-04-27", "CompensatoryDayOff", false)]
    [InlineData("2026-11-24", "Holiday", false)]
    [InlineData("2026-08-31", "WorkingDay", true)]
    public void GetDay_AnnouncedDays_HaveKind(string date, string kind, bool working)
    {
        var day = WorkingDayCalendar.Default.GetDay(D(date));
        Assert.Equal(DayKind.FromName(kind), day.Kind);
        Assert.Equal(working, day.IsWorkingDay);
    }

    [Fact]
    public void Year2026_IsStatutoryRulesPlusNewYearSwap()
    {
        var rules = HolidaySchedule.FromStatutoryRules(2026, [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday])
            .WithSwap(new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 10), PublicHoliday.NewYear);
        Assert.Equal(rules.Days, OfficialHolidaySchedules.Year2026.Days);
    }

    [Fact]
    public void Year2024And2025_DifferFromRulesOnlyWhereGovernmentMovedDays()
    {
        var rest = new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };
        var rules2024 = HolidaySchedule.FromStatutoryRules(2024, rest).Days.Select(d => d.Date).ToHashSet();
        var official2024 = OfficialHolidaySchedules.Year2024.Days.Select(d => d.Date).ToHashSet();
        // Tết 2024: the rules give 14–15/2 for the weekend Tết days; the government gave 8/2 and 14/2, and swapped 29/4.
        Assert.Equal([D("2024-02-15")], rules2024.Except(official2024));
        Assert.Equal([D("2024-02-08"), D("2024-04-29"), D("2024-05-04")], official2024.Except(rules2024).Order());

        var rules2025 = HolidaySchedule.FromStatutoryRules(2025, rest).Days.Select(d => d.Date).ToHashSet();
        var official2025 = OfficialHolidaySchedules.Year2025.Days.Select(d => d.Date).ToHashSet();
        Assert.Equal([D("2025-02-03")], rules2025.Except(official2025));
        Assert.Equal([D("2025-01-27"), D("2025-04-26"), D("2025-05-02")], official2025.Except(rules2025).Order());
    }

    [Fact]
    public void All_AreInYearOrderWithSources()
    {
        Assert.Equal([2024, 2025, 2026], OfficialHolidaySchedules.All.Select(s => s.Year));
        Assert.All(OfficialHolidaySchedules.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
    }
}
