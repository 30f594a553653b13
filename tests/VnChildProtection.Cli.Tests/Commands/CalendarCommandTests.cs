using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using VnChildProtection.Cli.Commands;

namespace VnChildProtection.Cli.Tests.Commands;

public class CalendarCommandTests
{
    [Fact]
    public void Calendar_Table_ListsDueDatesTiersAndWindows()
    {
        var (code, output, _) = CliRunner.Run("calendar", "--year", "2025");
        Assert.Equal(0, code);
        // 25/5/2025 is a Sunday: the province's 6-month report moves to Monday 26/5.
        Assert.Contains("2025-05-26 (from 2025-05-25)", output, StringComparison.Ordinal);
        Assert.Contains("cấp tỉnh (sở, ngành)", output, StringComparison.Ordinal);
        Assert.Contains("2024-12-15 – 2025-06-14", output, StringComparison.Ordinal);
        Assert.Contains("Tết Trung thu", output, StringComparison.Ordinal);
        Assert.Contains("2025-06-01 – 2025-06-30", output, StringComparison.Ordinal);
        Assert.Contains("4 report(s), 0 deadline(s), 4 event(s).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_Json_HasCamelCaseFieldsForEveryEntry()
    {
        var (code, output, _) = CliRunner.Run("calendar", "--year", "2023", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(8, rows.Length);
        var commune = rows.Single(r => r.GetProperty("id").GetString() == "report/child-affairs-6-month/commune/2023-H1");
        Assert.Equal("report", commune.GetProperty("kind").GetString());
        Assert.Equal("2023-05-22", commune.GetProperty("dueDate").GetString());
        Assert.Equal("2023-05-20", commune.GetProperty("rawDueDate").GetString());
        Assert.True(commune.GetProperty("adjusted").GetBoolean());
        Assert.Equal("commune", commune.GetProperty("tier").GetString());
        Assert.Equal("2023-H1", commune.GetProperty("period").GetString());
        Assert.Equal("2022-12-15", commune.GetProperty("windowStart").GetString());
        Assert.Equal("2023-06-14", commune.GetProperty("windowEnd").GetString());
        var midAutumn = rows.Single(r => r.GetProperty("id").GetString() == "event/mid-autumn/2023-09-29");
        Assert.Equal(JsonValueKind.Null, midAutumn.GetProperty("dueDate").ValueKind);
        Assert.Equal("Tết Trung thu", midAutumn.GetProperty("report").GetString());
    }

    [Fact]
    public void Calendar_2026_ShowsHealthSectorDeadlinesFlagged_2023DoesNot()
    {
        var (_, output2026, _) = CliRunner.Run("calendar", "--year", "2026", "--format", "json");
        using var json = JsonDocument.Parse(output2026);
        var commune = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "report/action-month-report/commune/2026-Y");
        Assert.Equal("2026-07-20", commune.GetProperty("rawDueDate").GetString());
        Assert.Equal("Unverified", commune.GetProperty("verification").GetString());

        var (_, table2026, _) = CliRunner.Run("calendar", "--year", "2026");
        Assert.Contains("Báo cáo kết quả Tháng hành động vì trẻ em", table2026, StringComparison.Ordinal);
        Assert.Contains("† Unverified: ", table2026, StringComparison.Ordinal);

        var (_, table2023, _) = CliRunner.Run("calendar", "--year", "2023");
        Assert.DoesNotContain("Tháng hành động vì trẻ em –", table2023, StringComparison.Ordinal);
        Assert.DoesNotContain("†", table2023, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_Ics_IsParsedByIcalNet_WithStableUids()
    {
        var (code, output, _) = CliRunner.Run("calendar", "--year", "2026", "--format", "ics");
        Assert.Equal(0, code);
        var calendar = Ical.Net.Calendar.Load(output)!;
        Assert.Contains(calendar.Events, e => e.Uid == "event/tet/2026-02-17@vnchildprotection.domain" && e.DtStart!.Date == new DateOnly(2026, 2, 17));
        Assert.Contains(calendar.Events, e => e.Uid == "report/child-affairs-annual/province/2026-Y@vnchildprotection.domain");
        var (_, again, _) = CliRunner.Run("calendar", "--year", "2026", "--format", "ics");
        Assert.Equal(calendar.Events.Select(e => e.Uid), Ical.Net.Calendar.Load(again)!.Events.Select(e => e.Uid));
    }

    [Fact]
    public void Calendar_Ics_StampsWithTheGivenClock()
    {
        using var output = new StringWriter();
        var command = CalendarCommand.Create(output, TextWriter.Null, new FixedClock(Instant.FromUtc(2026, 1, 5, 2, 0)));
        Assert.Equal(0, command.Parse(["--year", "2026", "--format", "ics"]).Invoke());
        Assert.Contains("\r\nDTSTAMP:20260105T020000Z\r\n", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--year", "1800")]
    [InlineData("--year", "abc")]
    [InlineData("--format", "xml")]
    public void Calendar_BadArguments_Fail(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(["calendar", .. args]);
        Assert.NotEqual(0, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    // NodaTime.Testing is not referenced by this project; a fixed clock is all the test needs.
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
