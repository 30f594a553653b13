using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp workflow diagram</c> prints the Mermaid diagram of the intervention workflow;
/// <c>vncp workflow deadlines --received &lt;yyyy-MM-ddTHH:mm&gt; [--emergency]</c> prints its statutory time limits.
/// </summary>
internal static class WorkflowCommand
{
    private static readonly LocalDateTimePattern ReceivedPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    // Vietnamese letters and '+' stay readable in the JSON: the output is for people and UTF-8 tools, not HTML.
    private static readonly CliJsonContext Json = CliJsonContext.Readable;
    private static readonly OffsetDateTimePattern IsoOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:sso<m>");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var diagram = new Command("diagram", "Print the case workflow of Decree 56/2017/NĐ-CP as a Mermaid stateDiagram-v2.");
        diagram.SetAction(_ =>
        {
            output.Write(WorkflowDiagram.ToMermaid(WorkflowDefinition.Default));
            return VncpApp.ExitOk;
        });

        var received = new Option<string>("--received")
        {
            Description = "When the report was received, local time in Vietnam: yyyy-MM-ddTHH:mm.",
            Required = true,
        };
        var emergency = new Option<bool>("--emergency")
        {
            Description = "The initial assessment finds serious harm (12 hours; the working-day limits of art. 28 do not apply).",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var deadlines = new Command("deadlines",
            "Print the statutory time limits of a case received at a given time, assessed the same day, each step taken on its due date.")
        {
            received,
            emergency,
            format,
        };
        deadlines.SetAction(result => Deadlines(result.GetValue(received) ?? string.Empty, result.GetValue(emergency), result.GetValue(format) ?? "table", output, error));

        return new Command("workflow", "The intervention workflow (Decree 56/2017/NĐ-CP art. 25–32): diagram and statutory deadlines.")
        {
            diagram,
            deadlines,
        };
    }

    private static int Deadlines(string receivedText, bool emergency, string format, TextWriter output, TextWriter error)
    {
        var parsed = ReceivedPattern.Parse(receivedText.Trim());
        if (!parsed.Success)
        {
            error.WriteLine("--received must be a local date-time yyyy-MM-ddTHH:mm, such as 2025-04-29T09:00.");
            return VncpApp.ExitUnreadable;
        }
        var zone = Deadline.VietnamTimeZone;
        var receivedAt = parsed.Value.InZoneLeniently(zone).ToInstant();
        if (!CaseWorkflow.Default.Timetable(receivedAt, emergency).TryPickT0(out var timetable, out var refused))
        {
            // Only a definition table without the procedure's steps refuses them; the default table never does.
            error.WriteLine($"The workflow table refuses a step of the timetable: {refused}");
            return VncpApp.ExitFindings;
        }
        var rows = timetable
            .Select(o => new WorkflowDeadlineRow(
                o.Obligation.Name,
                o.Citation,
                CaseWorkflow.Default.Definition.RuleFor(o.Obligation).TimeLimit.ToEnglishString(),
                IsoOffset.Format(o.Start.InZone(zone).ToOffsetDateTime()),
                IsoOffset.Format(o.Deadline.Due.InZone(zone).ToOffsetDateTime()),
                o.Deadline.DueDate is { } day ? LocalDatePattern.Iso.Format(day) : null))
            .ToArray();

        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(rows, Json.WorkflowDeadlineRowArray));
            return VncpApp.ExitOk;
        }
        var console = ConsoleFactory.Create(output);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Obligation").AddColumn("Article").AddColumn("Period").AddColumn("From").AddColumn("Due (Vietnam)");
        foreach (var row in rows)
        {
            var due = row.LastDay is { } lastDay
                ? "end of " + LocalDatePattern.Iso.Parse(lastDay).Value.DayOfWeek.ToString()[..3] + " " + lastDay
                : row.Due[..16].Replace('T', ' ');
            table.AddRow(row.Obligation, Markup.Escape(row.Article), row.Period, row.Start[..16].Replace('T', ' '), due);
        }
        console.MarkupLine($"Case received {Markup.Escape(ReceivedPattern.Format(parsed.Value))} (Asia/Ho_Chi_Minh){(emergency ? ", emergency" : string.Empty)}:");
        console.Write(table);
        if (emergency)
        {
            console.MarkupLine("The 5- and 2-working-day limits of art. 28.1 and 28.4 do not apply in an emergency.");
        }
        return VncpApp.ExitOk;
    }
}
