using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Docs;

/// <summary>
/// Runs every <c>$ vncp …</c> example of docs/cli.md and compares what it prints (standard output, then standard
/// error) with the lines the page shows under it, so the page cannot drift from the tool.
/// </summary>
public class CliDocsExamples
{
    private const string Prompt = "$ vncp ";

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (command, expected) in Parse(File.ReadAllLines(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "cli.md"))))
        {
            data.Add(command, expected);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_PrintsWhatThePageShows(string command, string expected)
    {
        var (_, output, error) = CliRunner.Run(command.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, (output + error).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Page_HasExamplesForEveryCalendarCommand()
    {
        var commands = Examples().Select(row => (string)row[0]).ToArray();

        foreach (var name in new[] { "lunar 2", "lunar --to-solar", "lunar months", "holidays", "workdays add", "workdays between" })
        {
            Assert.Contains(commands, c => c.StartsWith(name, StringComparison.Ordinal));
        }
    }

    // In ```text blocks, a "$ vncp" line is a command and the lines up to the next prompt or the end of the block are
    // its output. Other prompts (the validate example runs through dotnet run and elides its output) are skipped.
    private static IEnumerable<(string Command, string Expected)> Parse(string[] lines)
    {
        bool inBlock = false;
        string? command = null;
        var expected = new List<string>();
        foreach (var line in lines)
        {
            bool fence = line.StartsWith("```", StringComparison.Ordinal);
            if (inBlock && (fence || line.StartsWith("$ ", StringComparison.Ordinal)) && command is not null)
            {
                yield return (command, string.Concat(expected.Select(l => l + "\n")));
                command = null;
            }
            if (fence)
            {
                inBlock = !inBlock && line == "```text";
                continue;
            }
            if (inBlock && line.StartsWith(Prompt, StringComparison.Ordinal))
            {
                command = line[Prompt.Length..];
                expected.Clear();
            }
            else if (command is not null)
            {
                expected.Add(line);
            }
        }
    }
}
