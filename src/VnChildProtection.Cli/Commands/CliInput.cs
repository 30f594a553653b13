using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// Reads the dates and numbers typed on the command line for the calendar commands. Commands take their values as
/// strings and check them here, so a mistyped value is a one-line message and exit code 2, not a parser dump.
/// </summary>
internal static class CliInput
{
    /// <summary>Exit code for a value that cannot be used (bad date, number out of range): the input could not be read.</summary>
    public const int ExitBadInput = VncpApp.ExitUnreadable;

    /// <summary>Parses an ISO date (<c>yyyy-MM-dd</c>); on failure writes why to <paramref name="error"/>.</summary>
    public static bool TryParseDate(string text, string name, TextWriter error, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (result.Success)
        {
            date = result.Value;
            return true;
        }
        error.WriteLine($"{name}: '{text}' is not a date in the form yyyy-MM-dd.");
        date = default;
        return false;
    }

    /// <summary>Parses an integer in [<paramref name="min"/>, <paramref name="max"/>]; on failure writes why to <paramref name="error"/>.</summary>
    public static bool TryParseInt(string text, string name, int min, int max, TextWriter error, out int value)
    {
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: '{text}' is not a whole number in the range [{min}, {max}]."));
        return false;
    }

    /// <summary>Checks that exactly <paramref name="count"/> values were given; otherwise writes the usage.</summary>
    public static bool HasCount(string[] values, int count, string usage, TextWriter error)
    {
        if (values.Length == count)
        {
            return true;
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Expected {count} value(s), got {values.Length}. Usage: {usage}"));
        return false;
    }

    /// <summary>Checks an output format against the accepted ones; otherwise writes them.</summary>
    public static bool IsFormat(string format, TextWriter error, params string[] accepted)
    {
        if (System.Array.IndexOf(accepted, format) >= 0)
        {
            return true;
        }
        error.WriteLine($"--format: '{format}' is not one of {string.Join(", ", accepted)}.");
        return false;
    }
}
