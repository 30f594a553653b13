using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Docs;

/// <summary>Runs the <c>$ vncp progress</c> example of docs/progress.md and checks the page's table of example datasets against the tool.</summary>
public sealed class ProgressDocsExamples
{
    private static readonly string Page = Path.Combine(SeedCorpus.Root, "..", "..", "docs", "progress.md");

    [Fact]
    public void CommandExample_PrintsWhatThePageShows()
    {
        var examples = CliDocsExamples.Parse(File.ReadAllLines(Page)).ToArray();
        Assert.NotEmpty(examples);
        foreach (var (command, expected) in examples)
        {
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (code, output, error) = CliRunner.Run(args.Select(CliDocsExamples.Resolve).ToArray());
            Assert.Equal(0, code);
            Assert.Equal(expected, (output + error).ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void DatasetTable_MatchesTheTool()
    {
        var rows = Regex.Matches(File.ReadAllText(Page), @"^\| ([a-z0-9-]+-KH-[A-Za-z]+) \| ([0-9-]+) \| (.*) \|$", RegexOptions.Multiline);
        Assert.Equal(4, rows.Count);
        foreach (Match row in rows)
        {
            var plan = row.Groups[1].Value;
            var (_, output, _) = CliRunner.Run("progress", CliDocsExamples.Resolve("docs/examples/plans/" + plan + ".json"),
                CliDocsExamples.Resolve("docs/examples/observations/progress-" + plan + ".csv"), "--as-of", row.Groups[2].Value);
            var counts = row.Groups[3].Value.Split(" | ");
            Assert.Contains(
                $"{counts[0]} target(s) as of {row.Groups[2].Value}: Met {counts[1]}, OnTrack {counts[2]}, AtRisk {counts[3]}, OffTrack {counts[4]}, NotYetDue {counts[5]}, NoData {counts[6]};",
                output, StringComparison.Ordinal);
        }
    }
}
