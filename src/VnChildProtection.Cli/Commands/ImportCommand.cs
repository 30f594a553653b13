using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Documents.Evaluation;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp import &lt;file&gt; [--format summary|json|report]</c>: imports a plan and prints the draft model;
/// <c>vncp import --evaluate &lt;folder&gt; [--gold &lt;folder&gt;] [--details]</c>: imports every <c>&lt;name&gt;.txt</c> or
/// <c>&lt;name&gt;.md</c> that has a <c>&lt;name&gt;.gold.json</c> and prints precision and recall per category; a folder
/// split into sub-folders (<c>dev/</c>, <c>holdout/</c>) is scored per split, side by side.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string?>("file")
        {
            Description = "The plan file to import: text or Markdown (UTF-8, or Windows-1258/TCVN3 Vietnamese), a .docx Word document, or a plan document in JSON; the kind is read from the content.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format of an import: summary (a table), json (the plan document, as vncp validate reads it), report (the plan with import diagnostics and confidence).",
            DefaultValueFactory = _ => "summary",
        };
        format.AcceptOnlyFromAmong("summary", "json", "report");
        var evaluate = new Option<string?>("--evaluate")
        {
            Description = "A folder of <name>.txt or <name>.md plans with <name>.gold.json annotations (or of sub-folders such as dev/ and holdout/): print precision and recall, per split side by side.",
        };
        var gold = new Option<string?>("--gold")
        {
            Description = "The folder of the <name>.gold.json files, when not beside the texts.",
        };
        var details = new Option<bool>("--details")
        {
            Description = "With --evaluate: list the missed and spurious items.",
        };
        var command = new Command("import", "Import a plan document (Kế hoạch) into the plan model, or measure import quality against gold annotations. Exit code: 0 done, 2 input unreadable.")
        {
            file,
            format,
            evaluate,
            gold,
            details,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(evaluate) is { } folder)
            {
                return Evaluate(folder, result.GetValue(gold) ?? folder, result.GetValue(details), output, error);
            }
            if (result.GetValue(file) is { } path)
            {
                return Import(path, result.GetValue(format) ?? "summary", output, error);
            }
            error.WriteLine("Give a plan file, or --evaluate <folder>.");
            return VncpApp.ExitUnreadable;
        });
        return command;
    }

    private static int Import(string path, string format, TextWriter output, TextWriter error)
    {
        // The file is read as `vncp validate` reads it, by what it holds: a Word document through its text (numbering
        // included), a plan document in JSON as it is, text through the importer; anything else is refused.
        var shown = CliFiles.Printable(path);
        var read = CliFiles.ReadPlan(path);
        if (read.TryPickT2(out var io, out var readable))
        {
            error.WriteLine($"{shown}: cannot be read ({io}).");
            return VncpApp.ExitUnreadable;
        }
        if (readable.TryPickT1(out var refused, out var found))
        {
            error.WriteLine($"{shown}: cannot be read ({refused.Code}: {refused.Message}).");
            return VncpApp.ExitUnreadable;
        }
        var (content, bytes) = found;
        PlanImportResult result;
        if (content.Kind == PlanFileKind.Json)
        {
            var parsed = PlanJson.Deserialize(content.Text!);
            if (parsed.TryPickT1(out var jsonError, out var plan))
            {
                error.WriteLine($"{shown}({jsonError.Line},{jsonError.Column}): {jsonError.Code}: {CliFiles.Printable(jsonError.Message)}");
                return VncpApp.ExitUnreadable;
            }
            result = new PlanImportResult { Plan = plan, Source = new SourceText(content.Text!) };
        }
        else
        {
            var text = content.Text;
            if (content.Kind == PlanFileKind.Word)
            {
                var word = WordDocumentReader.Default.Read(bytes);
                if (word.TryPickT1(out var problem, out var document))
                {
                    error.WriteLine($"{shown}: cannot be read ({problem.Code}: {problem.Message}).");
                    return VncpApp.ExitUnreadable;
                }
                text = document.Text;
            }
            result = new PlanTextImporter().Import(text!);
        }
        if (result.Diagnostics.FirstOrDefault(d => d.Code == PlanTextImporter.NoPlanCode) is { } none)
        {
            error.WriteLine($"{shown}: {none.Code}: {none.Message}");
            return VncpApp.ExitUnreadable;
        }
        if (format == "json")
        {
            // The plan alone, as `vncp validate` and PlanJson.Deserialize read it; what could not be read goes to stderr.
            output.WriteLine(PlanJson.Serialize(result.Plan));
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine($"{shown}:{diagnostic.Source.Line}:{diagnostic.Source.Column}: {diagnostic.Code}: {CliFiles.Printable(diagnostic.Message)}");
            }
        }
        else if (format == "report")
        {
            output.WriteLine(ImportReportWriter.Write(result));
        }
        else
        {
            PrintSummary(shown, result, output);
        }
        return VncpApp.ExitOk;
    }

    private static void PrintSummary(string path, PlanImportResult result, TextWriter output)
    {
        var plan = result.Plan;
        var header = plan.Header;
        var console = ConsoleFactory.Create(output);
        console.MarkupLine($"[bold]{Markup.Escape(path)}[/]");
        console.MarkupLine(Markup.Escape($"Số {header.Number ?? "?"} · {header.Place ?? "?"}, {header.IssueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? header.IssueYear?.ToString(CultureInfo.InvariantCulture) ?? "?"}{(header.IsDraft ? " · dự thảo (draft)" : "")}"));
        console.MarkupLine(Markup.Escape($"{header.Title ?? "(no title)"}{(header.Signer is { } signer ? " · " + signer : "")}"));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{plan.LegalBases.Count} legal bases, {plan.References.Count} references, {plan.Sections.Count} sections, {plan.Objectives.Count} objectives, {plan.Indicators.Count} indicators, {plan.Tasks.Count} tasks, {plan.Responsibilities.Count} responsibilities, {plan.Budget.Count} budget lines, {Dated(plan)} deadlines, {plan.Reporting.Count - Dated(plan)} undated reporting duties, {plan.Units.Count} unit mentions, {result.Diagnostics.Count} import diagnostics")));
        if (plan.Indicators.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Line").AddColumn("Indicator").AddColumn("Measure").AddColumn("Target");
            foreach (var indicator in plan.Indicators)
            {
                foreach (var target in indicator.Targets.DefaultIfEmpty())
                {
                    table.AddRow(
                        (target?.Source ?? indicator.Source)?.Line.ToString(CultureInfo.InvariantCulture) ?? "",
                        string.Create(CultureInfo.InvariantCulture, $"{(indicator.Objective is { } o ? o + "." : "")}{indicator.Number}"),
                        target?.Measure?.ToString() ?? "",
                        Markup.Escape(target?.Target?.ToString() ?? (target is null ? "" : "(unread) " + Shorten(target.Text))));
                }
            }
            console.Write(table);
        }
        if (plan.Responsibilities.Any(r => r.Indicators.Count > 0))
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Line").AddColumn("Agency").AddColumn("Role").AddColumn("Indicators");
            foreach (var responsibility in plan.Responsibilities.Where(r => r.Indicators.Count > 0))
            {
                table.AddRow(responsibility.Source?.Line.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(responsibility.AgencyId ?? responsibility.Agency),
                    responsibility.Role.VietnameseName, string.Join(", ", responsibility.Indicators));
            }
            console.Write(table);
        }
        if (plan.Reporting.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Line").AddColumn("Due").AddColumn("Report").AddColumn("Tier").AddColumn("To");
            foreach (var deadline in plan.Reporting)
            {
                table.AddRow(deadline.Source?.Line.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(DueText(deadline)),
                    Markup.Escape(deadline.Report ?? ""), deadline.Tier?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(deadline.Recipient is null ? "" : deadline.Via is null ? deadline.Recipient : $"{deadline.Recipient} (qua {deadline.Via})"));
            }
            console.Write(table);
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            console.MarkupLine(Markup.Escape(CliFiles.Printable(diagnostic.ToString())));
        }
    }

    private static int Evaluate(string folder, string goldFolder, bool details, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder) || !Directory.Exists(goldFolder))
        {
            error.WriteLine($"{(Directory.Exists(folder) ? goldFolder : folder)}: no such folder.");
            return VncpApp.ExitUnreadable;
        }
        // A corpus split into sub-folders (dev/, holdout/) is scored per split, side by side.
        var splits = Directory.EnumerateDirectories(folder).OrderBy(f => f, StringComparer.Ordinal)
            .Select(d => (Name: Path.GetFileName(d), Text: d, Gold: Path.Combine(goldFolder, Path.GetFileName(d))))
            .Where(s => Directory.Exists(s.Gold) && Directory.EnumerateFiles(s.Gold, "*.gold.json").Any())
            .ToList();
        if (splits.Count == 0)
        {
            splits.Add((Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), folder, goldFolder));
        }
        var corpora = new List<(string Name, CorpusEvaluation Corpus)>();
        foreach (var split in splits)
        {
            var evaluations = new List<DocumentEvaluation>();
            var importer = new PlanTextImporter();
            foreach (var text in Directory.EnumerateFiles(split.Text).Where(IsPlanText).OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(text);
                var goldPath = Path.Combine(split.Gold, name + ".gold.json");
                if (!File.Exists(goldPath))
                {
                    continue;
                }
                var parsed = GoldAnnotation.Parse(VncpApp.ReadText(goldPath));
                if (!parsed.TryPickT0(out var annotation, out var problem))
                {
                    error.WriteLine($"{goldPath}: {problem}");
                    return VncpApp.ExitUnreadable;
                }
                evaluations.Add(ImportEvaluator.Evaluate(name, importer.Import(VncpApp.ReadText(text)).Plan, annotation));
            }
            if (evaluations.Count > 0)
            {
                corpora.Add((split.Name, ImportEvaluator.Combine(evaluations)));
            }
        }
        if (corpora.Count == 0)
        {
            error.WriteLine($"{folder}: no <name>.txt or <name>.md with a <name>.gold.json in {goldFolder}.");
            return VncpApp.ExitUnreadable;
        }
        var console = ConsoleFactory.Create(output);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Split").AddColumn("Document").AddColumn("Category").AddColumn("Expected").AddColumn("Extracted").AddColumn("Matched").AddColumn("Precision").AddColumn("Recall");
        foreach (var (name, corpus) in corpora)
        {
            foreach (var document in corpus.Documents)
            {
                foreach (var score in document.Scores)
                {
                    AddRow(table, Markup.Escape(name), Markup.Escape(document.Document), score);
                }
            }
            foreach (var score in corpus.Overall)
            {
                AddRow(table, Markup.Escape(name), "[bold]overall[/]", score);
            }
        }
        console.Write(table);
        if (corpora.Count > 1)
        {
            var sideBySide = new Table().Border(TableBorder.Rounded).AddColumn("Category");
            foreach (var (name, _) in corpora)
            {
                sideBySide.AddColumn(Markup.Escape(name + " P")).AddColumn(Markup.Escape(name + " R"));
            }
            foreach (var category in Enum.GetValues<EvaluationCategory>())
            {
                var cells = new List<string> { category.ToString() };
                foreach (var (_, corpus) in corpora)
                {
                    var score = corpus[category];
                    cells.Add(Percent(score.Precision) + Markup.Escape($" ({score.Matched}/{score.Extracted})"));
                    cells.Add(Percent(score.Recall) + Markup.Escape($" ({score.Matched}/{score.Expected})"));
                }
                sideBySide.AddRow(cells.ToArray());
            }
            console.Write(sideBySide);
        }
        if (details)
        {
            foreach (var (name, corpus) in corpora)
            {
                foreach (var score in corpus.Overall)
                {
                    foreach (var missed in score.Missed)
                    {
                        console.MarkupLine(Markup.Escape($"{name} missed   {score.Category}: {missed}"));
                    }
                    foreach (var spurious in score.Spurious)
                    {
                        console.MarkupLine(Markup.Escape($"{name} spurious {score.Category}: {spurious}"));
                    }
                }
            }
        }
        return VncpApp.ExitOk;
    }

    private static bool IsPlanText(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);

    private static void AddRow(Table table, string split, string document, CategoryScore score) =>
        table.AddRow(split, document, score.Category.ToString(), Number(score.Expected), Number(score.Extracted), Number(score.Matched),
            score.Precision.ToString("P1", CultureInfo.InvariantCulture), score.Recall.ToString("P1", CultureInfo.InvariantCulture));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    // Deadlines with a day, a date or a time limit; the rest are duties to report to a body with no date of their own.
    private static int Dated(PlanDocument plan) => plan.Reporting.Count(d => d.Due is not null || d.DueDate is not null || d.Within is not null);

    private static string DueText(PlanReportingDeadline deadline) =>
        deadline.Due is { } due ? string.Create(CultureInfo.InvariantCulture, $"{due.Day}/{due.Month}")
        : deadline.DueDate is { } date ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : deadline.Within is { } within ? (deadline.CountedFrom is { } from ? $"{within} kể từ {from}" : within.ToString())
        : deadline.Recipient is not null ? "–"
        : deadline.Text;

    /// <summary>
    /// Writes an import report as JSON: the plan (exactly as <see cref="PlanJson.Serialize"/> writes it), the import
    /// diagnostics and the confidence of each heuristic extraction.
    /// </summary>
    internal static class ImportReportWriter
    {
        public static string Write(PlanImportResult result)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WritePropertyName("plan");
                json.WriteRawValue(PlanJson.SerializeToUtf8Bytes(result.Plan, indented: false));
                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in result.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("code", diagnostic.Code);
                    json.WriteString("message", diagnostic.Message);
                    json.WriteNumber("line", diagnostic.Source.Line);
                    json.WriteNumber("column", diagnostic.Source.Column);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("confidence");
                foreach (var item in result.Items)
                {
                    json.WriteStartObject();
                    json.WriteString("path", item.Path);
                    json.WriteNumber("confidence", item.Confidence);
                    json.WriteString("reason", item.Reason);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
