using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Documents.Reports;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Progress;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp progress &lt;plan&gt; &lt;observations.csv&gt; --as-of YYYY-MM-DD [--format table|json|html|docx] [--unit CODE] [--lang vi|en] [--output FILE]</c>:
/// the plan's own targets against the data, per target and per lead agency.
/// </summary>
internal static class ProgressCommand
{
    private const string NationalCode = "VN";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var plan = new Argument<string>("plan") { Description = "The plan (.txt, .md, .docx, or a plan document in .json)." };
        var observations = new Argument<string>("observations") { Description = "The observations CSV (docs/observations-csv.md); a plan's own targets are measures CT901.a… (docs/progress.md)." };
        var asOf = new Option<string>("--as-of") { Description = "The evaluation date (yyyy-MM-dd): periods that began after it are ignored.", Required = true };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "html", "docx");
        var unit = new Option<string?>("--unit") { Description = "The unit to report on (a code of the file; VN or omitted for the total of every unit)." };
        var lang = new Option<string>("--lang") { Description = "Labels of the HTML and Word reports.", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        var file = new Option<string?>("--output") { Description = "Write the report to this file (required for docx)." };
        var command = new Command("progress", "Assess a plan's own targets against observations on a date: status per target (met, on track, at risk, off track, not yet due, no data) with the rule that decided it, per lead agency and objective. Exit code: 0 done, 2 bad input.")
        {
            plan,
            observations,
            asOf,
            format,
            unit,
            lang,
            file,
        };
        command.SetAction(result => Run(
            result.GetValue(plan)!, result.GetValue(observations)!, result.GetValue(asOf)!, result.GetValue(format) ?? "table", result.GetValue(unit),
            result.GetValue(lang) == "en" ? ReportLanguage.English : ReportLanguage.Vietnamese, result.GetValue(file), output, error));
        return command;
    }

    private static int Run(string planPath, string dataPath, string asOfText, string format, string? unitText, ReportLanguage language, string? outputPath, TextWriter output, TextWriter error)
    {
        if (!CliInput.TryParseDate(asOfText, "--as-of", error, out var asOf))
        {
            return CliInput.ExitBadInput;
        }
        if (format == "docx" && outputPath is null)
        {
            error.WriteLine("--format docx needs --output FILE.docx (a Word file is not text).");
            return CliInput.ExitBadInput;
        }
        var extension = Path.GetExtension(dataPath);
        if (!string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"{dataPath}: observations are read from CSV (docs/observations-csv.md); {extension} is not supported.");
            return CliInput.ExitBadInput;
        }
        var plan = LoadPlan(planPath, error);
        if (plan is null)
        {
            return VncpApp.ExitUnreadable;
        }
        var map = PlanMeasureMap.For(plan);
        ObservationCsvResult csv;
        try
        {
            csv = ObservationCsv.Read(VncpApp.ReadText(dataPath), map.Registry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{dataPath}: cannot be read ({e.GetType().Name}).");
            return VncpApp.ExitUnreadable;
        }
        if (!csv.IsValid)
        {
            error.WriteLine($"{dataPath}: {csv.Errors[0]} ({csv.Errors.Count} error(s); nothing assessed).");
            return VncpApp.ExitUnreadable;
        }
        var hierarchy = csv.BuildHierarchy();
        AdministrativeUnitCode? unit = null;
        if (unitText is not null && unitText != NationalCode
            && (!AdministrativeUnitCode.TryParse(unitText, out unit) || !hierarchy.Contains(unit)))
        {
            error.WriteLine($"{dataPath}: no unit {unitText} in the file.");
            return CliInput.ExitBadInput;
        }
        var data = ProgressData.Compile(new IndicatorEngine(hierarchy, map.Registry), csv.Observations);
        var report = PlanProgress.Assess(plan, map, data, asOf, unit);
        if (data.RejectedObservations > 0)
        {
            error.WriteLine($"{dataPath}: {data.RejectedObservations} observation(s) not used (a unit that has units below it, a bare value for a rate, or a count that is not a whole number).");
        }
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(report.Targets.Select(Row).ToArray(), CliJsonContext.Readable.ProgressRowArray));
                return VncpApp.ExitOk;
            case "html":
                var html = ProgressHtmlWriter.Write(report, language);
                if (outputPath is null)
                {
                    output.Write(html);
                }
                else
                {
                    File.WriteAllText(outputPath, html);
                }
                return VncpApp.ExitOk;
            case "docx":
                File.WriteAllBytes(outputPath!, ProgressWordWriter.Write(report, language));
                return VncpApp.ExitOk;
            default:
                PrintTable(report, output);
                return VncpApp.ExitOk;
        }
    }

    private static PlanDocument? LoadPlan(string path, TextWriter error)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".txt" or ".md" or ".docx" or ".json"))
        {
            error.WriteLine($"{path}: a plan is a .txt, .md, .docx or .json file.");
            return null;
        }
        if (extension == ".docx")
        {
            var word = WordDocumentReader.Default.Read(path);
            if (word.TryPickT1(out var problem, out var document))
            {
                error.WriteLine($"{path}: {problem.Code}: {problem.Message}");
                return null;
            }
            return new PlanTextImporter().Import(document.Text).Plan;
        }
        string text;
        try
        {
            text = VncpApp.ReadText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot be read ({e.GetType().Name}).");
            return null;
        }
        if (extension == ".json")
        {
            var parsed = PlanJson.Deserialize(text);
            if (parsed.TryPickT1(out var problem, out var plan))
            {
                error.WriteLine($"{path}: {problem.Code} at {problem.Path}: {problem.Message}");
                return null;
            }
            return plan;
        }
        return new PlanTextImporter().Import(text).Plan;
    }

    private static ProgressRow Row(TargetProgress t) => new(
        t.IndicatorNumber, t.Objective, t.Measure.ToString(), t.TargetText, t.Unit.Name, t.Deadline, t.Threshold?.ToString(),
        t.Baseline?.Value, t.Baseline?.Year, t.Observed?.Value, t.Observed?.Date.Year, t.Expected is { } e ? Math.Round(e, 4) : null,
        t.Coverage?.Reported, t.Coverage?.Expected, t.Status.ToString(), t.Rule.ToString(), [.. t.LeadAgencies], [.. t.SupportingAgencies]);

    private static void PrintTable(ProgressReport report, TextWriter output)
    {
        var console = ConsoleFactory.Create(output);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Indicator").AddColumn("Measure").AddColumn("Target").AddColumn("Due").AddColumn(new TableColumn("Value").RightAligned())
            .AddColumn(new TableColumn("Expected").RightAligned()).AddColumn(new TableColumn("Coverage").RightAligned()).AddColumn("Status").AddColumn("Rule").AddColumn("Lead");
        foreach (var t in report.Targets)
        {
            table.AddRow(
                Markup.Escape(t.IndicatorNumber.ToString(CultureInfo.InvariantCulture)),
                Markup.Escape(t.Measure.ToString()),
                Markup.Escape(t.Target.ToEnglishString()),
                Markup.Escape(t.Deadline?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                Markup.Escape(t.Observed is { } o ? o.Value.ToString("0.##", CultureInfo.InvariantCulture) + " (" + o.Date.Year.ToString(CultureInfo.InvariantCulture) + ")" : "-"),
                Markup.Escape(t.Expected?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-"),
                Markup.Escape(t.Coverage?.ToString() ?? "-"),
                Markup.Escape(t.Status.ToString()),
                Markup.Escape(t.Rule.ToString()),
                Markup.Escape(string.Join("; ", t.LeadAgencies)));
        }
        console.Write(table);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Targets.Count} target(s) as of {report.AsOf:uuuu-MM-dd}: {report.Counts}; {report.TargetsWithData} with data, {report.QualitativeTargets} qualitative."));
    }
}
