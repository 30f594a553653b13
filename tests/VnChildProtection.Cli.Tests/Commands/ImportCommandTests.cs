using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Commands;

public class ImportCommandTests
{
    private static readonly string GoldFolder = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "VnChildProtection.Documents.Tests", "Gold"));

    [Fact]
    public void Import_SeedAsReport_PrintsThePlanDiagnosticsAndConfidence()
    {
        var (code, output, _) = CliRunner.Run("import", SeedCorpus.SeedFiles[3], "--format", "report");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var plan = json.RootElement.GetProperty("plan");
        Assert.Equal("52/KH-UBND", plan.GetProperty("header").GetProperty("number").GetString());
        var indicators = plan.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(24, indicators.Length);
        var mortality = indicators[2].GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("measure").GetString()).ToArray();
        Assert.Equal(new[] { "CT3.a", "CT3.b", "CT3.c" }, mortality);
        Assert.Equal(29, indicators[3].GetProperty("targets")[2].GetProperty("source").GetProperty("line").GetInt32());
        var confidence = json.RootElement.GetProperty("confidence").EnumerateArray().ToArray();
        Assert.Contains(confidence, c => c.GetProperty("path").GetString() == "$.indicators[2].targets[0]");
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("diagnostics").ValueKind);
    }

    [Fact]
    public void Import_SeedAsJson_PrintsThePlanDocumentThatValidateReads()
    {
        var (code, output, _) = CliRunner.Run("import", SeedCorpus.SeedFiles[2], "--format", "json");

        Assert.Equal(0, code);
        var plan = VnChildProtection.Domain.Plans.Json.PlanJson.Deserialize(output).AsT0;
        Assert.Equal("177/KH-UBND", plan.Header.Number);
        Assert.Equal(24, plan.Indicators.Count);
    }

    [Fact]
    public void Import_Summary_ListsCountsIndicatorsRolesAndDeadlines()
    {
        var (code, output, _) = CliRunner.Run("import", SeedCorpus.SeedFiles[1]);

        Assert.Equal(0, code);
        Assert.Contains("dự thảo (draft)", output, StringComparison.Ordinal);
        Assert.Contains("12 indicators", output, StringComparison.Ordinal);
        Assert.Contains("4 deadlines", output, StringComparison.Ordinal);
        Assert.Contains("150/200", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Summary_ShowsTheTimeLimitOfARelativeDeadline()
    {
        var file = Path.Combine(Path.GetTempPath(), "vncp-relative-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            File.WriteAllText(file, string.Join('\n',
                "ỦY BAN NHÂN DÂN PHƯỜNG CÁI KHẾ", "Số: 08/KH-UBND", "Phường Cái Khế, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH",
                "Phòng, chống xâm hại trẻ em năm 2025", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo vệ trẻ em.", "II. CHẾ ĐỘ BÁO CÁO",
                "Khi có vụ việc xâm hại trẻ em, các khu vực báo cáo bằng văn bản trong thời hạn 03 ngày kể từ ngày tiếp nhận thông tin."));

            var (code, output, _) = CliRunner.Run("import", file);

            Assert.Equal(0, code);
            Assert.Contains("3 ngày kể từ ngày tiếp nhận thông tin", output, StringComparison.Ordinal);
            Assert.Contains("counts 3 days from 'ngày tiếp nhận thông tin'", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_CorpusWithDevAndHoldout_PrintsBothSplitsSideBySide()
    {
        var (code, output, _) = CliRunner.Run("import", "--evaluate", Path.Combine(SeedCorpus.Root, "plans"));

        Assert.Equal(0, code);
        Assert.Contains("dev P", output, StringComparison.Ordinal);
        Assert.Contains("holdout R", output, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.Contains("Assignments", StringComparison.Ordinal) && l.Contains('%', StringComparison.Ordinal));
    }

    [Fact]
    public void Import_WordFile_ReadsItLikeValidateDoes()
    {
        var folder = ValidateCommandWordTests.TempFolder();
        try
        {
            var docx = Path.Combine(folder, "plan.docx");
            ValidateCommandWordTests.WriteDocx(docx, File.ReadAllText(SeedCorpus.SeedFiles[3]));

            var (code, output, _) = CliRunner.Run("import", docx, "--format", "json");

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            Assert.Equal("52/KH-UBND", json.RootElement.GetProperty("header").GetProperty("number").GetString());
            Assert.Equal(24, json.RootElement.GetProperty("indicators").GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Evaluate_SeedsWithGoldFolder_PrintsPrecisionAndRecallPerCategory()
    {
        var (code, output, _) = CliRunner.Run("import", "--evaluate", Path.Combine(SeedCorpus.Root, "seeds"), "--gold", GoldFolder);

        Assert.Equal(0, code);
        foreach (var seed in SeedCorpus.SeedFiles)
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(seed), output, StringComparison.Ordinal);
        }
        var overallIndicators = output.Split('\n').Single(l => l.Contains("overall", StringComparison.Ordinal) && l.Contains("Indicators", StringComparison.Ordinal));
        Assert.Contains("%", overallIndicators, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CopyLayoutWithTextsAndGoldSideBySide_Works()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vncp-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var name = Path.GetFileNameWithoutExtension(SeedCorpus.SeedFiles[3]);
            File.Copy(SeedCorpus.SeedFiles[3], Path.Combine(folder, name + ".txt"));
            File.Copy(Path.Combine(GoldFolder, name + ".gold.json"), Path.Combine(folder, name + ".gold.json"));

            var (code, output, _) = CliRunner.Run("import", "--evaluate", folder, "--details");

            Assert.Equal(0, code);
            Assert.Contains(name, output, StringComparison.Ordinal);
            Assert.Contains("Responsibilities", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Evaluate_InvalidGold_ExitsTwo()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vncp-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "plan.txt"), "Số: 1/KH-UBND");
            File.WriteAllText(Path.Combine(folder, "plan.gold.json"), "{ broken");

            var (code, _, error) = CliRunner.Run("import", "--evaluate", folder);

            Assert.Equal(2, code);
            Assert.Contains("GOLD-JSON-INVALID", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("import", "/no/such/plan.txt")]
    [InlineData("import")]
    [InlineData("import", "--evaluate", "/no/such/folder")]
    public void Import_MissingInput_ExitsTwo(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }
}
