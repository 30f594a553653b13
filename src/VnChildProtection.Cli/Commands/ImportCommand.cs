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
using VnChildProtection.Domain.Plans;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp import &lt;file&gt; [--format json|summary]</c>: imports a plan and prints the draft model;
/// <c>vncp import --evaluate &lt;folder&gt; [--gold &lt;folder&gt;] [--details]</c>: imports every <c>&lt;name&gt;.txt</c> that has a
/// <c>&lt;name&gt;.gold.json</c> and prints precision and recall per category.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string?>("file")
        {
            Description = "The plan file (.txt, .md) to import.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format of an import.",
            DefaultValueFactory = _ => "summary",
        };
        format.AcceptOnlyFromAmong("summary", "json");
        var evaluate = new Option<string?>("--evaluate")
        {
            Description = "A folder of <name>.txt plans with <name>.gold.json annotations: print precision and recall.",
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
        string text;
        try
        {
            text = VncpApp.ReadText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot be read ({e.GetType().Name}).");
            return VncpApp.ExitUnreadable;
        }
        var result = new PlanTextImporter().Import(text);
        if (format == "json")
        {
            output.WriteLine(PlanJsonWriter.Write(result));
        }
        else
        {
            PrintSummary(path, result, output);
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
            $"{plan.LegalBases.Count} legal bases, {plan.References.Count} references, {plan.Sections.Count} sections, {plan.Objectives.Count} objectives, {plan.Indicators.Count} indicators, {plan.Tasks.Count} tasks, {plan.Responsibilities.Count} responsibilities, {plan.Budget.Count} budget lines, {plan.Reporting.Count} deadlines, {plan.Units.Count} unit mentions, {result.Diagnostics.Count} import diagnostics")));
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
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Line").AddColumn("Due").AddColumn("Report").AddColumn("Tier");
            foreach (var deadline in plan.Reporting)
            {
                table.AddRow(deadline.Source?.Line.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(DueText(deadline)),
                    Markup.Escape(deadline.Report ?? ""), deadline.Tier?.ToString(CultureInfo.InvariantCulture) ?? "");
            }
            console.Write(table);
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            console.MarkupLine(Markup.Escape(diagnostic.ToString()));
        }
    }

    private static int Evaluate(string folder, string goldFolder, bool details, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder) || !Directory.Exists(goldFolder))
        {
            error.WriteLine($"{(Directory.Exists(folder) ? goldFolder : folder)}: no such folder.");
            return VncpApp.ExitUnreadable;
        }
        var importer = new PlanTextImporter();
        var evaluations = new List<DocumentEvaluation>();
        foreach (var text in Directory.EnumerateFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(text);
            var goldPath = Path.Combine(goldFolder, name + ".gold.json");
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
        if (evaluations.Count == 0)
        {
            error.WriteLine($"{folder}: no <name>.txt with a <name>.gold.json in {goldFolder}.");
            return VncpApp.ExitUnreadable;
        }
        var corpus = ImportEvaluator.Combine(evaluations);
        var console = ConsoleFactory.Create(output);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Document").AddColumn("Category").AddColumn("Expected").AddColumn("Extracted").AddColumn("Matched").AddColumn("Precision").AddColumn("Recall");
        foreach (var document in corpus.Documents)
        {
            foreach (var score in document.Scores)
            {
                AddRow(table, document.Document, score);
            }
        }
        foreach (var score in corpus.Overall)
        {
            AddRow(table, "[bold]overall[/]", score);
        }
        console.Write(table);
        if (details)
        {
            foreach (var score in corpus.Overall)
            {
                foreach (var missed in score.Missed)
                {
                    console.MarkupLine(Markup.Escape($"missed   {score.Category}: {missed}"));
                }
                foreach (var spurious in score.Spurious)
                {
                    console.MarkupLine(Markup.Escape($"spurious {score.Category}: {spurious}"));
                }
            }
        }
        return VncpApp.ExitOk;
    }

    private static void AddRow(Table table, string document, CategoryScore score) =>
        table.AddRow(document, score.Category.ToString(), Number(score.Expected), Number(score.Extracted), Number(score.Matched),
            score.Precision.ToString("P1", CultureInfo.InvariantCulture), score.Recall.ToString("P1", CultureInfo.InvariantCulture));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string DueText(PlanReportingDeadline deadline) =>
        deadline.Due is { } due ? string.Create(CultureInfo.InvariantCulture, $"{due.Day}/{due.Month}")
        : deadline.DueDate is { } date ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : deadline.Text;

    /// <summary>
    /// Writes an import result as JSON (camelCase, spans as objects, targets in their Vietnamese and English text). A
    /// stand-in until <c>PlanJson.Serialize</c> of the domain library is available here; the <c>plan</c> property is
    /// the part that will be replaced.
    /// </summary>
    internal static class PlanJsonWriter
    {
        public static string Write(PlanImportResult result)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WritePropertyName("plan");
                Plan(json, result.Plan);
                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in result.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("code", diagnostic.Code);
                    json.WriteString("message", diagnostic.Message);
                    Span(json, "source", diagnostic.Source);
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

        private static void Plan(Utf8JsonWriter json, PlanDocument plan)
        {
            var header = plan.Header;
            json.WriteStartObject();
            json.WriteStartObject("header");
            json.WriteString("number", header.Number);
            json.WriteString("issuer", header.Issuer);
            json.WriteString("place", header.Place);
            json.WriteString("issueDate", header.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (header.IssueYear is { } year)
            {
                json.WriteNumber("issueYear", year);
            }
            else
            {
                json.WriteNull("issueYear");
            }
            json.WriteString("title", header.Title);
            json.WriteString("signer", header.Signer);
            json.WriteBoolean("isDraft", header.IsDraft);
            Span(json, "numberSource", header.NumberSource);
            Span(json, "dateSource", header.DateSource);
            json.WriteEndObject();
            Array(json, "legalBases", plan.LegalBases, (j, c) => { j.WriteString("text", c.Text); Span(j, "source", c.Source); });
            Array(json, "references", plan.References, (j, c) => { j.WriteString("text", c.Text); Span(j, "source", c.Source); });
            Array(json, "sections", plan.Sections, (j, s) => { j.WriteString("number", s.Number); j.WriteString("title", s.Title); j.WriteNumber("level", s.Level); Span(j, "source", s.Source); });
            Array(json, "objectives", plan.Objectives, (j, o) => { j.WriteNumber("number", o.Number); j.WriteString("title", o.Title); Span(j, "source", o.Source); });
            Array(json, "indicators", plan.Indicators, (j, i) =>
            {
                j.WriteNumber("number", i.Number);
                if (i.Objective is { } objective)
                {
                    j.WriteNumber("objective", objective);
                }
                else
                {
                    j.WriteNull("objective");
                }
                j.WriteString("text", i.Text);
                Array(j, "targets", i.Targets, (k, t) =>
                {
                    k.WriteString("text", t.Text);
                    k.WriteString("measure", t.Measure?.ToString());
                    k.WriteString("target", t.Target?.ToString());
                    k.WriteString("targetEnglish", t.Target?.ToEnglishString());
                    Span(k, "source", t.Source);
                });
                Span(j, "source", i.Source);
            });
            Array(json, "tasks", plan.Tasks, (j, t) => { j.WriteString("number", t.Number); j.WriteString("title", t.Title); Span(j, "source", t.Source); });
            Array(json, "responsibilities", plan.Responsibilities, (j, r) =>
            {
                j.WriteString("agency", r.Agency);
                j.WriteString("agencyId", r.AgencyId);
                j.WriteString("role", r.Role.Name);
                j.WriteStartArray("indicators");
                foreach (var n in r.Indicators)
                {
                    j.WriteNumberValue(n);
                }
                j.WriteEndArray();
                j.WriteString("task", r.Task);
                Span(j, "source", r.Source);
            });
            Array(json, "budget", plan.Budget, (j, b) =>
            {
                j.WriteString("text", b.Text);
                j.WriteString("amount", b.Amount?.ToString());
                j.WriteString("level", b.Level);
                Span(j, "source", b.Source);
            });
            Array(json, "reporting", plan.Reporting, (j, d) =>
            {
                j.WriteString("text", d.Text);
                j.WriteString("report", d.Report);
                if (d.Tier is { } tier)
                {
                    j.WriteNumber("tier", tier);
                }
                else
                {
                    j.WriteNull("tier");
                }
                j.WriteString("due", d.Due is { } due ? string.Create(CultureInfo.InvariantCulture, $"--{due.Month:00}-{due.Day:00}") : null);
                j.WriteString("dueDate", d.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Span(j, "source", d.Source);
            });
            Array(json, "units", plan.Units, (j, u) => { j.WriteString("name", u.Name); j.WriteString("code", u.Code); Span(j, "source", u.Source); });
            json.WriteEndObject();
        }

        private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
        {
            json.WriteStartArray(name);
            foreach (var item in items)
            {
                json.WriteStartObject();
                write(json, item);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        private static void Span(Utf8JsonWriter json, string name, SourceSpan? span)
        {
            if (span is null)
            {
                json.WriteNull(name);
                return;
            }
            json.WriteStartObject(name);
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteNumber("line", span.Line);
            json.WriteNumber("column", span.Column);
            json.WriteEndObject();
        }
    }
}
