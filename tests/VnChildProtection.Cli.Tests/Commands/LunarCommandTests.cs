using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Cli.Tests.Commands;

public class LunarCommandTests
{
    private static readonly string NewLine = Environment.NewLine;

    [Fact]
    public void Lunar_Tet2007_PrintsFirstDayOfDinhHoi()
    {
        var (code, output, error) = CliRunner.Run("lunar", "2007-02-17");

        Assert.Equal(0, code);
        Assert.Equal("2007-01-01" + NewLine + "ngày 1 tháng 1 năm Đinh Hợi" + NewLine, output);
        Assert.Empty(error);
    }

    [Fact]
    public void Lunar_DayInLeapMonth_PrintsLeapMarkers()
    {
        var (code, output, _) = CliRunner.Run("lunar", "2025-08-15");

        Assert.Equal(0, code);
        Assert.Equal("2025-06L-22" + NewLine + "ngày 22 tháng 6 nhuận năm Ất Tỵ" + NewLine, output);
    }

    [Theory]
    [InlineData(new[] { "2007", "1", "1" }, "2007-02-17")]          // Tết Đinh Hợi: a day before China's (UTC+7)
    [InlineData(new[] { "2025", "8", "15" }, "2025-10-06")]         // Tết Trung thu 2025
    [InlineData(new[] { "2025", "6", "1", "--leap" }, "2025-07-25")] // first day of leap month 6 of Ất Tỵ
    [InlineData(new[] { "1968", "1", "1" }, "1968-01-29")]          // Mậu Thân: the North's new time zone
    public void LunarToSolar_KnownDates_PrintsIsoDate(string[] values, string expected)
    {
        var (code, output, error) = CliRunner.Run(["lunar", "--to-solar", .. values]);

        Assert.Equal(0, code);
        Assert.Equal(expected + NewLine, output);
        Assert.Empty(error);
    }

    [Fact]
    public void LunarToSolar_LeapMonthTheYearDoesNotHave_ExitsTwoWithCode()
    {
        var (code, output, error) = CliRunner.Run("lunar", "--to-solar", "2024", "6", "1", "--leap");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("2024-06L-01: The lunar year has no such leap month. (LUNAR-DATE-NO-LEAP-MONTH)" + NewLine, error);
    }

    [Theory]
    [InlineData("lunar", "2025-13-01")]
    [InlineData("lunar", "15/08/2025")]
    [InlineData("lunar", "1800-01-01")]
    [InlineData("lunar", "2025-08-15", "2025-08-16")]
    [InlineData("lunar")]
    [InlineData("lunar", "2025-08-15", "--leap")]
    [InlineData("lunar", "--bogus")]
    [InlineData("lunar", "--to-solar", "2025", "2", "30")]
    [InlineData("lunar", "--to-solar", "2025", "13", "1")]
    [InlineData("lunar", "--to-solar", "1898", "1", "1")]
    [InlineData("lunar", "--to-solar", "2025", "1")]
    [InlineData("lunar", "--to-solar", "năm", "1", "1")]
    [InlineData("lunar", "months")]
    [InlineData("lunar", "months", "--from-year", "2025", "--to-year", "2024")]
    [InlineData("lunar", "months", "--from-year", "2101")]
    [InlineData("lunar", "months", "--from-year", "2025", "--format", "xml")]
    public void Lunar_BadInput_ExitsTwoWithMessage(params string[] args)
    {
        CliAssert.RejectsInput(args);
    }

    [Fact]
    public void LunarMonths_2024To2025AsCsv_PrintsHeaderAndMonthsInOrder()
    {
        var (code, output, _) = CliRunner.Run("lunar", "months", "--from-year", "2024", "--to-year", "2025", "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.Split(NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["lunar_year,lunar_month,is_leap,start", "2024,1,0,2024-02-10", "2024,2,0,2024-03-10", "2024,3,0,2024-04-09"],
            lines.Take(4));
        // 2024 (Giáp Thìn) has 12 months, 2025 (Ất Tỵ) 13 with leap month 6 after month 6.
        Assert.Equal(1 + 12 + 13, lines.Length);
        Assert.Equal(["2025,6,0,2025-06-25", "2025,6,1,2025-07-25", "2025,7,0,2025-08-23"], lines.SkipWhile(l => !l.StartsWith("2025,6,", StringComparison.Ordinal)).Take(3));
        Assert.Equal("2025,12,0,2026-01-19", lines[^1]);
    }

    [Fact]
    public void LunarMonths_WholeRange_EveryRowIsDayOneOfItsMonthAndFollowsThePrevious()
    {
        var (code, output, _) = CliRunner.Run(
            "lunar", "months", "--from-year", VietnameseLunarCalendar.MinYear.ToString(CultureInfo.InvariantCulture),
            "--to-year", VietnameseLunarCalendar.MaxYear.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(0, code);
        var rows = output.Split(NewLine, StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        int expectedCount = Enumerable.Range(VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear - VietnameseLunarCalendar.MinYear + 1)
            .Sum(y => VietnameseLunarCalendar.GetLeapMonth(y) == 0 ? 12 : 13);
        Assert.Equal(expectedCount, rows.Length);
        LocalDate? previous = null;
        foreach (var row in rows)
        {
            var start = LocalDatePattern.Iso.Parse(row[3]).Value;
            var lunar = VietnameseLunarDate.FromLocalDate(start);
            Assert.Equal((int.Parse(row[0], CultureInfo.InvariantCulture), int.Parse(row[1], CultureInfo.InvariantCulture), row[2] == "1", 1),
                (lunar.Year, lunar.Month, lunar.IsLeapMonth, lunar.Day));
            if (previous is { } p)
            {
                Assert.Contains(Period.DaysBetween(p, start), new[] { 29, 30 });
            }
            previous = start;
        }
    }

    [Fact]
    public void LunarMonths_Table_ShowsCanChiAndLeapMonth()
    {
        var (code, output, _) = CliRunner.Run("lunar", "months", "--from-year", "2025", "--format", "table");

        Assert.Equal(0, code);
        Assert.Contains("Ất Tỵ", output, StringComparison.Ordinal);
        Assert.Contains("6 nhuận", output, StringComparison.Ordinal);
        Assert.Contains("2025-07-25", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-02-17", output, StringComparison.Ordinal); // Tết Bính Ngọ starts the next year
    }

    [Fact]
    public void Lunar_SolarToLunarAndBack_RoundTripsOverAYear()
    {
        for (var date = new LocalDate(2025, 1, 1); date.Year == 2025; date = date.PlusDays(1))
        {
            var (_, lunarOutput, _) = CliRunner.Run("lunar", LocalDatePattern.Iso.Format(date));
            var lunar = VietnameseLunarDate.Parse(lunarOutput.Split(NewLine)[0]).AsT0;
            string[] args = lunar.IsLeapMonth
                ? ["lunar", "--to-solar", $"{lunar.Year}", $"{lunar.Month}", $"{lunar.Day}", "--leap"]
                : ["lunar", "--to-solar", $"{lunar.Year}", $"{lunar.Month}", $"{lunar.Day}"];
            var (code, solarOutput, _) = CliRunner.Run(args);
            Assert.Equal(0, code);
            Assert.Equal(LocalDatePattern.Iso.Format(date) + NewLine, solarOutput);
        }
    }
}
