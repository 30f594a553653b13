using System;
using System.Linq;
using System.Text.Json;

namespace VnChildProtection.Cli.Tests.Commands;

public class HolidaysCommandTests
{
    private static JsonElement[] Json(string year)
    {
        var (code, output, _) = CliRunner.Run("holidays", year, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static JsonElement Row(JsonElement[] rows, string date) => Assert.Single(rows, r => r.GetProperty("date").GetString() == date);

    [Fact]
    public void Holidays_2025AsJson_ListsHolidaysSwapAndSaturdayWorked()
    {
        var rows = Json("2025");

        // 1/1; Tết 27/1 (compensatory for Saturday 1/2) + 28/1–1/2; Giỗ Tổ 7/4; Saturday 26/4 worked for Friday 2/5;
        // 30/4, 1/5; National Day 1–2/9.
        Assert.Equal(
            ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-04-07",
             "2025-04-26", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"],
            rows.Select(r => r.GetProperty("date").GetString()));
        var saturday = Row(rows, "2025-04-26");
        Assert.Equal("Saturday", saturday.GetProperty("dayOfWeek").GetString());
        Assert.Equal("SwappedWorkingDay", saturday.GetProperty("kind").GetString());
        Assert.Equal("Ngày làm bù", saturday.GetProperty("kindVi").GetString());
        Assert.True(saturday.GetProperty("isWorkingDay").GetBoolean());
        var swapped = Row(rows, "2025-05-02");
        Assert.Equal("SwappedDayOff", swapped.GetProperty("kind").GetString());
        Assert.Equal("InternationalLabourDay", swapped.GetProperty("holiday").GetString());
        Assert.Equal("Ngày Quốc tế lao động", swapped.GetProperty("nameVi").GetString());
        Assert.Equal("International Labour Day", swapped.GetProperty("nameEn").GetString());
        Assert.False(swapped.GetProperty("isWorkingDay").GetBoolean());
        Assert.Contains("2025", swapped.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_StatutoryYear_ListsHolidayOnSaturdayAndTheChainOfCompensatoryDays()
    {
        var rows = Json("2023");

        // Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday, so Tuesday 2/5 and Wednesday 3/5 are off (Labour Code art. 111.3).
        Assert.Equal("HungKingsCommemoration", Row(rows, "2023-04-29").GetProperty("holiday").GetString());
        Assert.Equal("Holiday", Row(rows, "2023-04-30").GetProperty("kind").GetString());
        Assert.Equal("CompensatoryDayOff", Row(rows, "2023-05-02").GetProperty("kind").GetString());
        Assert.Equal("CompensatoryDayOff", Row(rows, "2023-05-03").GetProperty("kind").GetString());
        Assert.Contains("statutory", Row(rows, "2023-05-03").GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_AnyYear_ListsNoOrdinaryWeekendOrWorkingDay()
    {
        foreach (var year in new[] { "1900", "1968", "2024", "2026", "2100" })
        {
            foreach (var row in Json(year))
            {
                var kind = row.GetProperty("kind").GetString();
                Assert.NotEqual("WeeklyRestDay", kind);
                Assert.NotEqual("WorkingDay", kind);
                Assert.StartsWith(year + "-", row.GetProperty("date").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Holidays_Table_PrintsVietnameseAndEnglishNamesAndSource()
    {
        var (code, output, _) = CliRunner.Run("holidays", "2025");

        Assert.Equal(0, code);
        Assert.Contains("Tết Âm lịch", output, StringComparison.Ordinal);
        Assert.Contains("Lunar New Year", output, StringComparison.Ordinal);
        Assert.Contains("Ngày nghỉ hoán đổi", output, StringComparison.Ordinal);
        Assert.Contains("Source: ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("holidays")]
    [InlineData("holidays", "1899")]
    [InlineData("holidays", "2101")]
    [InlineData("holidays", "hai nghìn")]
    [InlineData("holidays", "2025", "--format", "xml")]
    public void Holidays_BadInput_ExitsTwoWithMessage(params string[] args)
    {
        CliAssert.RejectsInput(args);
    }

    [Fact]
    public void Holidays_2026AsJson_HasNationalDaySwapAndFlagsCultureDay()
    {
        var rows = Json("2026");

        // Thông báo 9441/TB-BNV ngày 16/10/2025, item 2: Monday 31/8 off for Saturday 22/8 worked.
        Assert.Equal("SwappedDayOff", Row(rows, "2026-08-31").GetProperty("kind").GetString());
        Assert.Equal("SwappedWorkingDay", Row(rows, "2026-08-22").GetProperty("kind").GetString());
        Assert.Equal("Secondary", Row(rows, "2026-08-31").GetProperty("verification").GetString());
        Assert.Contains("9441/TB-BNV", Row(rows, "2026-08-31").GetProperty("verificationSource").GetString(), StringComparison.Ordinal);
        var culture = Row(rows, "2026-11-24");
        Assert.Equal("VietnameseCultureDay", culture.GetProperty("holiday").GetString());
        Assert.Equal("Unverified", culture.GetProperty("verification").GetString());
        Assert.Contains("80-NQ/TW", culture.GetProperty("verificationSource").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("https://", culture.GetProperty("verificationLocation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_Table_ShowsVerificationColumnAndSources()
    {
        var (code, output, _) = CliRunner.Run("holidays", "2026");

        Assert.Equal(0, code);
        Assert.Contains("Verification", output, StringComparison.Ordinal);
        Assert.Contains("Unverified", output, StringComparison.Ordinal);
        Assert.Contains("Verification Secondary: Thông báo 9441/TB-BNV", output, StringComparison.Ordinal);
        Assert.Contains("Verification Unverified: Nghị quyết 28/2026/QH16", output, StringComparison.Ordinal);
    }
}
