using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Cli.Output.Sarif;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Cli.Commands;

/// <summary><c>vncp validate &lt;file|folder&gt;...</c>: imports and validates plan documents, prints the findings.</summary>
internal static class ValidateCommand
{
    private static readonly string[] Extensions = [".txt", ".md", ".docx", ".json"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Plan files (.txt, .md, .docx, or plan documents in .json) or folders holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "sarif");
        var disable = new Option<string[]>("--disable")
        {
            Description = "Turn a rule off, by code (VNCP0012) or name (section-numbering); repeatable.",
            HelpName = "rule",
        };
        var severity = new Option<string[]>("--severity")
        {
            Description = "Report a rule with another severity: <rule>=<error|warning|info>; repeatable, the last one of a rule wins.",
            HelpName = "rule=level",
        };
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Report every warning as an error (rules still warning after --severity, and import diagnostics): the printed levels, SARIF included, and the exit code change together.",
        };
        var rulesFile = new Option<string>("--rules")
        {
            Description = "A rule configuration in JSON: {\"disable\": [rule...], \"severity\": {rule: level}, \"warnAsError\": bool}. The other options win over it.",
            HelpName = "file.json",
        };
        var command = new Command("validate", "Validate plan documents (Kế hoạch) and print their findings. Exit code: 0 clean, 1 errors found, 2 input unreadable or bad options. --format sarif writes one SARIF 2.1.0 log.")
        {
            inputs,
            format,
            disable,
            severity,
            warnAsError,
            rulesFile,
        };
        command.SetAction(result =>
        {
            RuleConfigurationFile? file = null;
            if (result.GetValue(rulesFile) is { } path && RuleConfigurationFile.Read(path).TryPickT1(out var unreadable, out file))
            {
                error.WriteLine(CliFiles.Printable(unreadable));
                return VncpApp.ExitUnreadable;
            }
            var configuration = RuleConfiguration.Create(file, result.GetValue(disable) ?? [], result.GetValue(severity) ?? [], result.GetValue(warnAsError));
            if (configuration.TryPickT1(out var problem, out var rules))
            {
                error.WriteLine(CliFiles.Printable(problem));
                return VncpApp.ExitUnreadable;
            }
            return Run(result.GetValue(inputs) ?? [], result.GetValue(format) ?? "table", rules, output, error);
        });
        return command;
    }

    private static int Run(string[] inputs, string format, RuleConfiguration rules, TextWriter output, TextWriter error)
    {
        var (files, missing) = Expand(inputs);
        foreach (var path in missing)
        {
            error.WriteLine($"{CliFiles.Printable(path)}: no such file or folder.");
        }
        var unreadable = new List<string>(missing);
        if (files.Count == 0 && missing.Count == 0)
        {
            // A folder without plans must not pass as "no findings": a wrong path would give CI a false green.
            error.WriteLine($"{string.Join(", ", inputs.Select(CliFiles.Printable))}: no plan files (.txt, .md, .docx, .json) found.");
            unreadable.AddRange(inputs);
        }
        var failures = new List<ValidationRow>();
        var importer = new PlanTextImporter();
        var validator = new PlanValidator(rules.Options);
        var rows = new List<ValidationRow>();
        // The text of each JSON plan, kept for the SARIF log, which places findings by their JSON path in the file.
        var jsonTexts = new Dictionary<string, string>(StringComparer.Ordinal);

        void ValidateOne(string file)
        {
            var (loaded, text, json, kind) = Load(file, importer, rules.ImportSeverity, rows);
            if (json is not null)
            {
                jsonTexts[file] = json;
            }
            if (loaded is null)
            {
                var why = rows[^1];
                unreadable.Add(file);
                failures.Add(why);
                error.WriteLine($"{CliFiles.Printable(file)}: cannot be read ({why.Code}: {CliFiles.Printable(why.Message)}).");
                return;
            }
            // A plan read from JSON carries the places of the text it was imported from: its line and column are
            // those of the value in the JSON file, and the imported text's are kept apart as the source's.
            var locator = json is null ? null : new JsonPathLocator(json);
            rows.AddRange(validator.Validate(loaded).Select(d =>
            {
                var severity = d.Severity.ToString().ToLowerInvariant();
                if (locator is not null)
                {
                    var region = locator.FindNearest(d.Location.Path);
                    return new ValidationRow(file, d.Code, d.Rule.Name, severity, d.Location.Path, region?.StartLine, region?.StartColumn,
                        d.Message, d.MessageVietnamese, region?.EndLine, region?.EndColumn, d.Location.Line, d.Location.Column, kind);
                }
                var (endLine, endColumn) = End(text, d.Location.Start, d.Location.Length);
                return new ValidationRow(file, d.Code, d.Rule.Name, severity, d.Location.Path,
                    d.Location.Line, d.Location.Column, d.Message, d.MessageVietnamese, endLine, endColumn, Kind: kind);
            }));
        }

        // A progress bar on an interactive terminal when there are several files; a line per file otherwise.
        if (files.Count > 1 && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
        {
            ConsoleFactory.Create(error).Progress().Start(context =>
            {
                var task = context.AddTask("Validating plans", maxValue: files.Count);
                foreach (var file in files)
                {
                    ValidateOne(file);
                    task.Increment(1);
                }
            });
        }
        else
        {
            for (var i = 0; i < files.Count; i++)
            {
                ValidateOne(files[i]);
                if (files.Count > 1)
                {
                    error.WriteLine($"validated {i + 1}/{files.Count}: {files[i]}");
                }
            }
        }

        var exitCode = unreadable.Count > 0 ? VncpApp.ExitUnreadable
            : rows.Any(r => r.Severity == "error") ? VncpApp.ExitFindings : VncpApp.ExitOk;
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(rows.ToArray(), CliJsonContext.Readable.ValidationRowArray));
        }
        else if (format == "sarif")
        {
            // An unreadable file is a tool notification in SARIF, not a result: it is not a finding about the plan.
            var findings = rows.Where(r => !failures.Contains(r)).ToArray();
            var log = ValidationSarifLog.Build(
                files, findings, failures, missing, exitCode, rules, Directory.GetCurrentDirectory(), file => jsonTexts.GetValueOrDefault(file));
            output.WriteLine(JsonSerializer.Serialize(log, SarifJsonContext.Readable.SarifLog));
        }
        else
        {
            PrintTable(files, rows, output);
        }
        return exitCode;
    }

    // Reads one input into a plan, by what the file holds (not its extension): JSON plan documents directly, Word
    // documents through their text, text (UTF-8, UTF-16, Windows-1258, TCVN3) through the importer. What the reader or
    // importer reports is added to rows; a null plan means the file is unreadable, and then the last row says why. The
    // text is returned when it is the file's own text (not for Word or JSON), so that spans in it are places in the file;
    // a JSON plan's text is returned apart (its findings are placed by path).
    private static (PlanDocument? Plan, SourceText? Text, string? Json, PlanFileKind? Kind) Load(
        string file, PlanTextImporter importer, string importSeverity, List<ValidationRow> rows)
    {
        var read = CliFiles.ReadPlan(file);
        if (read.TryPickT2(out var io, out var readable))
        {
            rows.Add(new ValidationRow(file, "IO", "io", "error", "$", null, null, $"The file cannot be opened ({io}).",
                $"Không mở được tệp ({IoVietnamese(io)})."));
            return (null, null, null, null);
        }
        if (readable.TryPickT1(out var refused, out var found))
        {
            rows.Add(new ValidationRow(file, refused.Code, "file", "error", "$", null, null, refused.Message, refused.MessageVietnamese));
            return (null, null, null, null);
        }
        var (content, bytes) = found;
        switch (content.Kind)
        {
            case PlanFileKind.Word:
                var word = WordDocumentReader.Default.Read(bytes);
                if (word.TryPickT1(out var problem, out var document))
                {
                    rows.Add(new ValidationRow(file, problem.Code, "word", "error", "$", null, null, problem.Message, problem.MessageVietnamese, Kind: PlanFileKind.Word));
                    return (null, null, null, PlanFileKind.Word);
                }
                return (Import(file, document.Text, importer, importSeverity, rows, textIsFile: false, PlanFileKind.Word).Plan, null, null, PlanFileKind.Word);
            case PlanFileKind.Json:
                var parsed = PlanJson.Deserialize(content.Text!);
                if (parsed.TryPickT1(out var jsonError, out var plan))
                {
                    rows.Add(new ValidationRow(file, jsonError.Code, "json", "error", jsonError.Path, jsonError.Line, jsonError.Column,
                        jsonError.Message, jsonError.MessageVietnamese, Kind: PlanFileKind.Json));
                    return (null, null, null, PlanFileKind.Json);
                }
                return (plan, null, content.Text, PlanFileKind.Json);
            default:
                var imported = Import(file, content.Text!, importer, importSeverity, rows, textIsFile: true, PlanFileKind.Text);
                return (imported.Plan, imported.Source, null, PlanFileKind.Text);
        }
    }

    // The I/O failures as CliFiles.Describe words them, in Vietnamese.
    private static string IoVietnamese(string why) => why switch
    {
        "no such file" => "không có tệp",
        "access denied" => "không có quyền đọc",
        _ => "lỗi vào/ra",
    };

    // The line and column just after a span of the file's text, for the SARIF region's end; none for an empty span.
    private static (int? Line, int? Column) End(SourceText? text, int? start, int? length)
    {
        if (text is null || start is not { } from || length is not (> 0 and var count) || from + count > text.Text.Length)
        {
            return (null, null);
        }
        var (line, column) = text.GetLineAndColumn(from + count);
        return (line, column);
    }

    private static PlanImportResult Import(
        string file, string text, PlanTextImporter importer, string severity, List<ValidationRow> rows, bool textIsFile, PlanFileKind kind)
    {
        var imported = importer.Import(text);
        rows.AddRange(imported.Diagnostics.Select(d =>
        {
            var (endLine, endColumn) = End(textIsFile ? imported.Source : null, d.Source.Start, d.Source.Length);
            // A text without any plan is an error whatever the import severity: validating it must not pass.
            var level = d.Code == PlanTextImporter.NoPlanCode ? "error" : severity;
            return new ValidationRow(file, d.Code, "import", level, "$", d.Source.Line, d.Source.Column, d.Message, d.MessageVietnamese,
                endLine, endColumn, Kind: kind);
        }));
        return imported;
    }

    private static void PrintTable(List<string> files, List<ValidationRow> rows, TextWriter output)
    {
        var console = ConsoleFactory.Create(output);
        foreach (var file in files)
        {
            var mine = rows.Where(r => r.File == file).ToArray();
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(CliFiles.Printable(file))}[/]: {Summary(mine)}");
            if (mine.Length == 0)
            {
                continue;
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Line").AddColumn("Severity").AddColumn("Code").AddColumn("Rule").AddColumn("Message");
            foreach (var row in mine)
            {
                table.AddRow(
                    row.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    row.Severity,
                    row.Code,
                    Markup.Escape(row.Rule),
                    Markup.Escape(CliFiles.Printable(row.Message)));
            }
            console.Write(table);
        }
        console.WriteLine();
        console.MarkupLine(Summary(rows) + $" in {files.Count} file(s).");
    }

    private static string Summary(IReadOnlyCollection<ValidationRow> rows)
    {
        int Count(string severity) => rows.Count(r => r.Severity == severity);
        return rows.Count == 0 ? "no findings" : $"{Count("error")} error(s), {Count("warning")} warning(s), {Count("info")} info";
    }

    // The files to validate, each once: a file named twice (by another relative path, through a link, or also inside a
    // folder given) keeps its first name.
    private static (List<string> Files, List<string> Missing) Expand(string[] inputs)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string file)
        {
            if (seen.Add(CliFiles.Identity(file)))
            {
                files.Add(file);
            }
        }
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal))
                {
                    Add(file);
                }
            }
            else if (File.Exists(input))
            {
                Add(input);
            }
            else
            {
                missing.Add(input);
            }
        }
        return (files, missing);
    }
}
