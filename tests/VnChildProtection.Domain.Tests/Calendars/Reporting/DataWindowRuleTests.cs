using System;
using NodaTime;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class DataWindowRuleTests
{
    [Theory]
    // Decree 09/2019/NĐ-CP: monthly 15th of the previous month – 14th.
    [InlineData("2023-M05", "2023-04-15", "2023-05-14")]
    [InlineData("2023-M01", "2022-12-15", "2023-01-14")]
    // Quarterly: 15th of the month before the quarter – 14th of its last month.
    [InlineData("2023-Q1", "2022-12-15", "2023-03-14")]
    [InlineData("2023-Q2", "2023-03-15", "2023-06-14")]
    [InlineData("2023-Q4", "2023-09-15", "2023-12-14")]
    // 6-month 15/12 (previous year) – 14/6; 9-month 15/12 – 14/9; annual 15/12 – 14/12.
    [InlineData("2023-H1", "2022-12-15", "2023-06-14")]
    [InlineData("2023-9M", "2022-12-15", "2023-09-14")]
    [InlineData("2023-Y", "2022-12-15", "2023-12-14")]
    public void Decree09_WindowForEveryKind(string period, string start, string end)
    {
        var window = DataWindowRule.Decree09.WindowFor(ReportPeriod.Parse(period).AsT0);
        Assert.Equal(LocalDate(start), window.Start);
        Assert.Equal(LocalDate(end), window.End);
    }

    [Theory]
    [InlineData("2024-M02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-H1", "2023-01-01", "2023-06-30")]
    [InlineData("2023-Q3", "2023-07-01", "2023-09-30")]
    [InlineData("2023-Y", "2023-01-01", "2023-12-31")]
    public void CalendarPeriod_IsThePeriodItself(string period, string start, string end)
    {
        var window = DataWindowRule.CalendarPeriod.WindowFor(ReportPeriod.Parse(period).AsT0);
        Assert.Equal(LocalDate(start), window.Start);
        Assert.Equal(LocalDate(end), window.End);
    }

    [Fact]
    public void EndingOnDay_MovesAnchorAndClosingMonth()
    {
        // A 6-month report due 20/5 with its data closed on 14/5.
        var window = DataWindowRule.EndingOnDay(14, monthOffset: -1).WindowFor(new ReportPeriod(ReportPeriodKind.SixMonth, 2023));
        Assert.Equal(new LocalDate(2022, 11, 15), window.Start);
        Assert.Equal(new LocalDate(2023, 5, 14), window.End);

        var monthly = DataWindowRule.EndingOnDay(20).WindowFor(new ReportPeriod(ReportPeriodKind.Monthly, 2023, 3));
        Assert.Equal(new LocalDate(2023, 2, 21), monthly.Start);
        Assert.Equal(new LocalDate(2023, 3, 20), monthly.End);
    }

    [Fact]
    public void Windows_OfSuccessiveMonths_TileTheYear()
    {
        var rule = DataWindowRule.EndingOnDay(30);
        for (int month = 1; month < 12; month++)
        {
            var a = rule.WindowFor(new ReportPeriod(ReportPeriodKind.Monthly, 2024, month));
            var b = rule.WindowFor(new ReportPeriod(ReportPeriodKind.Monthly, 2024, month + 1));
            Assert.Equal(a.End.PlusDays(1), b.Start);
        }
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(DataWindowRule.Decree09, DataWindowRule.EndingOnDay(14));
        Assert.True(DataWindowRule.Decree09 != DataWindowRule.EndingOnDay(14, -1));
        Assert.Equal(DataWindowRule.Decree09.GetHashCode(), DataWindowRule.EndingOnDay(14).GetHashCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => DataWindowRule.EndingOnDay(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataWindowRule.EndingOnDay(14, 12));
    }

    private static LocalDate LocalDate(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
