using System.CommandLine;
using System.IO;
using System.Text;

namespace VnChildProtection.Cli;

/// <summary>
/// Builds the <c>vncp</c> command tree. Commands are thin: they parse arguments, call the libraries and print.
/// </summary>
internal static class VncpApp
{
    /// <summary>Exit code: success, nothing to report.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: the input had errors (validation findings of severity error).</summary>
    public const int ExitFindings = 1;

    /// <summary>Exit code: the input could not be read.</summary>
    public const int ExitUnreadable = 2;

    /// <summary>Runs the tool with the given arguments and writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("vncp: Vietnamese child-protection plans (Kế hoạch bảo vệ trẻ em): validate and import plans, the indicator catalogue and its evaluation, reporting calendars, the lunar calendar, holidays and working days, and the intervention workflow.")
        {
            Commands.ValidateCommand.Create(output, error),
            Commands.CalendarCommand.Create(output, error),
            Commands.WorkflowCommand.Create(output, error),
            Commands.ImportCommand.Create(output, error),
            Commands.IndicatorsCommand.Create(output, error),
            Commands.EvaluateCommand.Create(output, error),
            Commands.ConvertCommand.Create(output, error),
            Commands.ProgressCommand.Create(output, error),
            Commands.LunarCommand.Create(output, error),
            Commands.HolidaysCommand.Create(output, error),
            Commands.WorkdaysCommand.Create(output, error),
            Commands.UnitsCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        // Help asked for (--help) is the output; help printed because the command line was rejected goes with the
        // reason to standard error, so that it never mixes with a command's output in a pipe.
        var configuration = new InvocationConfiguration { Output = parsed.Errors.Count > 0 ? error : output, Error = error };
        return parsed.Invoke(configuration);
    }

    /// <summary>Reads a text file as UTF-8 (with or without BOM).</summary>
    public static string ReadText(string path) => File.ReadAllText(path, Encoding.UTF8);
}
