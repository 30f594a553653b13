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
        Assert.Equal(8, rows.Length);
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
