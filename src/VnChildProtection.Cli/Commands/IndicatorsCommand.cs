using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Domain.Indicators;

namespace VnChildProtection.Cli.Commands;

/// <summary><c>vncp indicators</c>: prints the catalogue of Decision 23/QĐ-TTg (24 indicators, 35 measures) with the national targets.</summary>
internal static class IndicatorsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("indicators", "List the 24 indicators (chỉ tiêu) of the National Programme of Action for Children 2021–2030 with their measures, units, directions, 2025/2030 targets and lead ministries.")
        {
            format,
        };
        command.SetAction(result => Run(result.GetValue(format) ?? "table", output));
        return command;
    }

    internal static IndicatorRow[] Rows(IndicatorRegistry registry) =>
        registry.Indicators.SelectMany(indicator => indicator.Measures.Select(m => new IndicatorRow(
            indicator.Id.ToString(),
            m.Id.ToString(),
            m.EnglishName,
            m.VietnameseName,
            m.Unit.EnglishName,
            m.Direction == Domain.Targets.IndicatorDirection.HigherIsBetter ? "higher is better" : "lower is better",
            m.NationalTarget?.ThresholdFor(2025)?.ToString(),
            m.NationalTarget?.ThresholdFor(2030)?.ToString(),
            indicator.LeadMinistry))).ToArray();

    private static int Run(string format, TextWriter output)
    {
        var rows = Rows(IndicatorRegistry.Default);
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(rows, CliJsonContext.Readable.IndicatorRowArray));
            return VncpApp.ExitOk;
        }
        var console = ConsoleFactory.Create(output);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Measure").AddColumn("Name").AddColumn("Unit").AddColumn("Direction").AddColumn("2025").AddColumn("2030").AddColumn("Lead");
        foreach (var row in rows)
        {
            table.AddRow(row.Measure, Markup.Escape(row.Name), Markup.Escape(row.Unit), row.Direction,
                Markup.Escape(row.Target2025 ?? "—"), Markup.Escape(row.Target2030 ?? "—"), Markup.Escape(row.Lead));
        }
        console.Write(table);
        console.MarkupLine($"{rows.Select(r => r.Indicator).Distinct().Count()} indicators, {rows.Length} measures (Decision 23/QĐ-TTg, 07/01/2021).");
        return VncpApp.ExitOk;
    }
}
