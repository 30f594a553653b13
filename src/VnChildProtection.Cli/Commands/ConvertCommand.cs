using System;
using System.CommandLine;
using System.IO;
using NodaTime;
using NodaTime.Text;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Interop.Dhis2;
using VnChildProtection.Interop.Dhis2.Mapping;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp convert &lt;in&gt; --to csv|dhis2-json|adx [--mapping MAP] [--output FILE] [--exported INSTANT]</c>: converts
/// observations between the library's CSV, DHIS2 <c>dataValueSets</c> JSON and ADX through a mapping file.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("input") { Description = "The observations: .csv, DHIS2 dataValueSets .json, or ADX .xml/.adx." };
        var to = new Option<string>("--to") { Description = "The output format.", Required = true };
        to.AcceptOnlyFromAmong("csv", "dhis2-json", "adx");
        var mapping = new Option<string?>("--mapping") { Description = "The DHIS2 mapping file (docs/dhis2.md); needed unless both sides are CSV." };
        var target = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var exported = new Option<string?>("--exported")
        {
            Description = "ADX's exported timestamp (an ISO instant such as 2026-01-05T00:00:00Z); the current time when not given.",
        };
        var command = new Command("convert", "Convert observations between CSV, DHIS2 dataValueSets JSON and ADX through a mapping file. The good values are written; every value that cannot be read or mapped is reported with its position. Exit code: 0 done, 2 input unreadable or with bad values.")
        {
            file,
            to,
            mapping,
            target,
            exported,
        };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(to)!, result.GetValue(mapping), result.GetValue(target), result.GetValue(exported), output, error));
        return command;
    }

    private static int Run(string path, string to, string? mappingPath, string? target, string? exportedText, TextWriter output, TextWriter error)
    {
        var exported = SystemClock.Instance.GetCurrentInstant();
        if (exportedText is not null)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(exportedText.Trim());
            if (!parsed.Success)
            {
                error.WriteLine($"--exported: '{exportedText}' is not an instant such as 2026-01-05T00:00:00Z.");
                return CliInput.ExitBadInput;
            }
            exported = parsed.Value;
        }
        if (mappingPath is null && (to != "csv" || ObservationInput.FormatOf(path) is not null))
        {
            error.WriteLine("--mapping: DHIS2 data is read and written through a mapping file (docs/dhis2.md).");
            return CliInput.ExitBadInput;
        }
        Dhis2Mapping? mapping = null;
        if (mappingPath is not null && (mapping = ObservationInput.LoadMapping(mappingPath, error)) is null)
        {
            return VncpApp.ExitUnreadable;
        }
        if (to == "adx" && mapping!.DataSet is null)
        {
            error.WriteLine($"{mappingPath}: ADX needs the data set; give dataSet in the mapping file.");
            return VncpApp.ExitUnreadable;
        }
        var input = ObservationInput.Load(path, mapping, error);
        if (input is null)
        {
            return VncpApp.ExitUnreadable;
        }
        var problems = input.Problems;
        try
        {
            using Stream stream = target is null ? new MemoryStream() : File.Create(target);
            switch (to)
            {
                case "csv":
                    using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
                    {
                        ObservationCsv.Write(input.Observations, writer, input.Csv?.ParentCodes.Count > 0 ? input.Csv.ParentCodes : null);
                    }
                    break;
                default:
                    var unwritten = to == "adx"
                        ? Dhis2Export.WriteAdx(stream, input.Observations, mapping!, exported)
                        : Dhis2Export.WriteJson(stream, input.Observations, mapping!);
                    foreach (var diagnostic in unwritten)
                    {
                        error.WriteLine($"{path}: {diagnostic} (observation of the input)");
                    }
                    problems += unwritten.Count;
                    break;
            }
            if (stream is MemoryStream memory)
            {
                output.Write(new System.Text.UTF8Encoding(false).GetString(memory.ToArray()));
                output.Flush();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{CliFiles.Printable(target ?? "-")}: cannot be written ({CliFiles.Describe(e)}).");
            return VncpApp.ExitUnreadable;
        }
        if (problems > 0)
        {
            error.WriteLine($"{path}: {problems} value(s) not converted; the others were written.");
            return VncpApp.ExitUnreadable;
        }
        return VncpApp.ExitOk;
    }
}
