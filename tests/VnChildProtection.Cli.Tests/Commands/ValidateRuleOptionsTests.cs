using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Commands;

/// <summary><c>vncp validate --disable / --severity / --warnaserror</c> on the real seeds and the bundled JSON plans.</summary>
public class ValidateRuleOptionsTests
{
    private static string Seeds => ValidateSarifTests.Seeds;

    private static string Examples => ValidateSarifTests.Examples;

    // Seed 001 is the Lạng Sơn draft: warnings only (VNCP0001, VNCP0002, VNCP0012), so exit code 0 by default.
    private static string Seed001 { get; } = SeedCorpus.SeedFiles[1];

    // Seed 000 has an import diagnostic (IMPORT-TARGET-UNREAD) beside its rule findings.
    private static string Seed000 { get; } = SeedCorpus.SeedFiles[0];

    private static (string File, string Code, string Severity, int? Line, string Message)[] Rows(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(r => (
            r.GetProperty("file").GetString()!,
            r.GetProperty("code").GetString()!,
            r.GetProperty("severity").GetString()!,
            r.GetProperty("line").ValueKind == JsonValueKind.Null ? (int?)null : r.GetProperty("line").GetInt32(),
            r.GetProperty("message").GetString()!)).ToArray();
    }

    private static (int Code, (string File, string Code, string Severity, int? Line, string Message)[] Rows) Json(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(["validate", .. args, "--format", "json"]);
        Assert.True(code != 2, error);
        return (code, Rows(output));
    }

    [Fact]
    public void Disable_SectionNumbering_RemovesExactlyTheVncp0012Findings()
    {
        var (defaultCode, all) = Json(Seeds, Examples);
        var (code, rows) = Json(Seeds, Examples, "--disable", "section-numbering");

        // One section-numbering finding in each seed text and in each JSON plan made from a seed.
        Assert.Equal(6, all.Count(r => r.Code == "VNCP0012"));
        Assert.Equal(all.Where(r => r.Code != "VNCP0012"), rows);
        Assert.Equal(defaultCode, code);
    }

    [Fact]
    public void Severity_Vncp0001Error_Seed001WarningBecomesErrorAndExitCodeOne()
    {
        var (defaultCode, all) = Json(Seed001);
        var (code, rows) = Json(Seed001, "--severity", "VNCP0001=error");

        Assert.Equal(0, defaultCode);
        Assert.Equal("warning", Assert.Single(all, r => r.Code == "VNCP0001").Severity);
        Assert.Equal(1, code);
        Assert.Equal("error", Assert.Single(rows, r => r.Code == "VNCP0001").Severity);
        Assert.Equal(all.Where(r => r.Code != "VNCP0001"), rows.Where(r => r.Code != "VNCP0001"));
    }

    [Fact]
    public void Severity_ErrorRuleToInfo_Seed002NoLongerFailsOnIt()
    {
        string[] errors = ["VNCP0003", "VNCP0004", "VNCP0005", "VNCP0007"];
        var seed002 = SeedCorpus.SeedFiles[2];
        var (defaultCode, all) = Json(seed002);
        var (code, rows) = Json([seed002, .. errors.SelectMany(e => new[] { "--severity", e + "=info" })]);

        Assert.Equal(1, defaultCode);
        Assert.Equal(errors, all.Where(r => r.Severity == "error").Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.Equal(0, code);
        Assert.All(rows.Where(r => errors.Contains(r.Code)), r => Assert.Equal("info", r.Severity));
    }

    [Fact]
    public void WarnAsError_Seed001_ExitOneAndEveryLevelError()
    {
        var (defaultCode, all) = Json(Seed001);
        var (code, rows) = Json(Seed001, "--warnaserror");

        Assert.Equal(0, defaultCode);
        Assert.All(all, r => Assert.Equal("warning", r.Severity));
        Assert.Equal(1, code);
        Assert.Equal(all.Select(r => r.Code), rows.Select(r => r.Code));
        Assert.All(rows, r => Assert.Equal("error", r.Severity));
    }

    [Fact]
    public void WarnAsError_ImportDiagnosticsBecomeErrorsToo()
    {
        var (_, all) = Json(Seed000);
        var (_, rows) = Json(Seed000, "--warnaserror");

        Assert.Equal("warning", Assert.Single(all, r => r.Code.StartsWith("IMPORT-", StringComparison.Ordinal)).Severity);
        Assert.Equal("error", Assert.Single(rows, r => r.Code.StartsWith("IMPORT-", StringComparison.Ordinal)).Severity);
        Assert.DoesNotContain(rows, r => r.Severity == "warning");
    }

    [Fact]
    public void WarnAsError_WithRuleSetToInfo_InfoStays()
    {
        var (code, rows) = Json(Seed001, "--warnaserror", "--severity", "draft-document-number-missing=info");

        Assert.Equal(1, code);
        Assert.Equal("info", Assert.Single(rows, r => r.Code == "VNCP0001").Severity);
        Assert.All(rows.Where(r => r.Code != "VNCP0001"), r => Assert.Equal("error", r.Severity));
    }

    [Fact]
    public void Severity_SameRuleTwice_LastWins()
    {
        var (_, rows) = Json(Seed001, "--severity", "VNCP0002=error", "--severity", "issue-date-missing=info");

        Assert.Equal("info", Assert.Single(rows, r => r.Code == "VNCP0002").Severity);
    }

    [Fact]
    public void DisableAndSeverity_SameRule_StaysDisabled()
    {
        var (code, rows) = Json(Seed001, "--disable", "VNCP0001", "--severity", "VNCP0001=error");

        Assert.Equal(0, code);
        Assert.DoesNotContain(rows, r => r.Code == "VNCP0001");
    }

    [Theory]
    [InlineData("VNCP0012", "section-numbering")]
    [InlineData("vncp0002", "Issue-Date-Missing")]
    [InlineData("VNCP0004", "citation-malformed")]
    public void CodeAndName_AreTheSameRule(string code, string name)
    {
        void Same(string[] byCode, string[] byName)
        {
            var (codeExit, codeRows) = Json([Seeds, Examples, .. byCode]);
            var (nameExit, nameRows) = Json([Seeds, Examples, .. byName]);
            Assert.Equal(codeExit, nameExit);
            Assert.Equal(codeRows, nameRows);
            Assert.NotEqual(Json(Seeds, Examples).Rows, nameRows);
        }

        Same(["--disable", code], ["--disable", name]);
        Same(["--severity", code + "=info"], ["--severity", name + "=info"]);
    }

    [Theory]
    [InlineData("--disable", "sectoin-numbering", "Did you mean section-numbering (VNCP0012)?")]
    [InlineData("--disable", "VNCP012", "Did you mean ")]
    [InlineData("--severity", "isue-date-missing=error", "Did you mean issue-date-missing (VNCP0002)?")]
    [InlineData("--severity", "VNCP0099=error", "VNCP0001–VNCP0014")]
    public void UnknownRule_ExitTwoNamingTheFormsAndTheNearestRule(string option, string value, string expected)
    {
        CliAssert.RejectsInput("validate", Seed001, option, value);
        var (_, _, error) = CliRunner.Run("validate", Seed001, option, value);

        Assert.Contains(option + " " + value + ": ", error, StringComparison.Ordinal);
        Assert.Contains("rule code", error, StringComparison.Ordinal);
        Assert.Contains("kebab-case rule name", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("section-numbering")]
    [InlineData("section-numbering=fatal")]
    [InlineData("section-numbering=2")]
    [InlineData("=error")]
    public void Severity_BadValue_ExitTwo(string value) =>
        CliAssert.RejectsInput("validate", Seed001, "--severity", value);

    [Fact]
    public void Sarif_Overrides_RecordTheConfigurationAndLevelsFollowIt()
    {
        var (code, output, _) = CliRunner.Run("validate", Seeds, Examples, "--format", "sarif",
            "--disable", "section-numbering", "--severity", "VNCP0001=error", "--severity", "citation-malformed=info");
        using var log = JsonDocument.Parse(output);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var overrides = run.GetProperty("invocations")[0].GetProperty("ruleConfigurationOverrides").EnumerateArray()
            .Select(o => (
                Id: o.GetProperty("descriptor").GetProperty("id").GetString()!,
                Index: o.GetProperty("descriptor").GetProperty("index").GetInt32(),
                Configuration: o.GetProperty("configuration").GetRawText().Replace(" ", "", StringComparison.Ordinal)
                    .ReplaceLineEndings(""))).ToArray();
        var results = run.GetProperty("results").EnumerateArray()
            .Select(r => (Id: r.GetProperty("ruleId").GetString()!, Level: r.GetProperty("level").GetString()!)).ToArray();

        Assert.Equal(1, code);
        Assert.Equal(
            [("VNCP0001", "{\"level\":\"error\"}"), ("VNCP0004", "{\"level\":\"note\"}"), ("VNCP0012", "{\"enabled\":false}")],
            overrides.Select(o => (o.Id, o.Configuration)));
        Assert.All(overrides, o => Assert.Equal(o.Id, rules[o.Index].GetProperty("id").GetString()));
        Assert.DoesNotContain(results, r => r.Id == "VNCP0012");
        Assert.Equal(2, results.Count(r => r.Id == "VNCP0001"));
        Assert.All(results.Where(r => r.Id == "VNCP0001"), r => Assert.Equal("error", r.Level));
        Assert.Equal(2, results.Count(r => r.Id == "VNCP0004"));
        Assert.All(results.Where(r => r.Id == "VNCP0004"), r => Assert.Equal("note", r.Level));
        // The catalogue keeps the rules' defaults: the overrides say what this run changed.
        Assert.Equal("warning", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_WarnAsError_EveryWarningRuleAndImportRuleOverriddenAndNoWarningLevel()
    {
        var (code, output, _) = CliRunner.Run("validate", Seeds, "--format", "sarif", "--warnaserror");
        using var log = JsonDocument.Parse(output);
        var run = log.RootElement.GetProperty("runs")[0];
        var overridden = run.GetProperty("invocations")[0].GetProperty("ruleConfigurationOverrides").EnumerateArray()
            .Select(o => (o.GetProperty("descriptor").GetProperty("id").GetString()!,
                o.GetProperty("configuration").GetProperty("level").GetString()!)).ToArray();

        Assert.Equal(1, code);
        Assert.Equal(
            PlanRule.List.Where(r => r.DefaultSeverity == DiagnosticSeverity.Warning).OrderBy(r => r.Value).Select(r => (r.Code, "error"))
                .Append(("IMPORT-TARGET-UNREAD", "error")),
            overridden);
        Assert.All(run.GetProperty("results").EnumerateArray(), r => Assert.Equal("error", r.GetProperty("level").GetString()));
    }

    [Fact]
    public void Sarif_Defaults_NoOverrides()
    {
        var (_, output, _) = CliRunner.Run("validate", Seeds, "--format", "sarif");
        using var log = JsonDocument.Parse(output);

        Assert.False(log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].TryGetProperty("ruleConfigurationOverrides", out _));
    }

    [Fact]
    public void Table_ShowsTheEffectiveSeverities()
    {
        var (code, output, _) = CliRunner.Run("validate", Seed001, "--warnaserror");

        Assert.Equal(1, code);
        Assert.Contains("3 error(s), 0 warning(s), 0 info in 1 file(s).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void WordPlan_OptionsApplyAsToItsText()
    {
        var folder = ValidateCommandWordTests.TempFolder();
        try
        {
            var docx = Path.Combine(folder, "plan.docx");
            ValidateCommandWordTests.WriteDocx(docx, File.ReadAllText(Seed001));
            var (textCode, text) = Json(Seed001, "--disable", "VNCP0012", "--warnaserror");
            var (code, word) = Json(docx, "--disable", "VNCP0012", "--warnaserror");

            Assert.Equal(1, textCode);
            Assert.Equal(textCode, code);
            Assert.Equal(["VNCP0001", "VNCP0002"], word.Select(r => r.Code));
            Assert.Equal(text.Select(r => (r.Code, r.Severity)), word.Select(r => (r.Code, r.Severity)));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
