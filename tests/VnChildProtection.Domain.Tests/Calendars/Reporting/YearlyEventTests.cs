using System;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class YearlyEventTests
{
    [Fact]
    public void MidAutumn2025_IsOctober6()
    {
        var dates = ChildProtectionEvents.MidAutumn.OccurrencesIn(2025);
        Assert.Equal(new LocalDate(2025, 10, 6), Assert.Single(dates).Start);
    }

    [Fact]
    public void Tet2026_IsFebruary17()
    {
        var dates = ChildProtectionEvents.LunarNewYear.OccurrencesIn(2026);
        Assert.Equal(new LocalDate(2026, 2, 17), Assert.Single(dates).Start);
    }

    [Theory]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2030, "2030-02-02")] // Vietnam; China has 02-03
    [InlineData(2007, "2007-02-17")] // Vietnam; China has 02-18
    public void Tet_FollowsTheVietnameseCalendar(int year, string date) =>
        Assert.Equal(date, Assert.Single(ChildProtectionEvents.LunarNewYear.OccurrencesIn(year)).Start.ToString("uuuu-MM-dd", null));

    [Fact]
    public void LunarDateLateInTheYear_CanOccurTwiceInOneSolarYear()
    {
        // Lunar 1/12 of Quý Mão fell on 2024-01-11 and lunar 1/12 of Giáp Thìn on 2024-12-31.
        var lastMonth = YearlyEvent.OnLunarDate("lunar-12-01", "Mùng 1 tháng Chạp", "First of the 12th lunar month", 12, 1);
        Assert.Equal([new LocalDate(2024, 1, 11), new LocalDate(2024, 12, 31)], lastMonth.OccurrencesIn(2024).Select(d => d.Start));
    }

    [Fact]
    public void LunarDay30_InAShortMonth_FallsOnItsLastDay()
    {
        // Lunar month 12 of Giáp Thìn (2024) has 29 days: Tết eve is lunar 29/12, 2025-01-28.
        var eve = YearlyEvent.OnLunarDate("tet-eve", "Tất niên", "Lunar New Year's Eve", 12, 30);
        Assert.Equal(new LocalDate(2025, 1, 28), Assert.Single(eve.OccurrencesIn(2025)).Start);
    }

    [Fact]
    public void ActionMonth_IsJune1To30()
    {
        var june = Assert.Single(ChildProtectionEvents.ActionMonth.OccurrencesIn(2025));
        Assert.Equal(new LocalDate(2025, 6, 1), june.Start);
        Assert.Equal(new LocalDate(2025, 6, 30), june.End);
        Assert.Equal(new LocalDate(2025, 6, 1), Assert.Single(ChildProtectionEvents.ChildrensDay.OccurrencesIn(2025)).End);
    }

    [Theory]
    [InlineData(2021, false)]
    [InlineData(2022, true)]
    [InlineData(2023, false)]
    [InlineData(2024, true)]
    [InlineData(2025, false)]
    [InlineData(2026, false)]
    [InlineData(2027, true)]
    [InlineData(2028, false)]
    [InlineData(2029, true)]
    public void ChildFriendlyCommuneEvaluation_IsInNovemberOfYears2And4(int year, bool held)
    {
        var dates = ChildProtectionEvents.ChildFriendlyCommuneEvaluation(2021).OccurrencesIn(year);
        Assert.Equal(held, dates.Count == 1);
        if (held)
        {
            Assert.Equal(new LocalDate(year, 11, 1), dates[0].Start);
            Assert.Equal(new LocalDate(year, 11, 30), dates[0].End);
        }
    }

    [Fact]
    public void ChildFriendlyCommuneEvaluation_PlanStartYearIsConfigurable()
    {
        var from2020 = ChildProtectionEvents.ChildFriendlyCommuneEvaluation(2020);
        Assert.Equal([2021, 2023, 2026, 2028], Enumerable.Range(2020, 10).Where(y => from2020.OccurrencesIn(y).Count > 0));
        Assert.Equal(2, from2020.YearOfPlan(2021));
        Assert.Equal(1, from2020.YearOfPlan(2015));
        Assert.Equal(ChildProtectionEvents.ChildFriendlyCommuneEvaluation(2021), ChildProtectionEvents.ChildFriendlyCommuneEvaluation2021);
    }

    [Fact]
    public void ChildrensForum_TakesItsDates()
    {
        var forum = ChildProtectionEvents.ChildrensForum(6, 10, 6, 12);
        var dates = Assert.Single(forum.OccurrencesIn(2025));
        Assert.Equal(new LocalDate(2025, 6, 10), dates.Start);
        Assert.Equal(new LocalDate(2025, 6, 12), dates.End);
        Assert.Equal("childrens-forum (10/6–12/6)", forum.ToString());
    }

    [Fact]
    public void Factories_RejectBadArguments()
    {
        Assert.Throws<ArgumentException>(() => YearlyEvent.OnSolarDates("x", "X", "X", 6, 30, 6, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearlyEvent.OnLunarDate("x", "X", "X", 13, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearlyEvent.InYearsOfFiveYearPlan("x", "X", "X", 11, 2021, [6]));
        Assert.Throws<ArgumentException>(() => YearlyEvent.InYearsOfFiveYearPlan("x", "X", "X", 11, 2021, []));
        Assert.Throws<ArgumentException>(() => YearlyEvent.OnLunarDate("X Y", "X", "X", 1, 1));
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(ChildProtectionEvents.ChildrensForum(6, 1, 6, 1), ChildProtectionEvents.ChildrensForum(6, 1, 6, 1));
        Assert.NotEqual(ChildProtectionEvents.ChildrensForum(6, 1, 6, 1), ChildProtectionEvents.ChildrensForum(6, 2, 6, 2));
        Assert.True(ChildProtectionEvents.MidAutumn == YearlyEvent.OnLunarDate("mid-autumn", "Tết Trung thu", "Mid-Autumn Festival", 8, 15));
    }
}
