using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using NodaTime.Text;
using OneOf;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp workdays add &lt;date&gt; &lt;n&gt;</c> and <c>vncp workdays between &lt;d1&gt; &lt;d2&gt;</c>: working-day arithmetic on
/// the civil-service calendar (<see cref="WorkingDayCalendar.Default"/>), with the library's counting convention.
/// </summary>
internal static class WorkdaysCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("workdays", "Working-day (ngày làm việc) arithmetic on the civil-service calendar: weekends, public holidays and announced swaps. Exit code 2 on bad input.")
        {
            Subcommand(
                "add",
                "The n-th working day after the date (before it when n < 0); the date itself is not counted.",
                "vncp workdays add <yyyy-MM-dd> <n>",
                (values, calendar) =>
                    CliInput.TryParseDate(values[0], "date", error, out var date)
                    && CliInput.TryParseInt(values[1], "n", int.MinValue, int.MaxValue, error, out int n)
                        ? Report(calendar.TryAddWorkingDays(date, n).MapT0(LocalDatePattern.Iso.Format), error)
                        : null,
                output,
                error),
            Subcommand(
                "between",
                "The number of working days from d1 to d2: d2 counted, d1 not; negative when d2 is before d1.",
                "vncp workdays between <yyyy-MM-dd> <yyyy-MM-dd>",
                (values, calendar) =>
                    CliInput.TryParseDate(values[0], "d1", error, out var start)
                    && CliInput.TryParseDate(values[1], "d2", error, out var end)
                        ? Report(calendar.TryWorkingDaysBetween(start, end).MapT0(count => count.ToString(CultureInfo.InvariantCulture)), error)
                        : null,
                output,
                error),
        };
        command.SetAction(_ =>
        {
            error.WriteLine("Expected a subcommand: vncp workdays add <yyyy-MM-dd> <n> | vncp workdays between <yyyy-MM-dd> <yyyy-MM-dd>");
            return CliInput.ExitBadInput;
        });
        return command;
    }

    // The calendar knows the years 1900–2100; a date or a count that leaves them is bad input: one line, then exit 2.
    private static string? Report(OneOf<string, CalendarRangeError> result, TextWriter error) =>
        result.Match<string?>(
            answer => answer,
            outOfRange =>
            {
                error.WriteLine(outOfRange.ToString());
                return null;
            });

    // Both subcommands take two values and print one; compute returns null after writing why the input is bad.
    private static Command Subcommand(
        string name, string description, string usage, Func<string[], WorkingDayCalendar, string?> compute, TextWriter output, TextWriter error)
    {
        // Strings, not typed arguments: a negative n must not be mistaken for an option, and bad values exit 2.
        var values = new Argument<string[]>("values") { Description = usage, Arity = ArgumentArity.ZeroOrMore };
        var command = new Command(name, description) { values };
        command.SetAction(result =>
        {
            var given = result.GetValue(values) ?? [];
            if (!CliInput.HasCount(given, 2, usage, error))
            {
                return CliInput.ExitBadInput;
            }
            var answer = compute(given, WorkingDayCalendar.Default);
            if (answer is null)
            {
                return CliInput.ExitBadInput;
            }
            output.WriteLine(answer);
            return VncpApp.ExitOk;
        });
        return command;
    }
}
