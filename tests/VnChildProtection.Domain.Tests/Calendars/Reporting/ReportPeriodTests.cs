using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class ReportPeriodTests
{
    internal static readonly Gen<ReportPeriod> Periods =
        from kind in Gen.Elements(ReportPeriodKind.List.Where(k => k.IsPeriodic).ToArray())
        from year in Gen.Choose(ReportPeriod.MinYear, ReportPeriod.MaxYear)
        from index in Gen.Choose(1, kind.PeriodsPerYear)
        select new ReportPeriod(kind, year, index);

    [Theory]
    [InlineData("2023-M05", "2023-05-01", "2023-05-31")]
    [InlineData("2024-M02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-Q2", "2023-04-01", "2023-06-30")]
    [InlineData("2023-Q4", "2023-10-01", "2023-12-31")]
    [InlineData("2023-H1", "2023-01-01", "2023-06-30")]
    [InlineData("2023-9M", "2023-01-01", "2023-09-30")]
    [InlineData("2023-Y", "2023-01-01", "2023-12-31")]
    public void Parse_TextForm_GivesPeriodDates(string text, string start, string end)
    {
        var period = ReportPeriod.Parse(text).AsT0;
        Assert.Equal(start, period.Start.ToString("uuuu-MM-dd", null));
        Assert.Equal(end, period.End.ToString("uuuu-MM-dd", null));
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData(" 2023-q2 ", "2023-Q2")]
    [InlineData("2023–M5", "2023-M05")]
    [InlineData("2023-h1", "2023-H1")]
    [InlineData("2023-9m", "2023-9M")]
    public void Parse_Variants_AreAccepted(string text, string canonical) =>
        Assert.Equal(canonical, ReportPeriod.Parse(text).AsT0.ToString());

    [Theory]
    [InlineData("2023", "REPORT-PERIOD-FORMAT")]
    [InlineData("2023-H2", "REPORT-PERIOD-FORMAT")]
    [InlineData("2023-Q", "REPORT-PERIOD-FORMAT")]
    [InlineData("23-Q1", "REPORT-PERIOD-FORMAT")]
    [InlineData("2023-Q5", "REPORT-PERIOD-RANGE")]
    [InlineData("2023-M13", "REPORT-PERIOD-RANGE")]
    [InlineData("2023-M00", "REPORT-PERIOD-RANGE")]
    [InlineData("1899-Y", "REPORT-PERIOD-RANGE")]
    public void Parse_BadText_ReturnsTypedError(string text, string code)
    {
        Assert.Equal(code, ReportPeriod.Parse(text).AsT1.Code);
        Assert.False(ReportPeriod.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(ReportPeriod.TryParse(null, out _));

    [Fact]
    public void InYear_GivesEveryPeriodOfTheKind()
    {
        Assert.Equal(12, ReportPeriod.InYear(ReportPeriodKind.Monthly, 2024).Count);
        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"], ReportPeriod.InYear(ReportPeriodKind.Quarterly, 2024).Select(p => p.ToString()));
        Assert.Throws<ArgumentException>(() => ReportPeriod.InYear(ReportPeriodKind.AdHoc, 2024));
    }

    [Fact]
    public void ToVietnameseString_UsesPlanWording()
    {
        Assert.Equal("tháng 5/2023", new ReportPeriod(ReportPeriodKind.Monthly, 2023, 5).ToVietnameseString());
        Assert.Equal("quý 2/2023", new ReportPeriod(ReportPeriodKind.Quarterly, 2023, 2).ToVietnameseString());
        Assert.Equal("6 tháng đầu năm 2023", new ReportPeriod(ReportPeriodKind.SixMonth, 2023).ToVietnameseString());
        Assert.Equal("9 tháng đầu năm 2023", new ReportPeriod(ReportPeriodKind.NineMonth, 2023).ToVietnameseString());
        Assert.Equal("năm 2023", new ReportPeriod(ReportPeriodKind.Annual, 2023).ToVietnameseString());
    }

    [Fact]
    public void CompareTo_OrdersByEndThenShorterKind()
    {
        var q2 = new ReportPeriod(ReportPeriodKind.Quarterly, 2023, 2);
        var h1 = new ReportPeriod(ReportPeriodKind.SixMonth, 2023);
        var june = new ReportPeriod(ReportPeriodKind.Monthly, 2023, 6);
        Assert.True(june < q2 && q2 < h1);
        Assert.True(new ReportPeriod(ReportPeriodKind.Monthly, 2023, 5) < june);
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new ReportPeriod(ReportPeriodKind.AdHoc, 2023));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportPeriod(ReportPeriodKind.Quarterly, 2023, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportPeriod(ReportPeriodKind.Annual, 2101));
        Assert.Throws<ArgumentNullException>(() => new ReportPeriod(null!, 2023));
    }

    [Property(MaxTest = 10_000)]
    public Property ParseOfToString_RoundTrips() =>
        Prop.ForAll(Periods.ToArbitrary(), p => ReportPeriod.Parse(p.ToString()).Match(parsed => parsed == p, _ => false));

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrows() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
                Gen.Elements("2023-", "1999-Q", "2100-M1", "-H1", "9M", "Y", "2023-M001", "2023 Q2")
                    .SelectMany(a => Gen.Elements("", "0", "9", "-", "Q", "M", "Y", " ", "Đ").Select(b => a + b))).ToArbitrary(),
            text =>
            {
                ReportPeriod.Parse(text);
                return true;
            });

    [Property(MaxTest = 10_000)]
    public Property EqualityAndOrder_AreConsistent() =>
        Prop.ForAll(Periods.ToArbitrary(), Periods.ToArbitrary(), (a, b) =>
            a.Equals(b) == b.Equals(a)
            && (a == b) == (a.CompareTo(b) == 0)
            && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
            && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
            && a.Equals(new ReportPeriod(a.Kind, a.Year, a.Index))
            && a.Start <= a.End && a.End.PlusDays(1).Day == 1);
}
