using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using VnChildProtection.Cli.Commands;
using VnChildProtection.Domain.Tests;
using VnChildProtection.Domain.Tests.Text;

namespace VnChildProtection.Cli.Tests.Commands;

/// <summary>
/// What a user gets for inputs that are not plans: binary data, empty files and folders, the same file twice, Word and
/// JSON under `vncp import`, and JSON errors worded for the document rather than for .NET.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = ValidateCommandWordTests.TempFolder();

    public void Dispose() => Directory.Delete(_folder, true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] RandomBytes()
    {
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static string ExamplePlan(string name) => Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "plans", name);

    [Fact]
    public void Validate_RandomBytes_IsRefusedWithExitTwoAndNoRawBytesPrinted()
    {
        var file = Write("random.bin", RandomBytes());
        var (code, output, error) = CliRunner.Run("validate", file);
        Assert.Equal(2, code);
        Assert.Contains("FILE-BINARY", error, StringComparison.Ordinal);
        Assert.DoesNotContain(error + output, c => char.IsControl(c) && c is not ('\n' or '\r'));
    }

    [Fact]
    public void Validate_EmptyFile_IsRefused()
    {
        var (code, _, error) = CliRunner.Run("validate", Write("empty.txt", []));
        Assert.Equal(2, code);
        Assert.Contains("FILE-EMPTY", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TextWithoutAPlan_IsAnErrorFinding()
    {
        var file = Write("notes.txt", Encoding.UTF8.GetBytes("Danh sách mua sắm: gạo, cá, rau.\n"));
        var (code, output, _) = CliRunner.Run("validate", file, "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.EnumerateArray().ToArray(), r => r.GetProperty("code").GetString() == "IMPORT-NO-PLAN");
        Assert.Equal("error", row.GetProperty("severity").GetString());
        Assert.NotEqual(row.GetProperty("message").GetString(), row.GetProperty("messageVi").GetString());
    }

    [Fact]
    public void Validate_FolderWithoutPlans_ExitsTwo()
    {
        Write("sub/readme.pdf", [1, 2, 3]);
        var (code, _, error) = CliRunner.Run("validate", _folder);
        Assert.Equal(2, code);
        Assert.Contains("no plan files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameFileTwiceByDifferentPathsAndALink_IsValidatedOnce()
    {
        var seed = SeedCorpus.SeedFiles[0];
        var copy = Write("plans/seed.txt", File.ReadAllBytes(seed));
        var link = Path.Combine(_folder, "link.txt");
        File.CreateSymbolicLink(link, copy);
        var other = Path.Combine(_folder, "plans", "..", "plans", "seed.txt");
        var (code, output, _) = CliRunner.Run("validate", copy, other, link, Path.Combine(_folder, "plans"));
        Assert.Equal(0, code);
        Assert.Contains("in 1 file(s).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Windows1258Seed_GivesTheFindingsOfTheUtf8Seed()
    {
        var seed = SeedCorpus.SeedFiles[0];
        // The seed without the punctuation Windows-1258 lacks: its findings must be those of the same text in UTF-8.
        var text = new string(File.ReadAllText(seed).Where(c => c < 0x80 || char.IsLetter(c)).ToArray());
        var utf8 = Write("utf8.txt", Encoding.UTF8.GetBytes(text));
        var legacy = Write("legacy.txt", LegacyVietnameseText.Windows1258(text));
        var (code, output, _) = CliRunner.Run("validate", legacy, "--format", "json");
        var (utf8Code, utf8Output, _) = CliRunner.Run("validate", utf8, "--format", "json");
        Assert.Equal(utf8Code, code);
        Assert.Contains("VNCP0012", output, StringComparison.Ordinal);
        // Columns differ (the legacy text keeps its tone marks combining, a character each); codes and lines do not.
        Assert.Equal(Findings(utf8Output), Findings(output));
    }

    private static (string?, int?)[] Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("code").GetString(), r.GetProperty("line").ValueKind == JsonValueKind.Number ? r.GetProperty("line").GetInt32() : (int?)null))
            .ToArray();
    }

    [Fact]
    public void Validate_JsonPlan_PlacesFindingsInTheJsonFileAndKeepsTheSourcePlaceApart()
    {
        var file = ExamplePlan("quang-ngai-2020-27-KH-UBND.json");
        var jsonLines = File.ReadAllLines(file).Length;
        var (_, output, _) = CliRunner.Run("validate", file, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var line = row.GetProperty("line").GetInt32();
            Assert.InRange(line, 1, jsonLines);
            Assert.True(row.TryGetProperty("sourceLine", out _));
        }
        // The table shows the same lines as the JSON output.
        var (_, table, _) = CliRunner.Run("validate", file);
        Assert.Contains("│ " + rows[0].GetProperty("line").GetInt32() + " ", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"indicators\": { } }", "an array")]
    [InlineData("{ \"bogus\": 1 }", "bogus")]
    [InlineData("{ \"header\": { \"number\": 27 } }", "wrong type")]
    public void Validate_JsonErrors_AreWordedForTheDocument(string text, string expected)
    {
        var file = Write("plan.json", Encoding.UTF8.GetBytes(text));
        var (code, output, error) = CliRunner.Run("validate", file, "--format", "json");
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        foreach (var leak in new[] { ".NET", "ValueList", "PlanDocument", "System.", "`1" })
        {
            Assert.DoesNotContain(leak, error + output, StringComparison.Ordinal);
        }
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.EnumerateArray().ToArray());
        Assert.NotEqual(row.GetProperty("message").GetString(), row.GetProperty("messageVi").GetString());
        Assert.Contains("$", row.GetProperty("messageVi").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RandomBytes_IsRefused()
    {
        CliAssert.RejectsInput("import", Write("garbage.txt", RandomBytes()));
    }

    [Fact]
    public void Import_WordDocumentNotNamedDocx_ReadsItsText()
    {
        var docx = Path.Combine(_folder, "plan.docx");
        ValidateCommandWordTests.WriteDocx(docx, File.ReadAllText(SeedCorpus.SeedFiles[2]));
        var renamed = Path.Combine(_folder, "plan.bin");
        File.Move(docx, renamed);
        var (fromWord, _, _) = CliRunner.Run("import", renamed, "--format", "json");
        var (code, output, _) = CliRunner.Run("import", renamed);
        Assert.Equal(0, fromWord);
        Assert.Equal(0, code);
        Assert.Contains("indicators", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 indicators", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_JsonPlan_PrintsThatPlan()
    {
        var file = ExamplePlan("quang-ngai-2020-27-KH-UBND.json");
        var (code, output, _) = CliRunner.Run("import", file, "--format", "json");
        Assert.Equal(0, code);
        using var original = JsonDocument.Parse(File.ReadAllText(file));
        using var printed = JsonDocument.Parse(output);
        Assert.Equal(
            original.RootElement.GetProperty("header").GetProperty("number").GetString(),
            printed.RootElement.GetProperty("header").GetProperty("number").GetString());
    }

    [Fact]
    public void Help_AskedFor_GoesToStandardOutput_AndAfterAnError_ToStandardError()
    {
        var (code, output, error) = CliRunner.Run("validate", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--format", output, StringComparison.Ordinal);
        Assert.Empty(error);

        var (badCode, badOutput, badError) = CliRunner.Run("validate", "--format", "xml", "x.txt");
        Assert.Equal(1, badCode);
        Assert.Empty(badOutput);
        Assert.Contains("xml", badError, StringComparison.Ordinal);
        Assert.Contains("--format", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BinaryCsvCells_AreEscaped()
    {
        var csv = "unit_code,year,indicator,measure,numerator,denominator,value,parent_code\n22001,2024,CT3,b,\u0007\u001b[31m,500,,22\n";
        var (code, _, error) = CliRunner.Run("evaluate", Write("obs.csv", Encoding.UTF8.GetBytes(csv)), "--year", "2024");
        Assert.Equal(2, code);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\u0007', error);
    }

    [Fact]
    public void AccessDenied_IsWordedTheSameByEveryCommand()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // Root reads every file: there is no denial to observe; the wording is shared code (CliFiles.Describe).
            Assert.Equal("access denied", CliFiles.Describe(new UnauthorizedAccessException()));
            return;
        }
        var file = Write("locked.txt", Encoding.UTF8.GetBytes("x"));
        File.SetUnixFileMode(file, UnixFileMode.None);
        foreach (var args in new[] { new[] { "validate", file }, new[] { "import", file }, new[] { "evaluate", file, "--year", "2024" } })
        {
            var (_, _, error) = CliRunner.Run(args);
            Assert.Contains("(access denied)", error, StringComparison.Ordinal);
        }
    }
}
