using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Periods;
using Period = VnChildProtection.Domain.Periods.Period;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Every code example of <c>docs/periods.md</c>, verbatim, one test each.</summary>
public sealed class PeriodsDocsExamples
{
    [Fact]
    public void EveryExampleIsTested() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/periods.md", "tests/VnChildProtection.Domain.Tests/Docs/PeriodsDocsExamples.cs", expectedBlocks: 5);

    [Fact]
    public void Identifiers_Intervals_Containment()
    {
        var march = Period.Parse("202503").AsT0;
        Assert.Equal(PeriodType.Monthly, march.Type);
        Assert.Equal(new LocalDate(2025, 3, 31), march.End);
        Assert.Equal("2025-03-01/P1M", march.ToIso8601String());
        Assert.Equal(march, Period.ParseIso8601("2025-03-01/P1M").AsT0);
        Assert.True(Period.Quarter(2025, 1).Contains(march));
        Assert.Equal("2025Q1", Period.Containing(PeriodType.Quarterly, march.Start).ToString());
        Assert.Equal("2025April", Period.FinancialYear(PeriodType.FinancialApril, 2025).ToString());
    }

    [Fact]
    public void Weeks()
    {
        Assert.Equal("2020W53", Period.Containing(PeriodType.Weekly, new LocalDate(2021, 1, 1)).ToString());
        Assert.Equal(new LocalDate(2024, 12, 30), Period.Parse("2025W1").AsT0.Start);
        Assert.Equal(Period.Week(2025, 1), Period.ParseIso8601("2025-W01").AsT0);
    }

    [Fact]
    public void PeriodsInsidePeriods()
    {
        var q2 = Period.Quarter(2025, 2);
        Assert.Equal(["202504", "202505", "202506"], q2.PeriodsWithin(PeriodType.Monthly).Select(p => p.ToString()));
        Assert.Equal(Period.Quarter(2025, 3), q2.Next);
        Assert.False(Period.Month(2025, 6).Contains(Period.Week(2025, 27))); // 30 June – 6 July
    }

    [Fact]
    public void BadText()
    {
        var error = Period.Parse("2025Q5").AsT1;
        Assert.Equal((PeriodErrorCodes.Range, 5, "5"), (error.Code, error.Position, error.Fragment));
        Assert.Equal(PeriodErrorCodes.Alignment, Period.ParseIso8601("2025-01-15/P1M").AsT1.Code);
    }

    [Fact]
    public void ReportingCalendars()
    {
        Assert.Equal(Period.SixMonth(2025, 1), new ReportPeriod(ReportPeriodKind.SixMonth, 2025).ToPeriod());
        Assert.Null(new ReportPeriod(ReportPeriodKind.NineMonth, 2025).ToPeriod());
    }
}
