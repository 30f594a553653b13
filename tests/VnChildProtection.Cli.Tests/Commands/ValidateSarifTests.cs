using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using VnChildProtection.Cli.Commands;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Commands;

/// <summary><c>vncp validate --format sarif</c> against the real seeds and the bundled JSON examples.</summary>
public class ValidateSarifTests
{
    internal static string Seeds { get; } = Path.Combine(SeedCorpus.Root, "seeds");

    internal static string Examples { get; } = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "plans"));

    private static string RulesPage { get; } = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "rules.md"));

    private static JsonElement Run0(JsonDocument log) => log.RootElement.GetProperty("runs")[0];

    private static string SarifLevel(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };

    // (file name, code, line, level) of every finding, as the JSON output gives them: the line of the plan's source
    // text (sourceLine) for JSON plans, whose line is the one in the JSON file.
    private static (string File, string Code, int? Line, string Level)[] JsonFindings(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray().Select(r =>
        {
            var line = r.GetProperty("sourceLine").ValueKind == JsonValueKind.Null ? r.GetProperty("line") : r.GetProperty("sourceLine");
            return (
                Path.GetFileName(r.GetProperty("file").GetString()!),
                r.GetProperty("code").GetString()!,
                line.ValueKind == JsonValueKind.Null ? (int?)null : line.GetInt32(),
                SarifLevel(r.GetProperty("severity").GetString()!));
        }).ToArray();
    }

    // The same from the SARIF log: the line is the region's for text files, the plan's source line for JSON plans.
    private static (string File, string Code, int? Line, string Level)[] SarifFindings(JsonDocument log)
    {
        var run = Run0(log);
        var artifacts = run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()!).ToArray();
        return run.GetProperty("results").EnumerateArray().Select(r =>
        {
            var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = artifacts[physical.GetProperty("artifactLocation").GetProperty("index").GetInt32()];
            int? line = uri.EndsWith(".json", StringComparison.Ordinal)
                ? r.GetProperty("properties").GetProperty("planSourceLine").GetInt32()
                : physical.TryGetProperty("region", out var region) ? region.GetProperty("startLine").GetInt32() : null;
            return (Uri.UnescapeDataString(uri[(uri.LastIndexOf('/') + 1)..]), r.GetProperty("ruleId").GetString()!, line, r.GetProperty("level").GetString()!);
        }).ToArray();
    }

    private static (int Code, JsonDocument Log, string Error) Sarif(params string[] inputs)
    {
        var (code, output, error) = CliRunner.Run(["validate", .. inputs, "--format", "sarif"]);
        return (code, JsonDocument.Parse(output), error);
    }

    [Fact]
    public void Sarif_SeedsAndExamples_SameFindingsAsJson()
    {
        var (jsonCode, jsonOutput, _) = CliRunner.Run("validate", Seeds, Examples, "--format", "json");
        var (code, log, _) = Sarif(Seeds, Examples);

        Assert.Equal(jsonCode, code);
        var expected = JsonFindings(jsonOutput);
        Assert.Equal(19, expected.Length);
        Assert.Equal(expected, SarifFindings(log));
    }

    public static TheoryData<int> SeedSubsets()
    {
        var data = new TheoryData<int>();
        for (var mask = 1; mask < 1 << SeedCorpus.SeedFiles.Length; mask++)
        {
            data.Add(mask);
        }
        return data;
    }

    // Every non-empty subset of the four seeds (all 15, rather than a random sample): one result per finding, in order.
    [Theory]
    [MemberData(nameof(SeedSubsets))]
    public void Sarif_AnySubsetOfSeeds_OneResultPerFinding(int mask)
    {
        var files = SeedCorpus.SeedFiles.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
        var (jsonCode, jsonOutput, _) = CliRunner.Run(["validate", .. files, "--format", "json"]);
        var (code, log, _) = Sarif(files);

        Assert.Equal(jsonCode, code);
        Assert.Equal(JsonFindings(jsonOutput), SarifFindings(log));
        Assert.Equal(files.Length, Run0(log).GetProperty("artifacts").GetArrayLength());
    }

    [Fact]
    public void Sarif_Log_HasTheRequiredProperties()
    {
        var (_, log, _) = Sarif(SeedCorpus.SeedFiles[0]);

        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", log.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("vncp", driver.GetProperty("name").GetString());
        Assert.Equal("https://github.com/vnchildprotection/VnChildProtection.Domain", driver.GetProperty("informationUri").GetString());
        var informational = typeof(VncpApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(informational, driver.GetProperty("semanticVersion").GetString());
        Assert.Equal(informational.Split('+')[0], driver.GetProperty("version").GetString());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(0, invocation.GetProperty("exitCode").GetInt32());
        Assert.False(invocation.TryGetProperty("startTimeUtc", out _));
        var artifact = Assert.Single(run.GetProperty("artifacts").EnumerateArray());
        Assert.Equal("text/plain", artifact.GetProperty("mimeType").GetString());
        Assert.NotEmpty(run.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Sarif_Rules_AreTheCatalogueWithPascalNamesAndHelpAnchorsOfRulesMd()
    {
        var (_, log, _) = Sarif(SeedCorpus.SeedFiles[1]);
        var rules = Run0(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var anchors = File.ReadAllLines(RulesPage).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(GitHubAnchor).ToHashSet();

        var catalogue = PlanRule.List.OrderBy(r => r.Value).ToArray();
        Assert.Equal(catalogue.Select(r => r.Code), rules.Take(catalogue.Length).Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, descriptor) in catalogue.Zip(rules))
        {
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", descriptor.GetProperty("name").GetString());
            Assert.Equal(rule.Name, Regex.Replace(descriptor.GetProperty("name").GetString()!, "(?<!^)([A-Z])", "-$1").ToLowerInvariant());
            Assert.Equal(rule.Title + ".", descriptor.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Contains(rule.TitleVietnamese, descriptor.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
            var help = descriptor.GetProperty("helpUri").GetString()!;
            Assert.StartsWith("https://github.com/vnchildprotection/VnChildProtection.Domain/blob/main/docs/rules.md#", help, StringComparison.Ordinal);
            Assert.Contains(help[(help.IndexOf('#') + 1)..], anchors);
            Assert.Equal(SarifLevel(rule.DefaultSeverity.ToString().ToLowerInvariant()), descriptor.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        }
    }

    // GitHub's heading anchors: lower case, punctuation other than '-' and '_' dropped, spaces to '-'.
    private static string GitHubAnchor(string heading) =>
        Regex.Replace(heading[3..].Trim().ToLowerInvariant(), @"[^\p{L}\p{N} _-]", "").Replace(' ', '-');

    [Fact]
    public void Sarif_Results_RuleIndexPointsAtTheirRuleAndLevelsFollowSeverity()
    {
        var (_, jsonOutput, _) = CliRunner.Run("validate", Seeds, Examples, "--format", "json");
        var (_, log, _) = Sarif(Seeds, Examples);
        var run = Run0(log);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        using var json = JsonDocument.Parse(jsonOutput);
        var rows = json.RootElement.EnumerateArray().ToArray();

        Assert.Equal(rows.Length, results.Length);
        Assert.Equal(rules.Length, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        foreach (var (result, row) in results.Zip(rows))
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(result.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
            Assert.Equal(SarifLevel(row.GetProperty("severity").GetString()!), result.GetProperty("level").GetString());
            Assert.Equal(row.GetProperty("message").GetString(), result.GetProperty("message").GetProperty("text").GetString());
            if (PlanRule.TryFind(rule.GetProperty("id").GetString(), out _))
            {
                // No options override severities in vncp: the level is the rule's default.
                Assert.Equal(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), result.GetProperty("level").GetString());
                Assert.Equal(row.GetProperty("messageVi").GetString(), result.GetProperty("properties").GetProperty("messageVi").GetString());
            }
            Assert.Equal(row.GetProperty("path").GetString(), result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        }
        // The import diagnostic of seed 000 is a result of a rule added after the catalogue.
        var import = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "IMPORT-TARGET-UNREAD");
        Assert.Equal(PlanRule.List.Count, import.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("ImportTargetUnread", rules[PlanRule.List.Count].GetProperty("name").GetString());
    }

    [Fact]
    public void Sarif_JsonPlans_RegionIsTheValueAtThePathInTheJsonFile()
    {
        var (_, log, _) = Sarif(Examples);
        var run = Run0(log);
        var artifacts = run.GetProperty("artifacts").EnumerateArray().ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();

        Assert.Equal(9, results.Length);
        foreach (var result in results)
        {
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var index = physical.GetProperty("artifactLocation").GetProperty("index").GetInt32();
            Assert.Equal("application/json", artifacts[index].GetProperty("mimeType").GetString());
            var file = Directory.GetFiles(Examples).OrderBy(f => f, StringComparer.Ordinal).ElementAt(index);
            var text = RegionText(File.ReadAllText(file), physical.GetProperty("region"));
            using var value = JsonDocument.Parse(text);
            Assert.NotEqual(JsonValueKind.Undefined, value.RootElement.ValueKind);
        }
        // The draft number of Lạng Sơn 2023: the string value itself, Đ counted as one UTF-16 unit.
        var number = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "VNCP0001");
        var region = number.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var draft = Path.Combine(Examples, "lang-son-2023-draft-KH-SLDTBXH.json");
        Assert.Equal("\"/KH-SLĐTBXH\"", RegionText(File.ReadAllText(draft), region));
    }

    // Columns count UTF-16 code units, as C# strings index text: the regions cut the cited passages out of seed 002.
    [Fact]
    public void Sarif_TextPlan_RegionIsTheFindingsSpan()
    {
        var seed = SeedCorpus.SeedFiles[2];
        var (_, log, _) = Sarif(seed);
        var text = File.ReadAllText(seed);
        var regions = Run0(log).GetProperty("results").EnumerateArray().ToDictionary(
            r => r.GetProperty("ruleId").GetString()!,
            r => RegionText(text, r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")));

        Assert.Equal("Quyết định số 06/QĐ-TTg ngày 03/01/2029", regions["VNCP0003"]);
        Assert.Equal("Quyết định số 121/2020/QH14 ngày 19 tháng 6 năm 2020", regions["VNCP0004"]);
        Assert.Equal("Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5", regions["VNCP0007"]);
    }

    // The text of a region, columns in UTF-16 code units, end column exclusive.
    private static string RegionText(string text, JsonElement region)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int startLine = region.GetProperty("startLine").GetInt32(), startColumn = region.GetProperty("startColumn").GetInt32();
        int endLine = region.GetProperty("endLine").GetInt32(), endColumn = region.GetProperty("endColumn").GetInt32();
        if (startLine == endLine)
        {
            return lines[startLine - 1][(startColumn - 1)..(endColumn - 1)];
        }
        return string.Join('\n', new[] { lines[startLine - 1][(startColumn - 1)..] }
            .Concat(lines[startLine..(endLine - 1)])
            .Append(lines[endLine - 1][..(endColumn - 1)]));
    }

    [Fact]
    public void Sarif_BlankLineInsertedAtTop_SameFingerprintsOneLineLower()
    {
        var folder = ValidateCommandWordTests.TempFolder();
        try
        {
            var before = new List<(string Fingerprint, int Line)>();
            var after = new List<(string Fingerprint, int Line)>();
            foreach (var (list, prefix) in new[] { (before, ""), (after, "\n") })
            {
                foreach (var seed in SeedCorpus.SeedFiles)
                {
                    File.WriteAllText(Path.Combine(folder, Path.GetFileName(seed)), prefix + File.ReadAllText(seed));
                }
                var (_, log, _) = Sarif(folder);
                list.AddRange(Run0(log).GetProperty("results").EnumerateArray().Select(r => (
                    r.GetProperty("partialFingerprints").GetProperty(ValidationSarifLog.FingerprintKey).GetString()!,
                    r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32())));
            }

            Assert.Equal(10, before.Count);
            Assert.Equal(before.Select(b => b.Fingerprint), after.Select(a => a.Fingerprint));
            Assert.Equal(before.Select(b => b.Line + 1), after.Select(a => a.Line));
            Assert.Equal(before.Count, before.Select(b => b.Fingerprint).Distinct().Count());
            Assert.All(before, b => Assert.Matches("^[0-9a-f]{64}:[0-9]+$", b.Fingerprint));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Sarif_UnreadableAndMissingInputs_ValidLogWithNotificationsAndExitTwo()
    {
        var folder = ValidateCommandWordTests.TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "broken.json"), "{\n  \"header\": [1,\n");
            File.Copy(SeedCorpus.SeedFiles[2], Path.Combine(folder, "plan.txt"));
            var missing = Path.Combine(folder, "no-such-plan.txt");
            var (code, log, error) = Sarif(folder, missing);

            Assert.Equal(2, code);
            Assert.Contains("cannot be read", error, StringComparison.Ordinal);
            var run = Run0(log);
            var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
            Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
            Assert.Equal(2, invocation.GetProperty("exitCode").GetInt32());
            var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();
            Assert.Equal(["IO-NOT-FOUND", "PLAN-JSON-SYNTAX"], notifications.Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()));
            Assert.All(notifications, n => Assert.Equal("error", n.GetProperty("level").GetString()));
            var syntax = notifications[1].GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal(0, syntax.GetProperty("artifactLocation").GetProperty("index").GetInt32());
            Assert.Equal(3, syntax.GetProperty("region").GetProperty("startLine").GetInt32());
            // The readable plan is still validated: seed 002's findings, none for the broken file.
            var (_, textOutput, _) = CliRunner.Run("validate", SeedCorpus.SeedFiles[2], "--format", "json");
            Assert.Equal(JsonFindings(textOutput).Length, run.GetProperty("results").GetArrayLength());
            Assert.All(run.GetProperty("results").EnumerateArray(), r =>
                Assert.Equal(1, r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32()));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    // The lines of a Word plan are lines of its extracted text, not of the .docx package: no region, the line is a property.
    [Fact]
    public void Sarif_WordPlan_NoRegionAndTheTextLineAsProperty()
    {
        var folder = ValidateCommandWordTests.TempFolder();
        try
        {
            var docx = Path.Combine(folder, "plan.docx");
            ValidateCommandWordTests.WriteDocx(docx, File.ReadAllText(SeedCorpus.SeedFiles[1]));
            var (_, jsonOutput, _) = CliRunner.Run("validate", docx, "--format", "json");
            var (_, log, _) = Sarif(docx);
            var run = Run0(log);
            var results = run.GetProperty("results").EnumerateArray().ToArray();
            using var json = JsonDocument.Parse(jsonOutput);
            var rows = json.RootElement.EnumerateArray().ToArray();

            Assert.NotEmpty(results);
            Assert.Equal(rows.Length, results.Length);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Assert.Single(run.GetProperty("artifacts").EnumerateArray()).GetProperty("mimeType").GetString());
            foreach (var (result, row) in results.Zip(rows))
            {
                Assert.False(result.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
                Assert.Equal(row.GetProperty("line").GetInt32(), result.GetProperty("properties").GetProperty("planSourceLine").GetInt32());
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Sarif_CleanPlan_ExitsZeroAndOutputIsTheSameEveryRun()
    {
        var minimal = Path.Combine(Examples, "minimal.json");
        var (code, first, _) = CliRunner.Run("validate", minimal, "--format", "sarif");
        var (_, second, _) = CliRunner.Run("validate", minimal, "--format", "sarif");

        Assert.Equal(0, code);
        Assert.Equal(first, second);
        using var log = JsonDocument.Parse(first);
        Assert.Equal(0, Run0(log).GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("plans/a.txt", "plans/a.txt")]
    [InlineData("plans/Kế hoạch 27.txt", "plans/K%E1%BA%BF%20ho%E1%BA%A1ch%2027.txt")]
    [InlineData("./a.json", "a.json")]
    public void ToUri_PathBelowTheCurrentDirectory_IsRelativeWithForwardSlashes(string path, string expected)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "vncp-root"));
        Assert.Equal(expected, ValidationSarifLog.ToUri(path.Replace('/', Path.DirectorySeparatorChar), root));
    }

    [Fact]
    public void ToUri_PathOutsideTheCurrentDirectory_IsAnAbsoluteFileUri()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "vncp-root"));
        var outside = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "elsewhere", "plan.txt"));

        var uri = ValidationSarifLog.ToUri(outside, root);

        Assert.StartsWith("file:///", uri, StringComparison.Ordinal);
        Assert.Equal(outside, new Uri(uri).LocalPath);
    }

    [Theory]
    [InlineData("error", "error")]
    [InlineData("warning", "warning")]
    [InlineData("info", "note")]
    public void Level_MapsSeveritiesToSarifLevels(string severity, string level) =>
        Assert.Equal(level, ValidationSarifLog.Level(severity));
}
