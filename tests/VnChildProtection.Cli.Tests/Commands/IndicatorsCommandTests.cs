using System.Linq;
using System.Text.Json;

namespace VnChildProtection.Cli.Tests.Commands;

public class IndicatorsCommandTests
{
    [Fact]
    public void Indicators_Json_Lists35MeasuresWithTargetsAndLead()
    {
        var (code, output, _) = CliRunner.Run("indicators", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(35, rows.Length);
        Assert.Equal(24, rows.Select(r => r.GetProperty("indicator").GetString()).Distinct().Count());
        var under5 = rows.Single(r => r.GetProperty("measure").GetString() == "CT3.c");
        Assert.Equal("Under-5 mortality rate", under5.GetProperty("name").GetString());
        Assert.Equal("lower is better", under5.GetProperty("direction").GetString());
        Assert.Equal("< 18.5", under5.GetProperty("target2025").GetString());
        Assert.Equal("< 15", under5.GetProperty("target2030").GetString());
        Assert.False(string.IsNullOrEmpty(under5.GetProperty("lead").GetString()));
    }

    [Fact]
    public void Indicators_Table_ShowsEveryMeasureAndTheCount()
    {
        var (code, output, _) = CliRunner.Run("indicators");

        Assert.Equal(0, code);
        Assert.Contains("CT24.a", output, System.StringComparison.Ordinal);
        Assert.Contains("24 indicators, 35 measures", output, System.StringComparison.Ordinal);
    }
}
