using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp units find &lt;text&gt; [--date yyyy-MM-dd] [--format table|json]</c> (a code, name or address → the unit on a
/// date) and <c>vncp units convert &lt;old unit or address&gt; [--date yyyy-MM-dd] [--from yyyy-MM-dd] [--format table|json]</c>
/// (→ the unit(s) holding its territory on a date, with the share of a split), over <see cref="AdministrativeUnitRegistry.Default"/>.
/// </summary>
internal static class UnitsCommand
{
    private const string FindUsage = "vncp units find <code, name or address> [--date yyyy-MM-dd] [--format table|json]";
    private const string ConvertUsage = "vncp units convert <old unit or address> [--date yyyy-MM-dd] [--from yyyy-MM-dd] [--format table|json]";

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
        var format = Format();
        var command = new Command("convert", "Convert an old unit or address to the unit(s) holding its territory on a date, with the wording of a split.")
        {
            text,
            date,
            from,
            format,
        };
        command.SetAction(result => Convert(
            result.GetValue(text) ?? [], result.GetValue(date), result.GetValue(from), result.GetValue(format) ?? "table", output, error));
        return command;
    }

    private static Argument<string[]> Text(string description) =>
        new("text") { Description = description + " Words may be given unquoted.", Arity = ArgumentArity.ZeroOrMore };

    private static Option<string> Format() =>
        new("--format") { Description = "Output format: table or json.", DefaultValueFactory = _ => "table" };

    private static int Find(string[] words, string? dateText, string format, TextWriter output, TextWriter error)
    {
        if (!TryReadText(words, FindUsage, error, out var text) || !TryReadDate(dateText, "--date", error, out var date)
            || !CliInput.IsFormat(format, error, "table", "json"))
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

    private static int Convert(string[] words, string? dateText, string? fromText, string format, TextWriter output, TextWriter error)
    {
        if (!TryReadText(words, ConvertUsage, error, out var text) || !TryReadDate(dateText, "--date", error, out var date)
            || !CliInput.IsFormat(format, error, "table", "json"))
        {
            return CliInput.ExitBadInput;
        }
        LocalDate? from = null;
        if (fromText is not null)
        {
            if (!CliInput.TryParseDate(fromText, "--from", error, out var parsed))
            {
                return CliInput.ExitBadInput;
            }
            from = parsed;
        }
        var registry = AdministrativeUnitRegistry.Default;
        var converted = AdministrativeUnitCode.TryParse(text, out var code)
            ? registry.FindByCode(code, from ?? AdministrativeUnit.LastDayOfDistrictLevel).Match(
                unit => registry.Convert(unit, date),
                failure => failure)
            : registry.ConvertAddress(text, date, from);
        if (!converted.TryPickT0(out var conversion, out var notConverted))
        {
            return Failure(registry, notConverted, format, output, error);
        }
        var row = new UnitConversionRow(
            Row(registry, conversion.Source, conversion.Source.ValidTo ?? date),
            Iso(date),
            [.. conversion.Successors.Select(successor => new UnitSuccessorRow(Row(registry, successor.Unit, date), successor.Share.ToString(), successor.Wording))]);
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(row, Json.UnitConversionRow));
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
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Code").AddColumn("Unit").AddColumn("Kind").AddColumn("Valid").AddColumn("Parent");
        foreach (var row in rows)
        {
            table.AddRow(row.Code, Markup.Escape(row.FullName), row.Kind, $"{row.ValidFrom ?? "…"} – {row.ValidTo ?? "…"}", Markup.Escape(row.Parent ?? "—"));
        }
        ConsoleFactory.Create(output).Write(table);
    }

    private static UnitRow Row(AdministrativeUnitRegistry registry, AdministrativeUnit unit, LocalDate date) =>
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

    private static bool TryReadDate(string? text, string name, TextWriter error, out LocalDate date)
    {
        if (text is null)
        {
            date = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).Date;
            return true;
        }
        return CliInput.TryParseDate(text, name, error, out date);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
