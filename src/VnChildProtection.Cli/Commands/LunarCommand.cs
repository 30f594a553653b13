using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using NodaTime.Text;
using Spectre.Console;
using VnChildProtection.Cli.Output;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// <c>vncp lunar &lt;yyyy-MM-dd&gt;</c> (solar → lunar), <c>vncp lunar --to-solar &lt;year&gt; &lt;month&gt; &lt;day&gt; [--leap]</c>
/// (lunar → solar) and <c>vncp lunar months --from-year Y1 --to-year Y2</c> (the month starts of lunar years).
/// </summary>
internal static class LunarCommand
{
    private const string ToSolarUsage = "vncp lunar --to-solar <year> <month> <day> [--leap]";

    public static Command Create(TextWriter output, TextWriter error)
    {
        // One variadic argument rather than typed ones: `lunar <date>` and `lunar --to-solar y m d` share the command,
        // and the action checks the count so that a wrong one exits 2 with a usage line.
        var values = new Argument<string[]>("values")
        {
            Description = "A solar date yyyy-MM-dd; with --to-solar, the lunar year, month and day.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var toSolar = new Option<bool>("--to-solar") { Description = "Convert a lunar date (year month day) to the solar date." };
        var leap = new Option<bool>("--leap") { Description = "With --to-solar: the date is in the leap month (tháng nhuận) of that number." };
        var command = new Command("lunar", "Convert between solar dates and the Vietnamese lunar calendar (âm lịch). Exit code 2 on bad input.")
        {
            values,
            toSolar,
            leap,
            CreateMonths(output, error),
        };
        command.SetAction(result =>
        {
            var given = result.GetValue(values) ?? [];
            return result.GetValue(toSolar)
                ? ToSolar(given, result.GetValue(leap), output, error)
                : ToLunar(given, result.GetValue(leap), output, error);
        });
        return command;
    }

    private static Command CreateMonths(TextWriter output, TextWriter error)
    {
        var fromYear = new Option<string>("--from-year") { Description = "First lunar year (required)." };
        var toYear = new Option<string>("--to-year") { Description = "Last lunar year (inclusive); defaults to --from-year." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: csv (lunar_year,lunar_month,is_leap,start) or table.",
            DefaultValueFactory = _ => "csv",
        };
        var command = new Command("months", "List every lunar month of a range of lunar years with the solar date of its first day.")
        {
            fromYear,
            toYear,
            format,
        };
        command.SetAction(result => Months(result.GetValue(fromYear), result.GetValue(toYear), result.GetValue(format) ?? "csv", output, error));
        return command;
    }

    private static int ToLunar(string[] values, bool leap, TextWriter output, TextWriter error)
    {
        if (leap)
        {
            error.WriteLine("--leap: only meaningful with --to-solar.");
            return CliInput.ExitBadInput;
        }
        if (!CliInput.HasCount(values, 1, "vncp lunar <yyyy-MM-dd>", error)
            || !CliInput.TryParseDate(values[0], "date", error, out var date))
        {
            return CliInput.ExitBadInput;
        }
        if (!VietnameseLunarDate.TryFromLocalDate(date, out var lunar))
        {
            error.WriteLine($"date: {LocalDatePattern.Iso.Format(date)} is outside the supported range "
                + $"{LocalDatePattern.Iso.Format(VietnameseLunarCalendar.MinDate)} … {LocalDatePattern.Iso.Format(VietnameseLunarCalendar.MaxDate)}.");
            return CliInput.ExitBadInput;
        }
        output.WriteLine(lunar.ToString());
        output.WriteLine(lunar.ToVietnameseString());
        return VncpApp.ExitOk;
    }

    private static int ToSolar(string[] values, bool leap, TextWriter output, TextWriter error)
    {
        if (!CliInput.HasCount(values, 3, ToSolarUsage, error)
            || !CliInput.TryParseInt(values[0], "year", VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear, error, out int year)
            || !CliInput.TryParseInt(values[1], "month", 1, 12, error, out int month)
            || !CliInput.TryParseInt(values[2], "day", 1, 30, error, out int day))
        {
            return CliInput.ExitBadInput;
        }
        // The library's parser knows which leap months exist and how long each month is; reuse its messages.
        var text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}{(leap ? "L" : "")}-{day:D2}");
        return VietnameseLunarDate.Parse(text).Match(
            lunar =>
            {
                output.WriteLine(LocalDatePattern.Iso.Format(lunar.ToLocalDate()));
                return VncpApp.ExitOk;
            },
            problem =>
            {
                error.WriteLine($"{text}: {problem.Message} ({problem.Code})");
                return CliInput.ExitBadInput;
            });
    }

    private static int Months(string? fromText, string? toText, string format, TextWriter output, TextWriter error)
    {
        // Checked here rather than with Required, so that a missing year exits 2 like every other bad value.
        if (fromText is null)
        {
            error.WriteLine("--from-year: required. Usage: vncp lunar months --from-year <year> [--to-year <year>] [--format csv|table]");
            return CliInput.ExitBadInput;
        }
        int min = VietnameseLunarCalendar.MinYear, max = VietnameseLunarCalendar.MaxYear;
        if (!CliInput.TryParseInt(fromText, "--from-year", min, max, error, out int from)
            || !CliInput.TryParseInt(toText ?? fromText, "--to-year", from, max, error, out int to)
            || !CliInput.IsFormat(format, error, "csv", "table"))
        {
            return CliInput.ExitBadInput;
        }
        var months = EnumerateMonths(from, to);
        if (format == "csv")
        {
            output.WriteLine("lunar_year,lunar_month,is_leap,start");
            foreach (var (y, m, isLeap, start) in months)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{y},{m},{(isLeap ? 1 : 0)},{start}"));
            }
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Lunar year").AddColumn("Can chi").AddColumn("Month").AddColumn("Days").AddColumn("Starts");
            foreach (var (y, m, isLeap, start) in months)
            {
                table.AddRow(
                    y.ToString(CultureInfo.InvariantCulture),
                    VietnameseLunarCalendar.GetYearName(y),
                    m.ToString(CultureInfo.InvariantCulture) + (isLeap ? " nhuận" : ""),
                    VietnameseLunarCalendar.GetDaysInMonth(y, m, isLeap).ToString(CultureInfo.InvariantCulture),
                    start);
            }
            ConsoleFactory.Create(output).Write(table);
        }
        return VncpApp.ExitOk;
    }

    // Months in calendar order: the leap month right after the ordinary month of the same number.
    private static List<(int Year, int Month, bool IsLeap, string Start)> EnumerateMonths(int from, int to)
    {
        var months = new List<(int, int, bool, string)>();
        for (int year = from; year <= to; year++)
        {
            int leapMonth = VietnameseLunarCalendar.GetLeapMonth(year);
            for (int month = 1; month <= 12; month++)
            {
                months.Add((year, month, false, Start(year, month, false)));
                if (month == leapMonth)
                {
                    months.Add((year, month, true, Start(year, month, true)));
                }
            }
        }
        return months;
    }

    private static string Start(int year, int month, bool isLeap) =>
        LocalDatePattern.Iso.Format(new VietnameseLunarDate(year, month, 1, isLeap).ToLocalDate());
}
