using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Domain.Calendars.ICalendar;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Cli.Commands;

/// <summary><c>vncp calendar --year YYYY [--format table|json|ics]</c>: the default reporting schedule of a year.</summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, SystemClock.Instance);

    /// <summary>The command with the clock that stamps iCalendar output (a fake clock in tests).</summary>
    public static Command Create(TextWriter output, TextWriter error, IClock clock)
    {
        var year = new Option<int>("--year")
        {
            Description = $"The reporting year, {ReportingCalendar.MinYear}–{ReportingCalendar.MaxYear}.",
            Required = true,
        };
        year.Validators.Add(result =>
        {
            // A token that is not a number is reported by the parser itself; reading it here would throw.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                && (value < ReportingCalendar.MinYear || value > ReportingCalendar.MaxYear))
            {
                result.AddError($"--year must be in {ReportingCalendar.MinYear}–{ReportingCalendar.MaxYear}.");
            }
        });
        var format = new Option<string>("--format")
        {
            Description = "Output format: table, json (camelCase fields) or ics (iCalendar, RFC 5545).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "ics");
        var command = new Command("calendar", "Print the default reporting schedule (lịch báo cáo) of a year: reports per tier with due dates moved off days off, plan deadlines and events.")
        {
            year,
            format,
        };
        command.SetAction(result => Run(result.GetValue(year), result.GetValue(format) ?? "table", clock, output));
        return command;
    }

    private static int Run(int year, string format, IClock clock, TextWriter output)
    {
        var schedule = ReportingCalendar.Default.GetSchedule(year);
        switch (format)
        {
            case "ics":
                new ICalendarWriter().WriteTo(output, schedule, clock.GetCurrentInstant());
                break;
            case "json":
                output.WriteLine(JsonSerializer.Serialize(schedule.Entries.Select(ToRow).ToArray(), CliJsonContext.Readable.CalendarRowArray));
                break;
            default:
                PrintTable(schedule, output);
                break;
        }
        return VncpApp.ExitOk;
    }

    private static void PrintTable(ReportingSchedule schedule, TextWriter output)
    {
        var console = ConsoleFactory.Create(output);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Lịch báo cáo công tác trẻ em {schedule.Year} (reporting calendar)")
            .AddColumn("Date").AddColumn("Due (adjusted)").AddColumn("Tier").AddColumn("Report / event").AddColumn("Data window");
        foreach (var entry in schedule.Entries)
        {
            var row = ToRow(entry);
            string date = row.EndDate == row.Date ? row.Date : row.Date + " – " + row.EndDate;
            string due = row.DueDate is null ? "" : row.Adjusted ? $"{row.DueDate} (from {row.RawDueDate})" : row.DueDate;
            string window = row.WindowStart is null ? "" : row.WindowStart + " – " + row.WindowEnd;
            // The tier has its own column: name the report and its period only.
            string name = entry is ReportOccurrence r ? r.Definition.Title + " – " + r.Period.ToVietnameseString() : entry.Title;
            if (row.Verification is { } status && status != "Verified")
            {
                name += " †";
            }
            table.AddRow(date, due, Markup.Escape(row.TierVi ?? ""), Markup.Escape(name), window);
        }
        console.Write(table);
        console.MarkupLine($"{schedule.Reports.Count()} report(s), {schedule.Deadlines.Count()} deadline(s), {schedule.Events.Count()} event(s). Ad hoc reports (báo cáo đột xuất) are due on request and not listed.");
        // Written unwrapped: a source is one line, so that it can be copied and searched.
        foreach (var verification in schedule.Reports.Select(r => r.Definition.Verification).OfType<SourceVerification>().Where(v => !v.IsVerified).Distinct())
        {
            output.WriteLine("† " + verification.Status.Name + ": " + verification.Source + (verification.Location is null ? "" : " <" + verification.Location + ">"));
        }
    }

    private static CalendarRow ToRow(ScheduleEntry entry) => entry switch
    {
        ReportOccurrence r => new CalendarRow(r.Id, "report", Iso(r.Start), Iso(r.End), Iso(r.DueDate), Iso(r.RawDueDate), r.IsAdjusted,
            r.Tier.Name.ToLowerInvariant(), r.Tier.VietnameseName, r.Title, r.EnglishTitle, r.Period.ToString(),
            r.DataWindow is { } w ? Iso(w.Start) : null, r.DataWindow is { } w2 ? Iso(w2.End) : null,
            r.Definition.Verification?.Status.Name, r.Definition.Verification?.Source),
        DeadlineOccurrence d => new CalendarRow(d.Id, "deadline", Iso(d.Start), Iso(d.End), Iso(d.DueDate), Iso(d.RawDueDate), d.IsAdjusted,
            d.PlanDeadline.Tier?.Name.ToLowerInvariant(), d.PlanDeadline.Tier?.VietnameseName, d.Title, d.EnglishTitle, null, null, null, null, null),
        _ => new CalendarRow(entry.Id, "event", Iso(entry.Start), Iso(entry.End), null, null, false, null, null, entry.Title, entry.EnglishTitle, null, null, null, null, null),
    };

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
