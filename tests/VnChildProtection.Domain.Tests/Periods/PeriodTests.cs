using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Calendars;
using VnChildProtection.Domain.Periods;
using Period = VnChildProtection.Domain.Periods.Period;

namespace VnChildProtection.Domain.Tests.Periods;

public sealed class PeriodTests
{
    private static readonly PeriodType[] Types = [.. PeriodType.List];

    [Theory]
    [InlineData("2025", "Yearly", "2025-01-01", "2025-12-31", "2025-01-01/P1Y")]
    [InlineData("2025S1", "SixMonthly", "2025-01-01", "2025-06-30", "2025-01-01/P6M")]
    [InlineData("2025S2", "SixMonthly", "2025-07-01", "2025-12-31", "2025-07-01/P6M")]
    [InlineData("2025Q1", "Quarterly", "2025-01-01", "2025-03-31", "2025-01-01/P3M")]
    [InlineData("2025Q4", "Quarterly", "2025-10-01", "2025-12-31", "2025-10-01/P3M")]
    [InlineData("202501", "Monthly", "2025-01-01", "2025-01-31", "2025-01-01/P1M")]
    [InlineData("202402", "Monthly", "2024-02-01", "2024-02-29", "2024-02-01/P1M")]
    [InlineData("2025W1", "Weekly", "2024-12-30", "2025-01-05", "2024-12-30/P7D")]
    [InlineData("2020W53", "Weekly", "2020-12-28", "2021-01-03", "2020-12-28/P7D")]
    [InlineData("20250315", "Daily", "2025-03-15", "2025-03-15", "2025-03-15/P1D")]
    [InlineData("2025April", "FinancialApril", "2025-04-01", "2026-03-31", "2025-04-01/P1Y")]
    [InlineData("2025July", "FinancialJuly", "2025-07-01", "2026-06-30", "2025-07-01/P1Y")]
    [InlineData("2025Oct", "FinancialOct", "2025-10-01", "2026-09-30", "2025-10-01/P1Y")]
    [InlineData("2025Nov", "FinancialNov", "2025-11-01", "2026-10-31", "2025-11-01/P1Y")]
    public void Parse_Dhis2Identifier_GivesTypeStartEndAndAdxInterval(string text, string type, string start, string end, string iso)
    {
        var period = Period.Parse(text).AsT0;
        Assert.Equal(type, period.Type.Name);
        Assert.Equal(start, period.Start.ToString("yyyy-MM-dd", null));
        Assert.Equal(end, period.End.ToString("yyyy-MM-dd", null));
        Assert.Equal(text, period.ToString());
        Assert.Equal(iso, period.ToIso8601String());
        Assert.Equal(period, Period.ParseIso8601(iso).AsT0);
        Assert.Equal(period, Period.Parse(iso).AsT0);
    }

    [Theory]
    [InlineData("", PeriodErrorCodes.Format)]
    [InlineData("25", PeriodErrorCodes.Format)]
    [InlineData("2025X1", PeriodErrorCodes.Format)]
    [InlineData("202513", PeriodErrorCodes.Range)]
    [InlineData("2025Q5", PeriodErrorCodes.Range)]
    [InlineData("2025S3", PeriodErrorCodes.Range)]
    [InlineData("2025W53", PeriodErrorCodes.Range)]
    [InlineData("20250230", PeriodErrorCodes.Range)]
    [InlineData("1899", PeriodErrorCodes.Range)]
    [InlineData("2025-01-15/P1M", PeriodErrorCodes.Alignment)]
    [InlineData("2025-01-01/P2Y", PeriodErrorCodes.Format)]
    [InlineData("2025-01-01/P7D", PeriodErrorCodes.Alignment)]
    public void Parse_BadText_GivesTypedErrorWithPosition(string text, string code)
    {
        var error = Period.Parse(text).AsT1;
        Assert.Equal(code, error.Code);
        Assert.InRange(error.Position, 0, Math.Max(0, text.Length));
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void Parse_PositionsPointIntoTheOriginalText()
    {
        var error = Period.Parse("  2025Q7").AsT1;
        Assert.Equal((7, 1, "7"), (error.Position, error.Length, error.Fragment));
        Assert.Equal(Period.Quarter(2025, 2), Period.Parse(" 2025q2 ").AsT0);
        Assert.Equal(Period.Week(2025, 1), Period.ParseIso8601("2025-W01").AsT0);
    }

    [Fact]
    public void Weeks_FollowIso8601_AtYearEdges()
    {
        // 1 January 2021 is a Friday: it belongs to the 53rd week of 2020.
        Assert.Equal("2020W53", Period.Containing(PeriodType.Weekly, new LocalDate(2021, 1, 1)).ToString());
        // 29 December 2025 is a Monday in week 1 of 2026.
        Assert.Equal("2026W1", Period.Containing(PeriodType.Weekly, new LocalDate(2025, 12, 29)).ToString());
        // 2020W1 starts on 30 December 2019 and 2020W53 ends on 3 January 2021: 51 weeks lie wholly inside 2020.
        Assert.Equal(51, Period.CalendarYear(2020).PeriodsWithin(PeriodType.Weekly).Count);
    }

    [Fact]
    public void PeriodsWithin_GivesTheShorterPeriodsWhollyInside()
    {
        var year = Period.CalendarYear(2025);
        Assert.Equal(12, year.PeriodsWithin(PeriodType.Monthly).Count);
        Assert.Equal(["2025Q1", "2025Q2", "2025Q3", "2025Q4"], year.PeriodsWithin(PeriodType.Quarterly).Select(p => p.ToString()));
        Assert.Equal(["202504", "202505", "202506"], Period.Quarter(2025, 2).PeriodsWithin(PeriodType.Monthly).Select(p => p.ToString()));
        Assert.Equal(365, year.PeriodsWithin(PeriodType.Daily).Count);
        Assert.Empty(Period.Month(2025, 2).PeriodsWithin(PeriodType.Quarterly));
        Assert.Equal(12, Period.FinancialYear(PeriodType.FinancialApril, 2025).PeriodsWithin(PeriodType.Monthly).Count);
        Assert.Equal(Period.Month(2026, 3), Period.FinancialYear(PeriodType.FinancialApril, 2025).PeriodsWithin(PeriodType.Monthly)[^1]);
    }

    [Fact]
    public void NextAndPrevious_StepByOnePeriod()
    {
        Assert.Equal(Period.Month(2026, 1), Period.Month(2025, 12).Next);
        Assert.Equal(Period.Week(2020, 53), Period.Week(2021, 1).Previous);
        Assert.Equal(Period.SixMonth(2025, 1), Period.SixMonth(2024, 2).Next);
        Assert.True(Period.Month(2025, 1) < Period.Month(2025, 2));
        Assert.True(Period.CalendarYear(2025) < Period.Month(2025, 1)); // same start: the longer first
    }

    private static Gen<Period> Periods() =>
        from type in Gen.Elements(Types)
        from days in Gen.Choose(0, 365 * 200)
        select Period.Containing(type, new LocalDate(1901, 1, 1).PlusDays(days));

    private static Gen<LocalDate> Dates() => Gen.Choose(0, 365 * 197).Select(d => new LocalDate(1901, 6, 1).PlusDays(d));

    [Property(MaxTest = 5_000)]
    public Property Text_RoundTrips_BothForms() =>
        Prop.ForAll(Arb.From(Periods()), p =>
            Period.Parse(p.ToString()).AsT0 == p && Period.ParseIso8601(p.ToIso8601String()).AsT0 == p
            && Period.Of(p.Type, p.Year, p.Number) == p);

    [Property(MaxTest = 5_000)]
    public Property Containing_ContainsTheDate_AndNeighboursDoNot() =>
        Prop.ForAll(Arb.From(Gen.Elements(Types)), Arb.From(Dates()), (type, date) =>
        {
            var p = Period.Containing(type, date);
            return p.Contains(date) && !p.Next.Contains(date) && !p.Previous.Contains(date)
                && p.Next.Start == p.End.PlusDays(1) && p.Previous.End == p.Start.PlusDays(-1);
        });

    [Property(MaxTest = 3_000)]
    public Property ContainmentOfPeriods_AgreesWithTheirDays() =>
        Prop.ForAll(Arb.From(Periods()), Arb.From(Periods()), (a, b) =>
            a.Contains(b) == (a.Contains(b.Start) && a.Contains(b.End))
            && a.Overlaps(b) == (a.Contains(b.Start) || a.Contains(b.End) || b.Contains(a.Start)));

    [Property(MaxTest = 300)]
    public Property PeriodsWithin_TileTheYearWithoutGaps() =>
        Prop.ForAll(Arb.From(Gen.Choose(1901, 2098)), Arb.From(Gen.Elements(PeriodType.Daily, PeriodType.Monthly, PeriodType.Quarterly, PeriodType.SixMonthly)), (year, type) =>
        {
            var inside = Period.CalendarYear(year).PeriodsWithin(type);
            return inside[0].Start == new LocalDate(year, 1, 1) && inside[^1].End == new LocalDate(year, 12, 31)
                && inside.Zip(inside.Skip(1)).All(pair => pair.First.Next == pair.Second);
        });

    [Property(MaxTest = 2_000)]
    public Property Weeks_AgreeWithNodaTimeIsoWeekRule() =>
        Prop.ForAll(Arb.From(Dates()), date =>
        {
            var week = Period.Containing(PeriodType.Weekly, date);
            var rule = WeekYearRules.Iso;
            return week.Year == rule.GetWeekYear(date) && week.Number == rule.GetWeekOfWeekYear(date)
                && week.Start.DayOfWeek == IsoDayOfWeek.Monday && week.LengthInDays == 7;
        });
}
