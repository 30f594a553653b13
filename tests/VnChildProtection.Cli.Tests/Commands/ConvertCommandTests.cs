using System.IO;
using System.Linq;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Commands;

/// <summary>
/// <c>vncp convert</c> and <c>vncp evaluate</c> over the DHIS2 forms of the monthly example (docs/examples/observations):
/// CSV → DHIS2 JSON → ADX → CSV is byte-stable, the bundled JSON and ADX are what convert writes, and each form evaluates
/// to the same national figures.
/// </summary>
public class ConvertCommandTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "observations"));
    private static readonly string Csv = Path.Combine(Folder, "province-12-monthly-2025.csv");
    private static readonly string Json = Path.Combine(Folder, "province-12-monthly-2025.dhis2.json");
    private static readonly string Adx = Path.Combine(Folder, "province-12-monthly-2025.adx.xml");
    private static readonly string Mapping = Path.Combine(Folder, "province-12-monthly-2025.mapping.json");

    [Fact]
    public void Example_CsvToJsonToAdxToCsv_IsByteStableAndMatchesTheBundledForms()
    {
        var folder = Directory.CreateTempSubdirectory("vncp-convert-").FullName;
        try
        {
            var json = Path.Combine(folder, "a.json");
            var adx = Path.Combine(folder, "a.xml");
            var csv = Path.Combine(folder, "a.csv");

            Assert.Equal(0, CliRunner.Run("convert", Csv, "--to", "dhis2-json", "--mapping", Mapping, "-o", json).ExitCode);
            Assert.Equal(0, CliRunner.Run("convert", json, "--to", "adx", "--mapping", Mapping, "--exported", "2026-01-05T00:00:00Z", "-o", adx).ExitCode);
            Assert.Equal(0, CliRunner.Run("convert", adx, "--to", "csv", "--mapping", Mapping, "-o", csv).ExitCode);

            Assert.Equal(File.ReadAllBytes(Csv), File.ReadAllBytes(csv));
            Assert.Equal(File.ReadAllBytes(Json), File.ReadAllBytes(json));
            Assert.Equal(File.ReadAllBytes(Adx), File.ReadAllBytes(adx));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Example_EachFormat_EvaluatesToTheSameNationalFigures()
    {
        string National(string path, params string[] extra)
        {
            var (code, output, error) = CliRunner.Run(["evaluate", path, "--year", "2025", "--unit", "VN", "--units-on", "2025-12-31", "--format", "json", .. extra]);
            Assert.True(code == 0, error);
            return output;
        }

        var fromCsv = National(Csv);

        Assert.Contains("CT3.a", fromCsv, System.StringComparison.Ordinal);
        Assert.Equal(fromCsv, National(Json, "--mapping", Mapping));
        Assert.Equal(fromCsv, National(Adx, "--mapping", Mapping));
    }

    [Fact]
    public void BadValues_AreEachReportedWithTheirPosition_TheGoodOnesWritten_ExitTwo()
    {
        var folder = Directory.CreateTempSubdirectory("vncp-convert-").FullName;
        try
        {
            var bad = Path.Combine(folder, "bad.json");
            File.WriteAllText(bad, """
                {
                  "dataValues": [
                    { "dataElement": "VNCP_CT13A", "period": "202501", "orgUnit": "VN_03388", "categoryOptionCombo": "COC_TOTAL", "value": "2" },
                    { "dataElement": "VNCP_CT13A", "period": "2025Q1", "orgUnit": "VN_03388", "value": "2" },
                    { "dataElement": "VNCP_CT13A", "period": "202502", "orgUnit": "VN_99999", "value": "-2" },
                    { "dataElement": "VNCP_CT13A", "period": "202503", "orgUnit": "VN_03388", "val
                """);

            var (code, output, error) = CliRunner.Run("convert", bad, "--to", "csv", "--mapping", Mapping);

            Assert.Equal(2, code);
            Assert.Equal(["unit_code,period,indicator,measure,numerator,denominator,value", "03388,202501,CT13,a,,,2"], output.TrimEnd().Split('\n'));
            var lines = error.TrimEnd().Split('\n');
            Assert.Equal(5, lines.Length);
            Assert.Contains("DHIS2-PERIOD-TYPE $.dataValues[1] (4:5)", lines[0], System.StringComparison.Ordinal);
            Assert.Contains("DHIS2-UNKNOWN-ORG-UNIT $.dataValues[2] (5:5)", lines[1], System.StringComparison.Ordinal);
            Assert.Contains("DHIS2-VALUE-NEGATIVE $.dataValues[2] (5:5)", lines[2], System.StringComparison.Ordinal);
            Assert.Contains("DHIS2-JSON-SYNTAX", lines[3], System.StringComparison.Ordinal);
            Assert.EndsWith("4 value(s) not converted; the others were written.", lines[4], System.StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MappingWithErrors_ExitTwoWithEachErrorPositioned()
    {
        var folder = Directory.CreateTempSubdirectory("vncp-convert-").FullName;
        try
        {
            var mapping = Path.Combine(folder, "map.json");
            File.WriteAllText(mapping, File.ReadAllText(Mapping).Replace("\"03388\"", "\"3388x\"", System.StringComparison.Ordinal));

            var (code, _, error) = CliRunner.Run("convert", Csv, "--to", "adx", "--mapping", mapping);

            Assert.Equal(2, code);
            Assert.Contains("DHIS2-MAPPING-VALUE", error, System.StringComparison.Ordinal);
            Assert.Contains("$.orgUnits.VN_03388", error, System.StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
