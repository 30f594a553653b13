using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Commands;

public sealed class ProgressCommandTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", ".."));

    /// <summary>
    /// Each seed plan with its example dataset (eng/generate-progress-examples.cs) and the status every measurable
    /// target must get on the plan's evaluation date.
    /// </summary>
    public static TheoryData<string, string, string> SeedPlans() => new()
    {
        { "quang-ngai-2020-27-KH-UBND", "2021-01-20", "CT901.a=Met CT902.a=OffTrack CT903.a=OffTrack CT904.a=OffTrack CT905.a=NoData" },
        { "lang-son-2023-draft-KH-SLDTBXH", "2023-11-15", "CT901.a=Met CT902.a=OnTrack CT902.b=AtRisk CT903.a=OffTrack CT905.a=NoData CT905.b=NotYetDue CT906.a=Met CT907.a=OnTrack CT907.b=AtRisk CT907.c=OffTrack CT908.a=NoData CT908.b=NotYetDue CT909.a=Met CT910.a=OnTrack CT911.a=AtRisk" },
        { "an-giang-2024-177-KH-UBND", "2024-11-15", "CT1.a=Met CT2.a=OnTrack CT3.a=AtRisk CT3.b=OffTrack CT3.c=NoData CT4.a=NotYetDue CT4.b=Met CT4.c=OnTrack CT4.d=AtRisk CT5.a=OffTrack CT6.a=NoData CT7.a=NotYetDue CT8.a=OnTrack CT8.b=OnTrack CT9.a=AtRisk CT909.a=OffTrack CT10.a=NoData CT11.a=NotYetDue CT11.b=Met CT12.a=OnTrack CT13.a=AtRisk CT14.a=OffTrack CT15.a=NoData CT16.a=NotYetDue CT17.a=Met CT17.b=OnTrack CT18.a=AtRisk CT18.b=OffTrack CT19.a=NoData CT20.a=NotYetDue CT20.b=Met CT21.a=OnTrack CT22.a=AtRisk CT23.a=OffTrack CT24.a=NoData" },
        { "quang-ninh-2021-2030-52-KH-UBND", "2024-06-30", "CT1.a=Met CT2.a=OnTrack CT3.a=AtRisk CT3.b=OffTrack CT3.c=NoData CT4.a=NotYetDue CT4.b=Met CT4.c=OnTrack CT4.d=AtRisk CT5.a=OffTrack CT5.b=NoData CT6.a=NotYetDue CT7.a=Met CT8.a=OnTrack CT8.b=AtRisk CT9.a=OffTrack CT10.a=NoData CT11.a=NotYetDue CT11.b=OnTrack CT12.a=OffTrack CT13.a=NotYetDue CT14.a=OffTrack CT15.a=NoData CT16.a=NotYetDue CT17.a=Met CT17.b=OnTrack CT18.a=AtRisk CT18.b=OffTrack CT19.a=NoData CT20.a=NotYetDue CT20.b=Met CT21.a=OnTrack CT22.a=AtRisk CT23.a=OffTrack CT24.a=NoData" },
    };

    private static string Plan(string name) => Path.Combine(Root, "docs", "examples", "plans", name + ".json");

    private static string Data(string name) => Path.Combine(Root, "docs", "examples", "observations", "progress-" + name + ".csv");

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public void SeedPlan_EveryTargetGetsItsExpectedStatus(string plan, string asOf, string expected)
    {
        var (code, output, error) = CliRunner.Run("progress", Plan(plan), Data(plan), "--as-of", asOf, "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var actual = string.Join(' ', json.RootElement.EnumerateArray().Select(r => r.GetProperty("measure").GetString() + "=" + r.GetProperty("status").GetString()));
        Assert.Equal(expected, actual);
        // No data is never reported as off track: every target without a value says so.
        foreach (var row in json.RootElement.EnumerateArray().Where(r => r.GetProperty("value").ValueKind == JsonValueKind.Null))
        {
            Assert.Contains(row.GetProperty("status").GetString(), new[] { "NoData", "NotYetDue" });
        }
    }

    [Fact]
    public void Table_PrintsTheSummaryLine()
    {
        var (code, output, _) = CliRunner.Run("progress", Plan("quang-ngai-2020-27-KH-UBND"), Data("quang-ngai-2020-27-KH-UBND"), "--as-of", "2021-01-20");
        Assert.Equal(0, code);
        Assert.Contains("5 target(s) as of 2021-01-20: Met 1, OnTrack 0, AtRisk 0, OffTrack 3, NotYetDue 0, NoData 1; 4 with data, 7 qualitative.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_InEnglish_IsOneSelfContainedPage()
    {
        var (code, output, _) = CliRunner.Run("progress", Plan("an-giang-2024-177-KH-UBND"), Data("an-giang-2024-177-KH-UBND"), "--as-of", "2024-11-15", "--format", "html", "--lang", "en");
        Assert.Equal(0, code);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", output, StringComparison.Ordinal);
        Assert.DoesNotContain("http", output.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(35, output.Split("<svg class=\"chart\"").Length - 1);
    }

    [Fact]
    public void Docx_IsWrittenToTheOutputFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "vncp-progress-" + Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            var (code, _, error) = CliRunner.Run("progress", Plan("quang-ninh-2021-2030-52-KH-UBND"), Data("quang-ninh-2021-2030-52-KH-UBND"), "--as-of", "2024-06-30", "--format", "docx", "--output", path);
            Assert.True(code == 0, error);
            Assert.True(new FileInfo(path).Length > 2000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("2024-13-01", "--lang", "vi")]
    [InlineData("2021-01-20", "--format", "docx")]
    [InlineData("2021-01-20", "--unit", "99")]
    public void BadInput_ExitsTwoWithOneLine(string asOf, string option, string value)
    {
        var args = new[] { "progress", Plan("quang-ngai-2020-27-KH-UBND"), Data("quang-ngai-2020-27-KH-UBND"), "--as-of", asOf, option, value };
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void ObservationsNotCsv_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("progress", Plan("minimal"), Plan("minimal"), "--as-of", "2025-01-01");
        Assert.Equal(2, code);
        Assert.Contains("CSV", error, StringComparison.Ordinal);
    }
}
