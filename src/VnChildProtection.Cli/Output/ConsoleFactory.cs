using System.IO;
using Spectre.Console;

namespace VnChildProtection.Cli.Output;

/// <summary>Creates Spectre.Console consoles over plain writers, so commands print the same to a terminal and to a test.</summary>
internal static class ConsoleFactory
{
    /// <summary>A console on <paramref name="writer"/>: no colour or ANSI codes unless it is the real terminal.</summary>
    public static IAnsiConsole Create(TextWriter writer)
    {
        var interactive = ReferenceEquals(writer, System.Console.Out) || ReferenceEquals(writer, System.Console.Error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Redirected output has no terminal width; keep tables readable in files and CI logs.
        if (!interactive || System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }
        return console;
    }
}
