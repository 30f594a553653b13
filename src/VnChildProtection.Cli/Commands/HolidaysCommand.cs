using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp holidays &lt;year&gt; [--format table|json]</c>: the days of a year that break the ordinary week of the civil
/// service (<see cref="WorkingDayCalendar.Default"/>): holidays, compensatory and swapped days off, Saturdays worked.
/// </summary>
internal static class HolidaysCommand
{
    private static readonly CliJsonContext Json = CliJsonContext.Readable;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var year = new Argument<string>("year") { Description = "The Gregorian year, 1900–2100.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format")
        {
            Description = "Output format: table or json.",
            DefaultValueFactory = _ => "table",
        };
        var command = new Command("holidays", "List the public holidays (ngày nghỉ lễ, tết), compensatory and swapped days off and the Saturdays worked of a year. Exit code 2 on bad input.")
        {
            year,
            format,
        };
        command.SetAction(result => Run(result.GetValue(year), result.GetValue(format) ?? "table", output, error));
        return command;
    }

    private static int Run(string? yearText, string format, TextWriter output, TextWriter error)
    {
        if (yearText is null)
        {
            error.WriteLine("year: required. Usage: vncp holidays <year> [--format table|json]");
            return CliInput.ExitBadInput;
        }
        if (!CliInput.TryParseInt(yearText, "year", 1900, 2100, error, out int year) || !CliInput.IsFormat(format, error, "table", "json"))
        {
            return CliInput.ExitBadInput;
        }
        var rows = Rows(WorkingDayCalendar.Default, year);
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(rows.ToArray(), Json.HolidayRowArray));
            return VncpApp.ExitOk;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Date").AddColumn("Day").AddColumn("Kind").AddColumn("Loại ngày").AddColumn("Holiday").AddColumn("Ngày lễ").AddColumn("Verification");
        foreach (var row in rows)
        {
            table.AddRow(row.Date, row.DayOfWeek, row.Kind, row.KindVi, Markup.Escape(row.NameEn ?? "—"), Markup.Escape(row.NameVi ?? "—"), row.Verification);
        }
        var console = ConsoleFactory.Create(output);
        console.Write(table);
        foreach (var source in rows.Select(r => r.Source).Distinct())
        {
            console.MarkupLine("Source: " + Markup.Escape(source));
        }
        foreach (var row in rows.DistinctBy(r => (r.Verification, r.VerificationSource, r.VerificationLocation)))
        {
            // Written unwrapped: a source is one line, so that it can be copied and searched.
            output.WriteLine("Verification " + row.Verification + ": " + row.VerificationSource
                + (row.VerificationLocation is null ? "" : " <" + row.VerificationLocation + ">"));
        }
        return VncpApp.ExitOk;
    }

    // Every date of the year asked of the calendar itself, so that days moved across New Year from the neighbouring
    // year's schedule are listed under the year they fall in, and nothing the calendar decides is missed.
    private static List<HolidayRow> Rows(WorkingDayCalendar calendar, int year)
    {
        var rows = new List<HolidayRow>();
        for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            var day = calendar.GetDay(date);
            var verification = VerificationOf(calendar, date);
            bool restDay = calendar.WeeklyRestDays.Contains(date.DayOfWeek);
            bool special = day.Kind != DayKind.WorkingDay && day.Kind != DayKind.WeeklyRestDay;
            if (!special && day.IsWorkingDay != restDay)
            {
                continue;
            }
            rows.Add(new HolidayRow(
                LocalDatePattern.Iso.Format(date),
                date.DayOfWeek.ToString(),
                day.Kind.Name,
                day.Kind.VietnameseName,
                day.IsWorkingDay,
                day.Holiday?.Name,
                day.Holiday?.VietnameseName,
                day.Holiday?.EnglishName,
                SourceOf(calendar, date),
                verification.Status.Name,
                verification.Source,
                verification.Location));
        }
        return rows;
    }

    private static string SourceOf(WorkingDayCalendar calendar, LocalDate date) => ScheduleOf(calendar, date).Source;

    private static SourceVerification VerificationOf(WorkingDayCalendar calendar, LocalDate date) => ScheduleOf(calendar, date).VerificationOf(date);

    // The schedule that lists the date: its own year's, or the neighbouring year's for a day moved across New Year.
    private static HolidaySchedule ScheduleOf(WorkingDayCalendar calendar, LocalDate date)
    {
        var own = calendar.GetSchedule(date.Year);
        if (own.TryGetDay(date, out _))
        {
            return own;
        }
        int neighbour = date.Month == 1 ? date.Year - 1 : date.Year + 1;
        return neighbour is >= 1900 and <= 2100 ? calendar.GetSchedule(neighbour) : own;
    }
}
