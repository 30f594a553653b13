using System;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Tests.Calendars;

public class VietnameseLunarCalendarTests
{
    [Fact]
    public void Range_CoversEveryGregorianDate1900To2100()
    {
        Assert.Equal(new LocalDate(1899, 2, 10), VietnameseLunarCalendar.MinDate);
        Assert.True(VietnameseLunarCalendar.MaxDate > new LocalDate(2100, 12, 31));
        Assert.True(VietnameseLunarCalendar.IsSupported(new LocalDate(1900, 1, 1)));
        Assert.False(VietnameseLunarCalendar.IsSupported(new LocalDate(1899, 2, 9)));
        Assert.Equal(VietnameseLunarCalendar.MaxDate.PlusDays(1), VietnameseLunarCalendar.GetNewYear(2100).PlusDays(VietnameseLunarCalendar.GetDaysInYear(2100)));
    }

    [Fact]
    public void GetDaysInMonth_EveryYear_SumsToDaysInYear()
    {
        for (int year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            int leap = VietnameseLunarCalendar.GetLeapMonth(year);
            int sum = Enumerable.Range(1, 12).Sum(m => VietnameseLunarCalendar.GetDaysInMonth(year, m))
                + (leap == 0 ? 0 : VietnameseLunarCalendar.GetDaysInMonth(year, leap, isLeapMonth: true));
            Assert.Equal(VietnameseLunarCalendar.GetDaysInYear(year), sum);
            if (year < VietnameseLunarCalendar.MaxYear)
            {
                Assert.Equal(VietnameseLunarCalendar.GetNewYear(year + 1), VietnameseLunarCalendar.GetNewYear(year).PlusDays(sum));
            }
        }
    }

    [Fact]
    public void LeapMonths_1984To1987_FollowUtc7Midnights()
    {
        // UTC+7 gives a leap 2nd month in 1985 (China, UTC+8: leap 10th in 1984) and a leap 7th in 1987 (China: 6th):
        // the principal term of 23 August 1987 falls shortly after midnight in China but before it in Vietnam.
        Assert.Equal(0, VietnameseLunarCalendar.GetLeapMonth(1984));
        Assert.Equal(2, VietnameseLunarCalendar.GetLeapMonth(1985));
        Assert.Equal(7, VietnameseLunarCalendar.GetLeapMonth(1987));
    }

    [Fact]
    public void InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetLeapMonth(1898));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetNewYear(2101));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetDaysInMonth(2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetDaysInMonth(2026, 6, isLeapMonth: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetYearName(0));
    }

    [Fact]
    public void Tet1968_IsADayBeforeChinaAfterTheUtc7Switch()
    {
        // North Vietnam celebrated Tết Mậu Thân on 29 January 1968, China on the 30th.
        Assert.Equal(new LocalDate(1968, 1, 29), VietnameseLunarCalendar.GetNewYear(1968));
        Assert.Equal(new LocalDate(1965, 2, 2), VietnameseLunarCalendar.GetNewYear(1965));
    }
}
