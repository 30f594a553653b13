using System;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Tests.Calendars;

public class HolidayScheduleTests
{
    private static readonly IsoDayOfWeek[] SaturdaySunday = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    [Fact]
    public void FromStatutoryRules_2023_ChainsCompensatoryDaysToTuesdayAndWednesday()
    {
        // Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday (itself a holiday): Tuesday 2/5 and Wednesday 3/5 off.
        var schedule = HolidaySchedule.FromStatutoryRules(2023, SaturdaySunday);

        Assert.True(schedule.TryGetDay(new LocalDate(2023, 4, 29), out var gioTo));
        Assert.Equal(PublicHoliday.HungKingsCommemoration, gioTo.Holiday);
        Assert.True(schedule.TryGetDay(new LocalDate(2023, 5, 2), out var tuesday));
        Assert.Equal(DayKind.CompensatoryDayOff, tuesday.Kind);
        Assert.Equal(PublicHoliday.HungKingsCommemoration, tuesday.Holiday);
        Assert.True(schedule.TryGetDay(new LocalDate(2023, 5, 3), out var wednesday));
        Assert.Equal(DayKind.CompensatoryDayOff, wednesday.Kind);
        Assert.Equal(PublicHoliday.ReunificationDay, wednesday.Holiday);
        Assert.False(WorkingDayCalendar.Default.IsWorkingDay(new LocalDate(2023, 5, 3)));
        Assert.True(WorkingDayCalendar.Default.IsWorkingDay(new LocalDate(2023, 5, 4)));
    }

    [Fact]
    public void FromStatutoryRules_EveryYear_HasElevenOrTwelveHolidayDays()
    {
        for (int year = 1900; year <= 2100; year++)
        {
            var holidays = HolidaySchedule.FromStatutoryRules(year, SaturdaySunday).Days.Count(d => d.Kind == DayKind.Holiday);
            // Giỗ Tổ (lunar 10/3) can itself fall on 30/4 or 1/5; the days then coincide.
            var gioTo = new VietnameseLunarDate(year, 3, 10).ToLocalDate();
            int coincide = gioTo == new LocalDate(year, 4, 30) || gioTo == new LocalDate(year, 5, 1) ? 1 : 0;
            Assert.Equal((year >= 2026 ? 12 : 11) - coincide, holidays);
        }
    }

    [Theory]
    [InlineData(2021, 3)] // Thursday 2/9 → Friday 3/9
    [InlineData(2022, 1)] // Friday → Thursday 1/9
    [InlineData(2024, 3)] // Monday → Tuesday 3/9
    [InlineData(2025, 1)] // Tuesday → Monday 1/9
    [InlineData(2026, 1)] // Wednesday → Tuesday 1/9
    public void FromStatutoryRules_NationalDay_AddsTheAdjacentDayAnnouncementsChose(int year, int adjacentDay)
    {
        var schedule = HolidaySchedule.FromStatutoryRules(year, SaturdaySunday);
        Assert.True(schedule.TryGetDay(new LocalDate(year, 9, adjacentDay), out var day));
        Assert.Equal(PublicHoliday.NationalDay, day.Holiday);
    }

    [Fact]
    public void With_DayOutsideYear_Throws()
    {
        var schedule = new HolidaySchedule(2027, "test");
        Assert.Throws<ArgumentException>(() => schedule.WithHoliday(new LocalDate(2026, 12, 31), PublicHoliday.NewYear));
        Assert.Throws<ArgumentException>(() => new HolidaySchedule(2027, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HolidaySchedule(1899, "x"));
    }

    [Fact]
    public void WithSwap_AcrossNewYear_IsSeenFromBothYears()
    {
        // 2015: Saturday 27/12/2014 worked so that Friday 2/1/2015 was off.
        var schedule2015 = HolidaySchedule.FromStatutoryRules(2015, SaturdaySunday)
            .WithSwap(new LocalDate(2015, 1, 2), new LocalDate(2014, 12, 27), PublicHoliday.NewYear);
        var calendar = new WorkingDayCalendarBuilder().WithSchedule(schedule2015).Build();

        Assert.Equal(DayKind.SwappedWorkingDay, calendar.GetDay(new LocalDate(2014, 12, 27)).Kind);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2015, 1, 2)));
        Assert.Throws<ArgumentException>(() => schedule2015.WithHoliday(new LocalDate(2014, 12, 31), PublicHoliday.NewYear));
    }

    [Fact]
    public void WithAndWithout_ReturnNewSchedules_LeavingOriginalUnchanged()
    {
        var empty = new HolidaySchedule(2027, "Thông báo giả định");
        var one = empty.WithHoliday(new LocalDate(2027, 1, 1), PublicHoliday.NewYear);

        Assert.Empty(empty.Days);
        Assert.Single(one.Days);
        Assert.Equal(empty, one.Without(new LocalDate(2027, 1, 1)));
        Assert.NotEqual(empty, one);
        Assert.Equal("2027: 1 days (Thông báo giả định)", one.ToString());
    }

    [Fact]
    public void Builder_WithSchedule_OverridesShippedYear()
    {
        var custom = new HolidaySchedule(2025, "organisation's own arrangement")
            .WithHoliday(new LocalDate(2025, 1, 1), PublicHoliday.NewYear);
        var calendar = WorkingDayCalendar.Default.ToBuilder().WithSchedule(custom).Build();

        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 5, 2)));
        Assert.False(WorkingDayCalendar.Default.IsWorkingDay(new LocalDate(2025, 5, 2)));
        Assert.Same(custom, calendar.GetSchedule(2025));
    }

    [Fact]
    public void Builder_SundayOnlyRest_MakesSaturdaysWorkingAndCompensatesOnlySundays()
    {
        var calendar = new WorkingDayCalendarBuilder().WithWeeklyRestDays(IsoDayOfWeek.Sunday).WithoutSchedule(2026).Build();

        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 3, 7)));
        // Giỗ Tổ 2026 is Sunday 26/4: Monday 27/4 off.
        Assert.Equal(DayKind.CompensatoryDayOff, calendar.GetDay(new LocalDate(2026, 4, 27)).Kind);
        Assert.Equal(DayKind.Holiday, calendar.GetDay(new LocalDate(2026, 5, 1)).Kind);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 5, 2)));
    }
}
