using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Calendars;

public class OfficialHolidaySchedulesTests
{
    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    // Weekdays off and Saturdays worked, transcribed from the announcements (see OfficialHolidaySchedules).
    // 2026 National Day: Thông báo 9441/TB-BNV ngày 16/10/2025, item 2 — "nghỉ thứ Hai ngày 31/8/2026 và làm bù vào ngày
    // thứ Bảy ngày 22/8/2026" (text reproduced in tnt305/tai_lieu_noi_bo@94c5034a…:src/etl/dataset/de5dc8dbe39fa7c6.md).
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
             "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02", "2026-11-24"],
            ["2026-01-10", "2026-08-22"]
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
    // Thông báo 9441/TB-BNV ngày 16/10/2025, item 2: Monday 31/8/2026 off for Saturday 22/8/2026 worked.
    [InlineData("2026-08-31", "SwappedDayOff", false)]
    [InlineData("2026-08-22", "SwappedWorkingDay", true)]
    public void GetDay_AnnouncedDays_HaveKind(string date, string kind, bool working)
    {
        var day = WorkingDayCalendar.Default.GetDay(D(date));
        Assert.Equal(DayKind.FromName(kind), day.Kind);
        Assert.Equal(working, day.IsWorkingDay);
    }

    [Fact]
    public void Year2026_IsStatutoryRulesPlusNewYearAndNationalDaySwaps()
    {
        // The National Day swap is item 2 of Thông báo 9441/TB-BNV ngày 16/10/2025.
        var rules = HolidaySchedule.FromStatutoryRules(2026, [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday])
            .WithSwap(new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 10), PublicHoliday.NewYear)
            .WithSwap(new LocalDate(2026, 8, 31), new LocalDate(2026, 8, 22), PublicHoliday.NationalDay);
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

    [Fact]
    public void Schedules_CiteTheResearchedNotices()
    {
        Assert.Contains("5015/TB-LĐTBXH ngày 22/11/2023", OfficialHolidaySchedules.Year2024.Source, StringComparison.Ordinal);
        Assert.Contains("2450/VPCP-KGVX", OfficialHolidaySchedules.Year2024.Source, StringComparison.Ordinal);
        Assert.Contains("6150/TB-BLĐTBXH", OfficialHolidaySchedules.Year2025.Source, StringComparison.Ordinal);
        Assert.Contains("9441/TB-BNV ngày 16/10/2025", OfficialHolidaySchedules.Year2026.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedules_AreSecondaryWithALocation_NoneClaimsVerified()
    {
        // Every announcement was read in a reproduction, never in the ministry's original.
        Assert.All(OfficialHolidaySchedules.All, s =>
        {
            Assert.Equal(VerificationStatus.Secondary, s.Verification.Status);
            Assert.False(string.IsNullOrWhiteSpace(s.Verification.Location));
        });
    }

    [Fact]
    public void CultureDay2026_IsOffButFlaggedUnverified()
    {
        var day = new LocalDate(2026, 11, 24);
        Assert.Equal(DayKind.Holiday, WorkingDayCalendar.Default.GetDay(day).Kind);
        var verification = OfficialHolidaySchedules.Year2026.VerificationOf(day);
        Assert.Equal(VerificationStatus.Unverified, verification.Status);
        Assert.Same(OfficialHolidaySchedules.VietnameseCultureDayVerification, verification);
        Assert.Contains("80-NQ/TW", verification.Source, StringComparison.Ordinal);
        Assert.Contains("30/NQ-CP", verification.Source, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 7, 1), OfficialHolidaySchedules.VietnameseCultureDayFrom);
        // Years decided by the rules carry the same flag on their 24/11.
        var rules2027 = WorkingDayCalendar.Default.GetSchedule(2027);
        Assert.Equal(VerificationStatus.Unverified, rules2027.Verification.Status);
        Assert.Equal(verification, rules2027.VerificationOf(new LocalDate(2027, 11, 24)));
    }

    [Fact]
    public void DayVerification_OverridesTheScheduleOnlyForItsDay()
    {
        var swap = OfficialHolidaySchedules.Year2024.VerificationOf(new LocalDate(2024, 4, 29));
        Assert.Contains("2450/VPCP-KGVX", swap.Source, StringComparison.Ordinal);
        Assert.Equal(OfficialHolidaySchedules.Year2024.Verification, OfficialHolidaySchedules.Year2024.VerificationOf(new LocalDate(2024, 2, 9)));
        Assert.Throws<ArgumentException>(() => OfficialHolidaySchedules.Year2024.WithDayVerification(new LocalDate(2024, 3, 5), swap));
        var removed = OfficialHolidaySchedules.Year2024.Without(new LocalDate(2024, 4, 29));
        Assert.False(removed.DayVerifications.ContainsKey(new LocalDate(2024, 4, 29)));
    }

    [Fact]
    public void HostSchedule_IsUnverifiedUntilTheHostSaysOtherwise()
    {
        var schedule = new HolidaySchedule(2027, "Thông báo …/TB-BNV");
        Assert.Equal(VerificationStatus.Unverified, schedule.Verification.Status);
        var checkedOne = schedule.WithVerification(SourceVerification.Verified("Thông báo …/TB-BNV", "https://example.org/notice"));
        Assert.True(checkedOne.Verification.IsVerified);
        Assert.NotEqual(schedule, checkedOne);
    }
}
