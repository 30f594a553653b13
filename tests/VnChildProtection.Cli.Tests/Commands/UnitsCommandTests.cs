using System;
using System.Linq;
using System.Text.Json;

namespace VnChildProtection.Cli.Tests.Commands;

public class UnitsCommandTests
{
    [Fact]
    public void Convert_HangTrongAddress_AsJson_GivesBothSuccessorsWithTheWording()
    {
        var (code, output, error) = CliRunner.Run(
            "units", "convert", "Phường Hàng Trống, quận Hoàn Kiếm, Hà Nội", "--date", "2025-07-01", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("00070", root.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("Quận Hoàn Kiếm", root.GetProperty("source").GetProperty("parent").GetString());
        var successors = root.GetProperty("successors").EnumerateArray().ToArray();
        Assert.Equal(new[] { "Phường Hoàn Kiếm", "Phường Cửa Nam" }, successors.Select(s => s.GetProperty("unit").GetProperty("fullName").GetString()));
        Assert.Equal(new[] { "Part", "Remainder" }, successors.Select(s => s.GetProperty("share").GetString()));
        Assert.Equal("phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm", successors[1].GetProperty("wording").GetString());
        Assert.Equal("Thành phố Hà Nội", successors[1].GetProperty("unit").GetProperty("parent").GetString());
    }

    [Fact]
    public void Convert_UnquotedWordsAndACode_AreAccepted()
    {
        var (code, output, _) = CliRunner.Run("units", "convert", "P.", "Hang", "Trong,", "Q.", "Hoan", "Kiem,", "Ha", "Noi", "--date", "2026-01-01");
        Assert.Equal(0, code);
        Assert.Contains("Phường Cửa Nam", output, StringComparison.Ordinal);
        Assert.Contains("Remainder", output, StringComparison.Ordinal);

        var (byCode, table, _) = CliRunner.Run("units", "convert", "00070", "--date", "2026-01-01");
        Assert.Equal(0, byCode);
        Assert.Equal(output, table);
    }

    [Fact]
    public void Find_AddressOnADate_PrintsTheUnitWithItsParent()
    {
        var (code, output, _) = CliRunner.Run("units", "find", "xã Tân Lập, huyện Đan Phượng, Hà Nội", "--date", "2024-01-01", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var unit = Assert.Single(json.RootElement.EnumerateArray().ToArray());
        Assert.Equal("Xã Tân Lập", unit.GetProperty("fullName").GetString());
        Assert.Equal("Huyện Đan Phượng", unit.GetProperty("parent").GetString());
        Assert.Equal("Commune", unit.GetProperty("kind").GetString());
        Assert.Equal("2025-06-30", unit.GetProperty("validTo").GetString());
    }

    [Fact]
    public void Find_AmbiguousName_ListsCandidatesAndExits1()
    {
        var (code, output, error) = CliRunner.Run("units", "find", "Phường", "1", "--date", "2024-01-01", "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetArrayLength() > 1);
        Assert.StartsWith("Ambiguous on 2024-01-01", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("units", "find")]
    [InlineData("units", "find", "Hà Nội", "--date", "2025-13-01")]
    [InlineData("units", "convert", "Hà Nội", "--format", "xml")]
    [InlineData("units", "convert", "Hà Nội", "--column", "address")]
    [InlineData("units", "convert", "--csv", "/nonexistent/addresses.csv")]
    [InlineData("units", "convert", "Hàng Trống", "--from", "yesterday")]
    [InlineData("units", "convert", "  ")]
    public void BadInput_Exits2WithOneLine(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Convert_District_HasNoSuccessor_Exits1()
    {
        var (code, _, error) = CliRunner.Run("units", "convert", "quận Hoàn Kiếm, Hà Nội", "--date", "2026-01-01");
        Assert.Equal(1, code);
        Assert.StartsWith("No successor on 2026-01-01", error, StringComparison.Ordinal);
    }
}
