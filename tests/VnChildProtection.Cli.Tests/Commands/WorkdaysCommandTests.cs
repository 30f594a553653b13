using System;

namespace VnChildProtection.Cli.Tests.Commands;

public class WorkdaysCommandTests
{
    private static readonly string NewLine = Environment.NewLine;

    [Theory]
    // Tuesday 29/4/2025: 30/4 and 1/5 are holidays, Friday 2/5 is swapped off, then the weekend: due Friday 9/5.
    [InlineData("2025-04-29", "5", "2025-05-09")]
    [InlineData("2025-05-09", "-5", "2025-04-29")]
    // Saturday 26/4/2025 is worked in exchange for 2/5, so it is the working day after Friday 25/4.
    [InlineData("2025-04-25", "1", "2025-04-26")]
    [InlineData("2025-04-28", "-1", "2025-04-26")]
    // The start may be a day off and is never counted; n = 0 leaves the date unchanged.
    [InlineData("2025-05-01", "1", "2025-05-05")]
    [InlineData("2025-05-01", "0", "2025-05-01")]
    // Tết Ất Tỵ: Monday 27/1 to Saturday 1/2 off.
    [InlineData("2025-01-24", "1", "2025-02-03")]
    public void WorkdaysAdd_KnownDates_PrintsIsoDate(string date, string n, string expected)
    {
        var (code, output, error) = CliRunner.Run("workdays", "add", date, n);

        Assert.Equal(0, code);
        Assert.Equal(expected + NewLine, output);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("2025-04-29", "2025-05-09", "5")]
    [InlineData("2025-05-09", "2025-04-29", "-5")]
    // 26/4 (Saturday worked), 28/4, 29/4 and 5/5: end counted, start not.
    [InlineData("2025-04-25", "2025-05-05", "4")]
    [InlineData("2025-04-29", "2025-04-29", "0")]
    public void WorkdaysBetween_KnownDates_PrintsCount(string start, string end, string expected)
    {
        var (code, output, _) = CliRunner.Run("workdays", "between", start, end);

        Assert.Equal(0, code);
        Assert.Equal(expected + NewLine, output);
    }

    [Fact]
    public void Workdays_AddThenBetween_GivesBackTheCount()
    {
        foreach (var n in new[] { -250, -23, -1, 1, 5, 22, 250 })
        {
            var (_, due, _) = CliRunner.Run("workdays", "add", "2025-04-29", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var (_, count, _) = CliRunner.Run("workdays", "between", "2025-04-29", due.Trim());
            Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture) + NewLine, count);
        }
    }

    [Theory]
    [InlineData("workdays")]
    [InlineData("workdays", "add", "2025-04-29")]
    [InlineData("workdays", "add", "29/04/2025", "5")]
    [InlineData("workdays", "add", "2025-04-29", "năm")]
    [InlineData("workdays", "add", "2025-04-29", "99999999999")]
    [InlineData("workdays", "add", "2100-12-30", "5")]
    [InlineData("workdays", "add", "1900-01-01", "-1")]
    [InlineData("workdays", "add", "2025-04-29", "-2147483648")]
    [InlineData("workdays", "add", "2025-04-29", "2147483647")]
    [InlineData("workdays", "add", "1800-01-01", "0")]
    [InlineData("workdays", "between", "2025-04-29")]
    [InlineData("workdays", "between", "2025-04-29", "2025-02-30")]
    [InlineData("workdays", "between", "1899-12-30", "2025-01-01")]
    [InlineData("workdays", "between", "2025-01-01", "9999-12-31")]
    [InlineData("workdays", "between", "2025-01-01", "2025-01-02", "2025-01-03")]
    public void Workdays_BadInput_ExitsTwoWithMessage(params string[] args)
    {
        CliAssert.RejectsInput(args);
    }

    [Fact]
    public void Workdays_CountLeavingTheCalendar_IsOneTypedLine()
    {
        var (exit, stdout, stderr) = CliRunner.Run("workdays", "add", "2025-04-29", "-2147483648");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("CALENDAR-DATE-RANGE: -2147483648 working days from 2025-04-29 leave 1900-01-01 … 2100-12-31", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }
}
