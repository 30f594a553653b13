using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OneOf;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp units find &lt;text&gt; [--date yyyy-MM-dd] [--format table|json|csv]</c> (a code, name or address → the unit on a
/// date) and <c>vncp units convert &lt;old unit or address&gt; [--date yyyy-MM-dd] [--from yyyy-MM-dd] [--format table|json|csv]</c>
/// (→ the unit(s) holding its territory on a date, with the share of a split), over <see cref="AdministrativeUnitRegistry.Default"/>;
/// <c>vncp units convert --csv file [--column address]</c> converts a whole file (<see cref="UnitsConvertFile"/>).
/// </summary>
internal static class UnitsCommand
{
    private const string FindUsage = "vncp units find <code, name or address> [--date yyyy-MM-dd] [--format table|json|csv]";
    private const string ConvertUsage = "vncp units convert <old unit or address> | --csv <file> [--column address] [--date yyyy-MM-dd] [--from yyyy-MM-dd] [--format table|json|csv]";

    /// <summary>The columns of a unit in <c>--format csv</c>.</summary>
    internal static readonly string[] UnitCsvHeader = ["code", "full_name", "kind", "valid_from", "valid_to", "parent"];

    private static readonly CliJsonContext Json = CliJsonContext.Readable;

    public static Command Create(TextWriter output, TextWriter error) =>
        new("units", "Find Vietnam's administrative units (provinces, districts until 30/6/2025, communes) on a date and convert old units and addresses to today's. Exit code 1 when the text names no single unit, 2 on bad input.")
        {
            CreateFind(output, error),
            CreateConvert(output, error),
        };

    private static Command CreateFind(TextWriter output, TextWriter error)
    {
        var text = Text("A code (00070), a name (Hoàn Kiếm) or an address, most specific part first (xã Tân Lập, huyện Đan Phượng, Hà Nội).");
        var date = new Option<string>("--date") { Description = "The date the text refers to (yyyy-MM-dd); today in Vietnam when omitted." };
        var format = Format();
        var command = new Command("find", "Find the unit a code, name or address names on a date; an ambiguous or unknown text lists candidates.")
        {
            text,
            date,
            format,
        };
        command.SetAction(result => Find(result.GetValue(text) ?? [], result.GetValue(date), result.GetValue(format) ?? "table", output, error));
        return command;
    }

    private static Command CreateConvert(TextWriter output, TextWriter error)
    {
        var text = Text("An old unit's code (00070), name or address (Phường Hàng Trống, quận Hoàn Kiếm, Hà Nội).");
        var date = new Option<string>("--date") { Description = "The date to convert to (yyyy-MM-dd); today in Vietnam when omitted." };
        var from = new Option<string>("--from")
        {
            Description = "The date the text was written for (yyyy-MM-dd); when omitted, the text is read on --date and, failing that, on 2025-06-30.",
        };
        var csv = new Option<string>("--csv")
        {
            Description = "Convert every row of this CSV file (RFC 4180, UTF-8, a header row; - for standard input) instead of one text: one output row per input row, streamed.",
        };
        var column = new Option<string>("--column")
        {
            Description = "With --csv: the column holding the old unit or address, by header name or 1-based number (default: address).",
        };
        var format = new Option<string>("--format") { Description = "Output format: table, json or csv (default: table; csv with --csv)." };
        var command = new Command("convert", "Convert an old unit or address to the unit(s) holding its territory on a date, with the wording of a split.")
        {
            text,
            date,
            from,
            csv,
            column,
            format,
        };
        command.SetAction(result => result.GetValue(csv) is { } file
            ? UnitsConvertFile.Run(
                file, result.GetValue(column), result.GetValue(text) ?? [], result.GetValue(date), result.GetValue(from),
                result.GetValue(format) ?? "csv", output, error)
            : Convert(result.GetValue(text) ?? [], result.GetValue(column), result.GetValue(date), result.GetValue(from),
                result.GetValue(format) ?? "table", output, error));
        return command;
    }

    private static Argument<string[]> Text(string description) =>
        new("text") { Description = description + " Words may be given unquoted.", Arity = ArgumentArity.ZeroOrMore };

    private static Option<string> Format() =>
        new("--format") { Description = "Output format: table, json or csv.", DefaultValueFactory = _ => "table" };

    private static int Find(string[] words, string? dateText, string format, TextWriter output, TextWriter error)
    {
        if (!TryReadText(words, FindUsage, error, out var text) || !TryReadDate(dateText, "--date", error, out var date)
            || !CliInput.IsFormat(format, error, "table", "json", "csv"))
        {
            return CliInput.ExitBadInput;
        }
        var registry = AdministrativeUnitRegistry.Default;
        var found = AdministrativeUnitCode.TryParse(text, out var code) ? registry.FindByCode(code, date) : registry.FindByAddress(text, date);
        if (found.TryPickT0(out var unit, out var failure))
        {
            Print([Row(registry, unit, date)], format, output);
            return VncpApp.ExitOk;
        }
        return Failure(registry, failure, format, output, error);
    }

    private static int Convert(string[] words, string? column, string? dateText, string? fromText, string format, TextWriter output, TextWriter error)
    {
        if (column is not null)
        {
            error.WriteLine($"--column: only with --csv. Usage: {ConvertUsage}");
            return CliInput.ExitBadInput;
        }
        if (!TryReadText(words, ConvertUsage, error, out var text) || !TryReadDate(dateText, "--date", error, out var date)
            || !TryReadFrom(fromText, error, out var from) || !CliInput.IsFormat(format, error, "table", "json", "csv"))
        {
            return CliInput.ExitBadInput;
        }
        var registry = AdministrativeUnitRegistry.Default;
        if (!ConvertText(registry, text, date, from).TryPickT0(out var conversion, out var notConverted))
        {
            return Failure(registry, notConverted, format, output, error);
        }
        var row = ConversionRow(registry, conversion, date);
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(row, Json.UnitConversionRow));
            return VncpApp.ExitOk;
        }
        if (format == "csv")
        {
            // One line per successor, the source repeated: a split is as many lines as units that took a part.
            CsvRecordReader.Write(output, [.. UnitCsvHeader.Select(name => "source_" + name), "date", .. UnitCsvHeader, "share", "wording"]);
            foreach (var successor in row.Successors)
            {
                CsvRecordReader.Write(output, [.. CsvFields(row.Source), row.Date, .. CsvFields(successor.Unit), successor.Share, successor.Wording ?? ""]);
            }
            return VncpApp.ExitOk;
        }
        var console = ConsoleFactory.Create(output);
        console.WriteLine($"{row.Source.FullName} ({row.Source.Code}, {row.Source.Parent}) on {row.Date}:");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Code").AddColumn("Unit").AddColumn("Parent").AddColumn("Share").AddColumn("Wording");
        foreach (var successor in row.Successors)
        {
            table.AddRow(
                successor.Unit.Code, Markup.Escape(successor.Unit.FullName), Markup.Escape(successor.Unit.Parent ?? "—"),
                successor.Share, Markup.Escape(successor.Wording ?? "—"));
        }
        console.Write(table);
        return VncpApp.ExitOk;
    }

    /// <summary>
    /// Converts a code (read on <paramref name="from"/>, or the last day of the old map) or a name or address (read on
    /// <paramref name="date"/> and, failing that, on the last day of the old map, or on <paramref name="from"/>).
    /// </summary>
    internal static OneOf<UnitConversion, UnitLookupFailure> ConvertText(AdministrativeUnitRegistry registry, string text, LocalDate date, LocalDate? from) =>
        AdministrativeUnitCode.TryParse(text, out var code)
            ? registry.FindByCode(code, from ?? AdministrativeUnit.LastDayOfDistrictLevel).Match(
                unit => registry.Convert(unit, date),
                failure => failure)
            : registry.ConvertAddress(text, date, from);

    /// <summary>A conversion as printed: the source with its parent on its last day, each successor with its parent on the date.</summary>
    internal static UnitConversionRow ConversionRow(AdministrativeUnitRegistry registry, UnitConversion conversion, LocalDate date) =>
        new(
            Row(registry, conversion.Source, conversion.Source.ValidTo ?? date),
            Iso(date),
            [.. conversion.Successors.Select(successor => new UnitSuccessorRow(Row(registry, successor.Unit, date), successor.Share.ToString(), successor.Wording))]);

    /// <summary>The fields of a unit in <c>--format csv</c>, in the order of <see cref="UnitCsvHeader"/>.</summary>
    internal static string[] CsvFields(UnitRow row) => [row.Code, row.FullName, row.Kind, row.ValidFrom ?? "", row.ValidTo ?? "", row.Parent ?? ""];

    // Not one unit: the candidates go to standard output (as the format asks), the reason in one line to standard error.
    private static int Failure(AdministrativeUnitRegistry registry, UnitLookupFailure failure, string format, TextWriter output, TextWriter error)
    {
        if (failure.Candidates.Count > 0)
        {
            Print([.. failure.Candidates.Select(candidate => Row(registry, candidate, candidate.IsValidOn(failure.Date) ? failure.Date : candidate.ValidTo ?? failure.Date))], format, output);
        }
        error.WriteLine(failure.Reason switch
        {
            UnitLookupFailureReason.Ambiguous => $"Ambiguous on {Iso(failure.Date)}: several units match ({failure.Candidates.Count} listed); add the district or province (e.g. \"xã Tân Lập, huyện Đan Phượng, Hà Nội\").",
            UnitLookupFailureReason.NotValidOnDate => $"No such unit on {Iso(failure.Date)}; the candidates are of other dates (use --date or --from).",
            UnitLookupFailureReason.NoSuccessor => $"No successor on {Iso(failure.Date)}: the unit ended without one (districts ended on 2025-06-30; convert a commune instead).",
            UnitLookupFailureReason.DateBeforeUnit => $"The unit starts after {Iso(failure.Date)}.",
            _ => failure.Candidates.Count > 0 ? $"Not found on {Iso(failure.Date)}; similar names are listed." : $"Not found on {Iso(failure.Date)}.",
        });
        return VncpApp.ExitFindings;
    }

    private static void Print(UnitRow[] rows, string format, TextWriter output)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(rows, Json.UnitRowArray));
            return;
        }
        if (format == "csv")
        {
            CsvRecordReader.Write(output, UnitCsvHeader);
            foreach (var row in rows)
            {
                CsvRecordReader.Write(output, CsvFields(row));
            }
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Code").AddColumn("Unit").AddColumn("Kind").AddColumn("Valid").AddColumn("Parent");
        foreach (var row in rows)
        {
            table.AddRow(row.Code, Markup.Escape(row.FullName), row.Kind, $"{row.ValidFrom ?? "…"} – {row.ValidTo ?? "…"}", Markup.Escape(row.Parent ?? "—"));
        }
        ConsoleFactory.Create(output).Write(table);
    }

    /// <summary>A unit as printed, its parent taken on <paramref name="date"/>.</summary>
    internal static UnitRow Row(AdministrativeUnitRegistry registry, AdministrativeUnit unit, LocalDate date) =>
        new(
            unit.Code.Value,
            unit.FullName,
            unit.Kind.Name,
            unit.ValidFrom is { } from ? Iso(from) : null,
            unit.ValidTo is { } to ? Iso(to) : null,
            registry.GetParent(unit, date).Match<string?>(parent => parent.FullName, _ => null));

    private static bool TryReadText(string[] words, string usage, TextWriter error, out string text)
    {
        text = string.Join(' ', words).Trim();
        if (text.Length > 0)
        {
            return true;
        }
        error.WriteLine($"text: required. Usage: {usage}");
        return false;
    }

    /// <summary>Reads <c>--from</c>: null when not given.</summary>
    internal static bool TryReadFrom(string? text, TextWriter error, out LocalDate? from)
    {
        from = null;
        if (text is null)
        {
            return true;
        }
        if (!CliInput.TryParseDate(text, "--from", error, out var parsed))
        {
            return false;
        }
        from = parsed;
        return true;
    }

    /// <summary>Reads a date option; today in Vietnam when not given.</summary>
    internal static bool TryReadDate(string? text, string name, TextWriter error, out LocalDate date)
    {
        if (text is null)
        {
            date = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).Date;
            return true;
        }
        return CliInput.TryParseDate(text, name, error, out date);
    }

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
