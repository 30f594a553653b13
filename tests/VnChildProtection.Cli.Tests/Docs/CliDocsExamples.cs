using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VnChildProtection.Cli.Commands;
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
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var resolved = args.Select(Resolve).ToArray();
        var (_, output, error) = CliRunner.Run(resolved);

        // The page shows repository-relative paths; the tests run elsewhere, so paths go in absolute and come back relative.
        var printed = output + error;
        for (var i = 0; i < args.Length; i++)
        {
            printed = printed.Replace(resolved[i], args[i], StringComparison.Ordinal);
        }
        Assert.Equal(expected, printed.ReplaceLineEndings("\n"));
    }

    private static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", ".."));

    internal static string Resolve(string arg)
    {
        if (!arg.Contains('/', StringComparison.Ordinal) || arg.StartsWith('-'))
        {
            return arg;
        }
        var full = Path.Combine(RepositoryRoot, arg.Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(full) || Directory.Exists(full) ? full : arg;
    }

    [Fact]
    public void Page_HasExamplesForEveryCommand()
    {
        var commands = Examples().Select(row => (string)row[0]).ToArray();

        foreach (var name in new[]
        {
            "validate", "calendar", "workflow diagram", "workflow deadlines", "import --evaluate", "indicators", "evaluate",
            "lunar 2", "lunar --to-solar", "lunar months", "holidays", "workdays add", "workdays between", "units find", "units convert",
        })
        {
            Assert.Contains(commands, c => c.StartsWith(name, StringComparison.Ordinal));
        }
        Assert.Contains(commands, c => c.StartsWith("import ", StringComparison.Ordinal) && !c.Contains("--evaluate", StringComparison.Ordinal));
    }

    // The SARIF section shows a rule and a result of `validate tests/corpus/seeds docs/examples/plans --format sarif` as
    // ```json blocks; the tool prints them the same, except that its URIs are absolute here (the tests run elsewhere),
    // and so are the fingerprints made from them: both are checked against the recipe the page gives.
    [Fact]
    public void SarifExcerpts_AreWhatTheToolPrints()
    {
        var page = File.ReadAllLines(Path.Combine(RepositoryRoot, "docs", "cli.md"));
        var section = page.SkipWhile(l => !l.StartsWith("### SARIF", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        var blocks = JsonBlocks(section).Select(b => JsonNode.Parse(b)!.AsObject()).ToArray();
        var (_, output, _) = CliRunner.Run("validate", Resolve("tests/corpus/seeds"), Resolve("docs/examples/plans"), "--format", "sarif");
        var run = JsonNode.Parse(output)!["runs"]![0]!;

        Assert.Equal(2, blocks.Length);
        var rule = blocks[0];
        var printedRule = run["tool"]!["driver"]!["rules"]!.AsArray().Single(r => (string?)r!["id"] == (string?)rule["id"])!;
        Assert.True(JsonNode.DeepEquals(rule, printedRule), printedRule.ToJsonString());

        var result = blocks[1];
        var documentedUri = (string)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!;
        var printed = run["results"]!.AsArray().First(r => (string?)r!["ruleId"] == (string?)result["ruleId"])!.DeepClone();
        var printedLocation = printed["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        var printedUri = (string)printedLocation["uri"]!;
        Assert.EndsWith("/" + documentedUri, printedUri, StringComparison.Ordinal);
        var message = (string)result["message"]!["text"]!;
        Assert.Equal(Fingerprint((string)result["ruleId"]!, documentedUri, message),
            (string?)result["partialFingerprints"]![ValidationSarifLog.FingerprintKey]);
        Assert.Equal(Fingerprint((string)result["ruleId"]!, printedUri, message),
            (string?)printed["partialFingerprints"]![ValidationSarifLog.FingerprintKey]);
        printedLocation["uri"] = documentedUri;
        printed["partialFingerprints"]![ValidationSarifLog.FingerprintKey] = result["partialFingerprints"]![ValidationSarifLog.FingerprintKey]!.DeepClone();
        Assert.True(JsonNode.DeepEquals(result, printed), printed.ToJsonString());
    }

    // The page's recipe for the first occurrence of a finding in a file.
    private static string Fingerprint(string ruleId, string uri, string message) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            ruleId + "\n" + uri + "\n" + Regex.Replace(message, @"\(line [0-9]+\)", "(line)")))) + ":1";

    private static IEnumerable<string> JsonBlocks(string[] lines)
    {
        var block = new List<string>();
        var inBlock = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (inBlock)
                {
                    yield return string.Join('\n', block);
                }
                inBlock = !inBlock && line == "```json";
                block.Clear();
            }
            else if (inBlock)
            {
                block.Add(line);
            }
        }
    }

    // In ```text blocks, a "$ vncp" line is a command and the lines up to the next prompt or the end of the block are
    // its output. Other prompts (such as `$ dotnet run …`) are skipped.
    internal static IEnumerable<(string Command, string Expected)> Parse(string[] lines)
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
