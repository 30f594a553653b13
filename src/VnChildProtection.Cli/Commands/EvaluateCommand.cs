using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;
using VnChildProtection.Interop.Dhis2.Mapping;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp evaluate &lt;observations&gt; --year YYYY [--unit CODE] [--units-on DATE] [--mapping MAP]</c>: reads observations (CSV, or DHIS2
/// JSON or ADX through a mapping file), aggregates every
/// measure it reports over the units (communes under their <c>parent_code</c>, every root under the national total,
/// printed as <c>VN</c>) and prints values and statuses against the national targets.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>How the national total is written in <c>--unit</c> and in the output (it has no administrative unit code).</summary>
    private const string NationalCode = "VN";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("observations")
        {
            Description = "The observations: CSV (.csv, docs/observations-csv.md), DHIS2 dataValueSets JSON (.json) or ADX (.xml, .adx), the last two with --mapping (docs/dhis2.md).",
        };
        var mapping = new Option<string?>("--mapping") { Description = "The DHIS2 mapping file (docs/dhis2.md), for .json and .xml input." };
        var year = new Option<int>("--year") { Description = "The year to evaluate.", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Print only this unit (VN for the national total)." };
        var unitsOn = new Option<string?>("--units-on")
        {
            Description = "Place units as the administrative unit registry does on this date (yyyy-MM-dd); the file's parent_code fills in the units it lacks.",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("evaluate", "Aggregate observations up the unit hierarchy (summing numerators and denominators) and classify each value against the national target. Exit code: 0 done, 2 file unreadable or with bad rows.")
        {
            file,
            year,
            unit,
            unitsOn,
            format,
            mapping,
        };
        command.SetAction(result => Run(
            result.GetValue(file)!, result.GetValue(year), result.GetValue(unit), result.GetValue(unitsOn), result.GetValue(format) ?? "table", result.GetValue(mapping), output, error));
        return command;
    }

    private static int Run(string path, int year, string? unitFilter, string? unitsOn, string format, string? mappingPath, TextWriter output, TextWriter error)
    {
        LocalDate registryDate = default;
        if (unitsOn is not null && !CliInput.TryParseDate(unitsOn, "--units-on", error, out registryDate))
        {
            return CliInput.ExitBadInput;
        }
        Dhis2Mapping? mapping = null;
        if (mappingPath is not null && (mapping = ObservationInput.LoadMapping(mappingPath, error)) is null)
        {
            return VncpApp.ExitUnreadable;
        }
        var input = ObservationInput.Load(path, mapping, error);
        if (input is null)
        {
            return VncpApp.ExitUnreadable;
        }
        // One bad row or value fails the file: an aggregate silently missing a commune would misstate its province.
        if (input.Problems > 0)
        {
            error.WriteLine($"{path}: {input.Problems} error(s); nothing evaluated.");
            return VncpApp.ExitUnreadable;
        }
        var hierarchy = input.BuildHierarchy(unitsOn is null ? null : registryDate, path, error);
        if (hierarchy is null)
        {
            return VncpApp.ExitUnreadable;
        }
        AdministrativeUnitCode? onlyUnit = null;
        if (unitFilter is not null && unitFilter != NationalCode
            && (!AdministrativeUnitCode.TryParse(unitFilter, out onlyUnit) || !hierarchy.Contains(onlyUnit)))
        {
            error.WriteLine($"{path}: no unit {unitFilter} in the file.");
            return VncpApp.ExitUnreadable;
        }
        var engine = new IndicatorEngine(hierarchy);
        var registry = IndicatorRegistry.Default;
        var measures = input.Observations.Where(o => o.Year == year).Select(o => o.Measure).Distinct().Order().ToArray();
        // Null stands for the national total.
        List<AdministrativeUnitCode?> units = unitFilter is null ? Ordered(hierarchy) : [onlyUnit];
        var rows = new List<EvaluationRow>();
        var rejected = 0;
        foreach (var measure in measures)
        {
            var rollup = engine.Rollup(input.Observations, measure, year);
            rejected += rollup.RejectedObservations;
            var target = registry.GetMeasure(measure).NationalTarget;
            foreach (var code in units)
            {
                var value = code is null ? rollup.National : rollup[code];
                var status = target is null ? IndicatorStatus.NoData : StatusEvaluator.Default.Assess(target, value).Status;
                rows.Add(new EvaluationRow(code?.Value ?? NationalCode, measure.Indicator.ToString(), measure.ToString(), value.Numerator, value.Denominator, value.Value,
                    status.ToString(), value.Coverage.Reported, value.Coverage.Expected, target?.ThresholdFor(year)?.ToString()));
            }
        }
        if (rejected > 0)
        {
            error.WriteLine($"{path}: {rejected} observation(s) not used (a unit that has units below it, a bare value for a rate, or a count that is not a whole number).");
        }
        if (measures.Length == 0)
        {
            error.WriteLine($"{path}: no observation for {year.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(rows.ToArray(), CliJsonContext.Readable.EvaluationRowArray));
            return VncpApp.ExitOk;
        }
        var console = ConsoleFactory.Create(output);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Unit").AddColumn("Measure").AddColumn(new TableColumn("Numerator").RightAligned()).AddColumn(new TableColumn("Denominator").RightAligned())
            .AddColumn(new TableColumn("Value").RightAligned()).AddColumn("Target").AddColumn("Status").AddColumn(new TableColumn("Coverage").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow(row.UnitCode, row.Measure, Format(row.Numerator), Format(row.Denominator),
                row.Value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—", Markup.Escape(row.Target ?? "—"), row.Status,
                $"{row.Reported}/{row.Expected}");
        }
        console.Write(table);
        console.MarkupLine($"{measures.Length} measure(s), {units.Count} unit(s), year {year.ToString(CultureInfo.InvariantCulture)}.");
        return VncpApp.ExitOk;
    }

    private static string Format(decimal? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>National total (null) first, then each depth by code.</summary>
    private static List<AdministrativeUnitCode?> Ordered(UnitHierarchy hierarchy)
    {
        int Depth(AdministrativeUnitCode code)
        {
            var depth = 0;
            for (var p = hierarchy.ParentOf(code); p is not null; p = hierarchy.ParentOf(p))
            {
                depth++;
            }
            return depth;
        }
        return [null, .. hierarchy.Units.OrderBy(Depth).ThenBy(c => c)];
    }
}
