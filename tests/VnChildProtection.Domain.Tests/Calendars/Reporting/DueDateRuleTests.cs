using System;
using NodaTime;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class DueDateRuleTests
{
    private static readonly ReportPeriod H1 = new(ReportPeriodKind.SixMonth, 2023);

    [Fact]
    public void FixedDate_IsInTheReportingYear()
    {
        Assert.Equal(new LocalDate(2023, 5, 20), DueDateRule.FixedDate(20, 5).DueDateFor(H1));
        Assert.Equal(new LocalDate(2024, 1, 15), DueDateRule.FixedDate(15, 1, yearOffset: 1).DueDateFor(new ReportPeriod(ReportPeriodKind.Annual, 2023)));
        Assert.Equal(new LocalDate(2023, 2, 28), DueDateRule.FixedDate(31, 2).DueDateFor(H1));
    }

    [Fact]
    public void DaysAfterPeriodEnd_CountsCalendarDays()
    {
        Assert.Equal(new LocalDate(2023, 7, 15), DueDateRule.DaysAfterPeriodEnd(15).DueDateFor(H1));
        Assert.Equal(new LocalDate(2024, 1, 10), DueDateRule.DaysAfterPeriodEnd(10).DueDateFor(new ReportPeriod(ReportPeriodKind.Quarterly, 2023, 4)));
    }

    [Fact]
    public void DayOfMonthAfterPeriod_UsesTheMonthAfterOrTheClosingMonth()
    {
        var q1 = new ReportPeriod(ReportPeriodKind.Quarterly, 2024, 1);
        Assert.Equal(new LocalDate(2024, 4, 20), DueDateRule.DayOfMonthAfterPeriod(20).DueDateFor(q1));
        Assert.Equal(new LocalDate(2024, 3, 20), DueDateRule.DayOfMonthAfterPeriod(20, monthsAfter: 0).DueDateFor(q1));
        Assert.Equal(new LocalDate(2024, 2, 29), DueDateRule.DayOfMonthAfterPeriod(31).DueDateFor(new ReportPeriod(ReportPeriodKind.Monthly, 2024, 1)));
        Assert.Equal(new LocalDate(2024, 1, 5), DueDateRule.DayOfMonthAfterPeriod(5).DueDateFor(new ReportPeriod(ReportPeriodKind.Monthly, 2023, 12)));
    }

    [Fact]
    public void ToString_DescribesTheRule()
    {
        Assert.Equal("20/5 of the reporting year", DueDateRule.FixedDate(20, 5).ToString());
        Assert.Equal("15 days after the period ends", DueDateRule.DaysAfterPeriodEnd(15).ToString());
        Assert.Equal("day 20 of the month after the period", DueDateRule.DayOfMonthAfterPeriod(20).ToString());
        Assert.Equal("day 20 of the period's last month", DueDateRule.DayOfMonthAfterPeriod(20, 0).ToString());
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(DueDateRule.FixedDate(20, 5), DueDateRule.FixedDate(20, 5));
        Assert.NotEqual(DueDateRule.FixedDate(20, 5), DueDateRule.DayOfMonthAfterPeriod(20, 5));
        Assert.True(DueDateRule.DaysAfterPeriodEnd(5) != DueDateRule.DaysAfterPeriodEnd(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => DueDateRule.FixedDate(0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => DueDateRule.FixedDate(20, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => DueDateRule.DaysAfterPeriodEnd(-1));
    }

    [Fact]
    public void ReportDefinition_RejectsFixedDateForQuarterlyReports()
    {
        Assert.Throws<ArgumentException>(() => new ReportDefinition("q", "Báo cáo quý", "Quarterly", ReportPeriodKind.Quarterly,
            [new TierDeadline(ReportingTier.District, DueDateRule.FixedDate(20, 5))], DataWindowRule.Decree09));
        Assert.Throws<ArgumentException>(() => new ReportDefinition("Not A Slug", "Báo cáo", "Report", ReportPeriodKind.Annual,
            [new TierDeadline(ReportingTier.District, DueDateRule.FixedDate(20, 5))], null));
        Assert.Throws<ArgumentException>(() => new ReportDefinition("ad-hoc", "Báo cáo đột xuất", "Ad hoc", ReportPeriodKind.AdHoc,
            [new TierDeadline(ReportingTier.District, DueDateRule.DaysAfterPeriodEnd(1))], null));
        Assert.Throws<ArgumentException>(() => new ReportDefinition("annual", "Báo cáo năm", "Annual", ReportPeriodKind.Annual,
            [new TierDeadline(ReportingTier.District, DueDateRule.FixedDate(20, 5)), new TierDeadline(ReportingTier.District, DueDateRule.FixedDate(21, 5))], null));
    }
}
