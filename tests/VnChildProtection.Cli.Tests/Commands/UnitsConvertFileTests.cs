using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace VnChildProtection.Cli.Tests.Commands;

public sealed class UnitsConvertFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("vncp-units-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string File(string text)
    {
        var path = Path.Combine(directory, "addresses.csv");
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    private static string[][] Records(string csv)
    {
        // The output quotes only fields holding a comma; split with the same rules.
        var rows = new System.Collections.Generic.List<string[]>();
        var reader = new VnChildProtection.Cli.Commands.CsvRecordReader(new StringReader(csv));
        var fields = new System.Collections.Generic.List<string>();
        while (reader.TryRead(fields, out var problem))
        {
            Assert.Null(problem);
            rows.Add([.. fields]);
        }
        return [.. rows];
    }

    [Fact]
    public void Csv_OneOutputRowPerInputRow_InputColumnsKept_SplitsListEverySuccessor()
    {
        var path = File(
            "id,address,note\n" +
            "1,\"Phường Hàng Trống, quận Hoàn Kiếm, Hà Nội\",split\n" +
            "2,\"P. Hang Trong, Q. Hoan Kiem, TP. Ha Noi\",\"quoted \"\"note\"\"\"\n" +
            "3,xã Tân Lập,ambiguous\n" +
            "4,,empty\n" +
            "5,00070,code\n");

        var (code, output, error) = CliRunner.Run("units", "convert", "--csv", path, "--date", "2026-01-01");

        Assert.Equal(1, code);
        var records = Records(output);
        Assert.Equal(6, records.Length);
        Assert.Equal(["id", "address", "note", "unit_code", "unit_name", "unit_valid_to", "status", "new_codes", "new_names", "shares", "wordings", "candidates"], records[0]);
        Assert.Equal(["1", "2", "3", "4", "5"], records.Skip(1).Select(r => r[0]));
        Assert.Equal("quoted \"note\"", records[2][2]);
        foreach (var converted in new[] { records[1], records[2], records[5] })
        {
            Assert.Equal("00070", converted[3]);
            Assert.Equal("Converted", converted[6]);
            Assert.Equal("00070|00082", converted[7]);
            Assert.Equal("Phường Hoàn Kiếm|Phường Cửa Nam", converted[8]);
            Assert.Equal("Part|Remainder", converted[9]);
            Assert.Equal("|phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm", converted[10]);
        }
        Assert.Equal("Ambiguous", records[3][6]);
        Assert.True(records[3][11].Split('|').Length > 1);
        Assert.Equal("Empty", records[4][6]);
        Assert.Equal("addresses.csv: 3 of 5 rows converted; not converted: 1 Ambiguous, 1 Empty.", Path.GetFileName(error.TrimEnd()));
    }

    [Fact]
    public void Json_IsOneObjectPerLine_WithTheLineOfEachRow()
    {
        var path = File("address\r\n\"Phường Hàng Trống,\r\nquận Hoàn Kiếm, Hà Nội\"\r\nPhường Hàng Bạc, quận Hoàn Kiếm, Hà Nội\r\n");

        var (code, output, error) = CliRunner.Run("units", "convert", "--csv", path, "--date", "2026-01-01", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(2, first.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(2, first.RootElement.GetProperty("successors").GetArrayLength());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(4, second.RootElement.GetProperty("line").GetInt32());
        Assert.Equal("Phường Hàng Bạc", second.RootElement.GetProperty("source").GetProperty("fullName").GetString());
        Assert.Equal("Phường Hoàn Kiếm", second.RootElement.GetProperty("successors")[0].GetProperty("unit").GetProperty("fullName").GetString());
        Assert.Equal("Whole", second.RootElement.GetProperty("successors")[0].GetProperty("share").GetString());
    }

    [Fact]
    public void Column_ByNumber_AndTable_GiveOneLinePerRow()
    {
        var path = File("name;ignored,where\nx,Phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội\n");

        var (code, output, _) = CliRunner.Run("units", "convert", "--csv", path, "--column", "2", "--date", "2026-01-01", "--format", "table");

        // Column 2 holds "Phường Hàng Bạc" only (the address was not quoted): no such ward on 2026-01-01, one on 2025-06-30.
        Assert.Equal(0, code);
        var line = Assert.Single(output.TrimEnd().Split('\n'));
        Assert.StartsWith("2\tConverted\tPhường Hàng Bạc (00061)\t00070 Phường Hoàn Kiếm (Whole)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("id,where\n1,Hà Nội\n", "no column 'address'")]
    [InlineData("address\n\"Hà Nội\n", "line 2: a quoted field is not closed")]
    public void BadFile_Exits2WithOneLine(string text, string reason)
    {
        var (code, _, error) = CliRunner.Run("units", "convert", "--csv", File(text), "--date", "2026-01-01");
        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAndCsvTogether_IsBadInput()
    {
        var (code, output, error) = CliRunner.Run("units", "convert", "Hà Nội", "--csv", File("address\n"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void SingleConversion_AsCsv_IsOneLinePerSuccessor()
    {
        var (code, output, _) = CliRunner.Run("units", "convert", "Phường Hàng Trống, quận Hoàn Kiếm, Hà Nội", "--date", "2026-01-01", "--format", "csv");
        Assert.Equal(0, code);
        var records = Records(output);
        Assert.Equal(3, records.Length);
        Assert.Equal("source_code", records[0][0]);
        Assert.Equal(["00070", "00070"], records.Skip(1).Select(r => r[0]));
        Assert.Equal(["Phường Hoàn Kiếm", "Phường Cửa Nam"], records.Skip(1).Select(r => r[8]));
        Assert.Equal(["Part", "Remainder"], records.Skip(1).Select(r => r[13]));
    }
}
