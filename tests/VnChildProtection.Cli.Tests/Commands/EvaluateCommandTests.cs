using System.IO;
using System.Linq;
using System.Text.Json;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Commands;

public class EvaluateCommandTests
{
    private static readonly string Example = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "observations", "two-provinces-2024.csv"));

    [Fact]
    public void Evaluate_BundledExampleAsJson_SumsCountsUpToTheNationalTotal()
    {
        var (code, output, error) = CliRunner.Run("evaluate", Example, "--year", "2024", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToArray();
        // 5 measures × (VN, 2 provinces, 5 communes).
        Assert.Equal(5 * 8, rows.Length);
        var infant = rows.Single(r => r.GetProperty("unitCode").GetString() == "VN" && r.GetProperty("measure").GetString() == "CT3.b");
        Assert.Equal("CT3", infant.GetProperty("indicator").GetString());
        Assert.Equal(32m, infant.GetProperty("numerator").GetDecimal());
        Assert.Equal(4000m, infant.GetProperty("denominator").GetDecimal());
        Assert.Equal(8m, infant.GetProperty("value").GetDecimal());
        Assert.Equal("Achieved", infant.GetProperty("status").GetString());
        var marriages = rows.Single(r => r.GetProperty("unitCode").GetString() == "20" && r.GetProperty("measure").GetString() == "CT13.a");
        Assert.Equal(4m, marriages.GetProperty("value").GetDecimal());
        Assert.Equal((2, 3), (marriages.GetProperty("reported").GetInt32(), marriages.GetProperty("expected").GetInt32()));
        Assert.Equal(JsonValueKind.Null, marriages.GetProperty("numerator").ValueKind);
    }

    [Fact]
    public void Evaluate_OneUnitAsTable_PrintsOnlyThatUnit()
    {
        var (code, output, _) = CliRunner.Run("evaluate", Example, "--year", "2024", "--unit", "22");

        Assert.Equal(0, code);
        Assert.Contains("5 measure(s), 1 unit(s), year 2024.", output, System.StringComparison.Ordinal);
        Assert.Contains("CT14.a", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("22001", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FileWithABadRow_FailsWithTheLineNumber()
    {
        var path = Path.Combine(Path.GetTempPath(), "vncp-evaluate-" + System.Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "unit_code,year,indicator,measure,numerator,denominator,value\n22001,2024,CT3,a,5,1480,\n22002,2024,CT3,a,five,960,\n");
        try
        {
            var (code, output, error) = CliRunner.Run("evaluate", path, "--year", "2024");

            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Contains("line 3, column 5 (numerator): CSV-NUMBER-INVALID", error, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_NationalTotalAsUnit_PrintsOnlyVN()
    {
        var (code, output, _) = CliRunner.Run("evaluate", Example, "--year", "2024", "--unit", "VN", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal("VN", r.GetProperty("unitCode").GetString()));
        Assert.Equal(5, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Evaluate_UnitsOnDate_RealCommunesWithoutParentCodes_RollUpThroughTheShippedMap()
    {
        // Phúc Xá (Ba Đình) and Hàng Trống (Hoàn Kiếm), Hà Nội, as the statistics office coded them until 30/6/2025.
        var file = Path.Combine(Path.GetTempPath(), "vncp-units-on-" + System.Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(file, "unit_code,year,indicator,measure,numerator,denominator,value\n00001,2024,CT3,b,6,620,\n00070,2024,CT3,b,5,960,\n");
        try
        {
            var (code, output, error) = CliRunner.Run("evaluate", file, "--year", "2024", "--units-on", "2024-12-31", "--format", "json");

            Assert.Equal(0, code);
            Assert.Equal("", error);
            using var json = JsonDocument.Parse(output);
            JsonElement Row(string unit) => json.RootElement.EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == unit);
            // Hà Nội (01) had 526 commune-level units on that date; the nation 10,035 communes and 5 island districts without communes.
            Assert.Equal((2, 526), (Row("01").GetProperty("reported").GetInt32(), Row("01").GetProperty("expected").GetInt32()));
            Assert.Equal((2, 10_040), (Row("VN").GetProperty("reported").GetInt32(), Row("VN").GetProperty("expected").GetInt32()));
            Assert.Equal((11, 1580), (Row("VN").GetProperty("numerator").GetInt32(), Row("VN").GetProperty("denominator").GetInt32()));
            Assert.Equal((5, 960), (Row("002").GetProperty("numerator").GetInt32(), Row("002").GetProperty("denominator").GetInt32()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_UnitsOnDate_FileParentsThatContradictTheMap_AreRefusedWithTheirLine()
    {
        // The example's made-up commune codes are real communes elsewhere on the shipped map.
        var (code, output, error) = CliRunner.Run("evaluate", Example, "--year", "2024", "--units-on", "2024-12-31");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("CSV-PARENT-CODE-CONFLICT", error, System.StringComparison.Ordinal);
        Assert.Contains("line 7, column 8 (parent_code)", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnitsOnNotADate_ExitsTwo()
    {
        var (code, output, error) = CliRunner.Run("evaluate", Example, "--year", "2024", "--units-on", "31/12/2024");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--units-on: '31/12/2024' is not a date in the form yyyy-MM-dd.", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownUnitOrMissingFile_ExitsTwo()
    {
        Assert.Equal(2, CliRunner.Run("evaluate", Example, "--year", "2024", "--unit", "99").ExitCode);
        Assert.Equal(2, CliRunner.Run("evaluate", "/no/such/observations.csv", "--year", "2024").ExitCode);
    }
}
