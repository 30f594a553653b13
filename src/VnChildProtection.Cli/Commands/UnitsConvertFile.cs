using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp units convert --csv file [--column address] [--date] [--from] [--format csv|json|table]</c>: converts the
/// old unit or address in one column of every row of a CSV file, streaming: each input row gives exactly one output
/// row as soon as it is read, so files of millions of rows need no more memory than one row and the cache.
/// </summary>
/// <remarks>
/// Rows that name no single unit are output rows too (status and candidates), never dropped and never guessed; the
/// exit code is then 1 with one summary line on standard error. A count of rows read goes to standard error every
/// 1,000 rows only when that is a terminal, so a redirected run writes nothing there but the summary.
/// </remarks>
internal static class UnitsConvertFile
{
    private const string DefaultColumn = "address";
    private const int ProgressEvery = 1000;

    // Addresses of one file repeat (the same commune for many rows); the answers are immutable, so they are reused.
    // Bounded so a file of distinct texts does not grow memory without limit.
    private const int CacheLimit = 100_000;

    private static readonly string[] AddedColumns =
        ["unit_code", "unit_name", "unit_valid_to", "status", "new_codes", "new_names", "shares", "wordings", "candidates"];

    // JSON Lines: one object per line, Vietnamese letters readable as in every other output.
    private static readonly CliJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static int Run(string path, string? column, string[] words, string? dateText, string? fromText, string format, TextWriter output, TextWriter error)
    {
        if (words.Length > 0)
        {
            error.WriteLine("--csv: give either a text or --csv <file>, not both.");
            return CliInput.ExitBadInput;
        }
        if (!UnitsCommand.TryReadDate(dateText, "--date", error, out var date) || !UnitsCommand.TryReadFrom(fromText, error, out var from)
            || !CliInput.IsFormat(format, error, "csv", "json", "table"))
        {
            return CliInput.ExitBadInput;
        }
        TextReader reader;
        try
        {
            reader = path == "-" ? Console.In : new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{CliFiles.Printable(path)}: cannot be read ({CliFiles.Describe(e)}).");
            return CliInput.ExitBadInput;
        }
        using (reader)
        {
            try
            {
                return Convert(path, new CsvRecordReader(reader), column ?? DefaultColumn, date, from, format, output, error);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{CliFiles.Printable(path)}: cannot be read ({CliFiles.Describe(e)}).");
                return CliInput.ExitBadInput;
            }
        }
    }

    private static int Convert(string path, CsvRecordReader csv, string column, LocalDate date, LocalDate? from, string format, TextWriter output, TextWriter error)
    {
        var fields = new List<string>();
        if (!csv.TryRead(fields, out var headerProblem) || headerProblem is not null)
        {
            error.WriteLine($"{path}: {headerProblem ?? "the file is empty; a header row naming the columns is expected."}");
            return CliInput.ExitBadInput;
        }
        var header = fields.ToArray();
        var index = ColumnIndex(header, column);
        if (index < 0)
        {
            error.WriteLine($"{path}: no column '{column}' (columns: {string.Join(", ", header)}); name one with --column.");
            return CliInput.ExitBadInput;
        }
        if (format == "csv")
        {
            CsvRecordReader.Write(output, header.Concat(AddedColumns));
        }

        var registry = AdministrativeUnitRegistry.Default;
        var cache = new Dictionary<string, OneOf<UnitConversion, UnitLookupFailure>>(StringComparer.Ordinal);
        var failed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        var showProgress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        while (csv.TryRead(fields, out var problem))
        {
            if (problem is not null)
            {
                error.WriteLine($"{path}: {problem}");
                return CliInput.ExitBadInput;
            }
            if (fields.Count == 1 && fields[0].Length == 0 && header.Length > 1)
            {
                continue; // a blank line is not a row
            }
            rows++;
            var text = index < fields.Count ? fields[index].Trim() : "";
            var row = text.Length == 0
                ? new UnitFileConversionRow(csv.RecordLine, text, "Empty", null, [], [])
                : Row(registry, cache, csv.RecordLine, text, date, from);
            if (row.Status != "Converted")
            {
                failed[row.Status] = failed.GetValueOrDefault(row.Status) + 1;
            }
            Write(row, fields, header.Length, format, output);
            if (showProgress && rows % ProgressEvery == 0)
            {
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{rows:N0} rows…"));
            }
        }
        if (showProgress && rows >= ProgressEvery)
        {
            error.Write('\r' + new string(' ', 24) + '\r');
        }
        var notConverted = failed.Values.Sum();
        if (notConverted == 0)
        {
            return VncpApp.ExitOk;
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {rows - notConverted} of {rows} rows converted; not converted: {string.Join(", ", failed.Select(pair => $"{pair.Value} {pair.Key}"))}."));
        return VncpApp.ExitFindings;
    }

    // A header name (ignoring case and surrounding spaces), else a 1-based column number.
    private static int ColumnIndex(string[] header, string column)
    {
        var byName = Array.FindIndex(header, name => string.Equals(name.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase));
        if (byName >= 0)
        {
            return byName;
        }
        return int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= header.Length
            ? number - 1
            : -1;
    }

    private static UnitFileConversionRow Row(
        AdministrativeUnitRegistry registry, Dictionary<string, OneOf<UnitConversion, UnitLookupFailure>> cache, int line, string text,
        LocalDate date, LocalDate? from)
    {
        if (!cache.TryGetValue(text, out var converted))
        {
            converted = UnitsCommand.ConvertText(registry, text, date, from);
            if (cache.Count < CacheLimit)
            {
                cache[text] = converted;
            }
        }
        return converted.Match(
            conversion =>
            {
                var printed = UnitsCommand.ConversionRow(registry, conversion, date);
                return new UnitFileConversionRow(line, text, "Converted", printed.Source, printed.Successors, []);
            },
            failure => new UnitFileConversionRow(line, text, failure.Reason.ToString(), null, [], [.. failure.Candidates.Select(unit => unit.Code.Value)]));
    }

    private static void Write(UnitFileConversionRow row, List<string> fields, int columns, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(row, Json.UnitFileConversionRow));
                break;
            case "csv":
                // Short rows are padded and long ones kept, so the added columns always follow the input's.
                var input = fields.Concat(Enumerable.Repeat("", Math.Max(0, columns - fields.Count)));
                CsvRecordReader.Write(output, input.Concat(
                [
                    row.Source?.Code ?? "",
                    row.Source?.FullName ?? "",
                    row.Source?.ValidTo ?? "",
                    row.Status,
                    string.Join('|', row.Successors.Select(s => s.Unit.Code)),
                    string.Join('|', row.Successors.Select(s => s.Unit.FullName)),
                    string.Join('|', row.Successors.Select(s => s.Share)),
                    string.Join('|', row.Successors.Select(s => s.Wording ?? "")),
                    string.Join('|', row.Candidates),
                ]));
                break;
            default:
                output.WriteLine(row.Source is { } source
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"{row.Line}\t{row.Status}\t{source.FullName} ({source.Code})\t{string.Join("; ", row.Successors.Select(Successor))}")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{row.Line}\t{row.Status}\t{row.Input}\t{(row.Candidates.Length == 0 ? "" : "candidates: " + string.Join(", ", row.Candidates))}"));
                break;
        }
    }

    private static string Successor(UnitSuccessorRow successor) =>
        $"{successor.Unit.Code} {successor.Unit.FullName} ({successor.Share}{(successor.Wording is { } wording ? ": " + wording : "")})";
}
