using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;

namespace VnChildProtection.Cli.Commands;

/// <summary><c>vncp validate &lt;file|folder&gt;...</c>: imports and validates plan documents, prints the findings.</summary>
internal static class ValidateCommand
{
    private static readonly string[] Extensions = [".txt", ".md", ".docx"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Plan files (.txt, .md, .docx) or folders holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("validate", "Validate plan documents (Kế hoạch) and print their findings. Exit code: 0 clean, 1 errors found, 2 input unreadable.")
        {
            inputs,
            format,
        };
        command.SetAction(result => Run(result.GetValue(inputs) ?? [], result.GetValue(format) ?? "table", output, error));
        return command;
    }

    private static int Run(string[] inputs, string format, TextWriter output, TextWriter error)
    {
        var (files, unreadable) = Expand(inputs);
        foreach (var problem in unreadable)
        {
            error.WriteLine(problem);
        }
        var importer = new PlanTextImporter();
        var validator = new PlanValidator();
        var rows = new List<ValidationRow>();
        var progress = files.Count > 1 && format == "table" ? ConsoleFactory.Create(error) : null;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            string text;
            if (string.Equals(Path.GetExtension(file), ".docx", StringComparison.OrdinalIgnoreCase))
            {
                var word = WordDocumentReader.Default.Read(file);
                if (word.TryPickT1(out var problem, out var document))
                {
                    unreadable.Add($"{file}: {problem}");
                    error.WriteLine($"{file}: cannot be read ({problem}).");
                    continue;
                }
                text = document.Text;
            }
            else
            {
                try
                {
                    text = VncpApp.ReadText(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    unreadable.Add($"{file}: {e.Message}");
                    error.WriteLine($"{file}: cannot be read ({e.GetType().Name}).");
                    continue;
                }
            }
            var imported = importer.Import(text);
            rows.AddRange(imported.Diagnostics.Select(d => new ValidationRow(file, d.Code, "import", "warning", "$", d.Source.Line, d.Source.Column, d.Message, d.Message)));
            rows.AddRange(validator.Validate(imported.Plan).Select(d => new ValidationRow(
                file, d.Code, d.Rule.Name, d.Severity.ToString().ToLowerInvariant(), d.Location.Path, d.Location.Line, d.Location.Column, d.Message, d.MessageVietnamese)));
            progress?.MarkupLine($"[grey]validated {i + 1}/{files.Count}: {Markup.Escape(file)}[/]");
        }

        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(rows.ToArray(), CliJsonContext.Default.ValidationRowArray));
        }
        else
        {
            PrintTable(files, rows, output);
        }

        if (unreadable.Count > 0)
        {
            return VncpApp.ExitUnreadable;
        }
        return rows.Any(r => r.Severity == "error") ? VncpApp.ExitFindings : VncpApp.ExitOk;
    }

    private static void PrintTable(List<string> files, List<ValidationRow> rows, TextWriter output)
    {
        var console = ConsoleFactory.Create(output);
        foreach (var file in files)
        {
            var mine = rows.Where(r => r.File == file).ToArray();
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(file)}[/]: {Summary(mine)}");
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
                    Markup.Escape(row.Message));
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

    private static (List<string> Files, List<string> Unreadable) Expand(string[] inputs)
    {
        var files = new List<string>();
        var unreadable = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                unreadable.Add($"{input}: no such file or folder.");
            }
        }
        return (files, unreadable);
    }
}
