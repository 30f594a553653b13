using System.IO;
using System.Linq;
using System.Text.Json;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_SeedFolderAsJson_ListsFindingsWithAllFields()
    {
        var folder = Path.Combine(SeedCorpus.Root, "seeds");
        var (code, output, _) = CliRunner.Run("validate", folder, "--format", "json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToArray();
        // 7 rule findings plus the import's IMPORT-TARGET-UNREAD for seed 000's unquantified reduction target.
        Assert.Equal(10, rows.Length);
        var first = rows[0];
        foreach (var field in new[] { "file", "code", "rule", "severity", "path", "line", "column", "message" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
        Assert.Contains(rows, r => r.GetProperty("rule").GetString() == "draft-document-number-missing"
            && r.GetProperty("file").GetString()!.EndsWith("001_19f26e58d800d031.txt", System.StringComparison.Ordinal)
            && r.GetProperty("line").GetInt32() == 3);
    }

    [Fact]
    public void Validate_Table_GroupsByFile()
    {
        var file = SeedCorpus.SeedFiles[0];
        var (code, output, _) = CliRunner.Run("validate", file);
        Assert.Equal(0, code);
        Assert.Contains(file, output, System.StringComparison.Ordinal);
        Assert.Contains("VNCP0012", output, System.StringComparison.Ordinal);
        Assert.Contains("IMPORT-TARGET-UNREAD", output, System.StringComparison.Ordinal);
        Assert.Contains("0 error(s), 2 warning(s), 0 info in 1 file(s).", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("validate", "/no/such/plan.txt");
        Assert.Equal(2, code);
        Assert.Contains("no such file", error, System.StringComparison.Ordinal);
    }
}

public class ValidateCommandWordTests
{
    // A Word file with one paragraph per block of the seed's lines (line breaks kept as w:br).
    internal static void WriteDocx(string path, string text)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
        foreach (var block in text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split("\n\n").Where(b => b.Trim().Length > 0))
        {
            var run = new DocumentFormat.OpenXml.Wordprocessing.Run();
            var lines = block.Trim('\n').Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    run.Append(new DocumentFormat.OpenXml.Wordprocessing.Break());
                }
                run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            }
            body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(run));
        }
        document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    }

    /// <summary>A new, empty folder under the temporary directory (the test deletes it).</summary>
    internal static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vncp-cli-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static (string Rule, string Path)[] Rules(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(r => (r.GetProperty("rule").GetString()!, r.GetProperty("path").GetString()!)).ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Validate_DocxInFolder_GivesTheFindingsOfTheText(int seed)
    {
        var folder = TempFolder();
        try
        {
            var docx = Path.Combine(folder, "plan.docx");
            WriteDocx(docx, File.ReadAllText(SeedCorpus.SeedFiles[seed]));
            var (textCode, textOutput, _) = CliRunner.Run("validate", SeedCorpus.SeedFiles[seed], "--format", "json");
            var (code, output, error) = CliRunner.Run("validate", folder, "--format", "json");

            Assert.Equal(textCode, code);
            Assert.Equal("", error);
            Assert.NotEmpty(Rules(output));
            Assert.Equal(Rules(textOutput), Rules(output));
            Assert.All(JsonDocument.Parse(output).RootElement.EnumerateArray(), r => Assert.Equal(docx, r.GetProperty("file").GetString()));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Validate_FileNamedDocxThatIsText_ExitsTwoWithTheWordError()
    {
        var folder = TempFolder();
        try
        {
            var docx = Path.Combine(folder, "plan.docx");
            File.Copy(SeedCorpus.SeedFiles[0], docx);
            var (code, _, error) = CliRunner.Run("validate", docx);
            Assert.Equal(2, code);
            Assert.Contains("WORD-NOT-ZIP", error, System.StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Validate_JsonExamples_ReportsTheSeedDefects()
    {
        var folder = Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "plans");
        var (code, output, _) = CliRunner.Run("validate", folder, "--format", "json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var rules = json.RootElement.EnumerateArray().Select(r => r.GetProperty("rule").GetString()).ToArray();
        Assert.Equal(9, rules.Length);
        Assert.Contains("mortality-rates-inconsistent", rules);
        Assert.Contains("citation-after-plan-date", rules);
        Assert.Contains("indicator-without-lead", rules);
        Assert.Contains("Mục", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenJson_ExitsTwoWithLineAndColumn()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vncp-json-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "plan.json");
            File.WriteAllText(file, "{\n  \"header\": { \"number\": 27 }\n}");
            var (code, output, error) = CliRunner.Run("validate", file, "--format", "json");
            Assert.Equal(2, code);
            using var json = JsonDocument.Parse(output);
            var row = Assert.Single(json.RootElement.EnumerateArray().ToArray());
            Assert.Equal("json", row.GetProperty("rule").GetString());
            Assert.Equal(2, row.GetProperty("line").GetInt32());
            Assert.Contains("cannot be read", error, System.StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
