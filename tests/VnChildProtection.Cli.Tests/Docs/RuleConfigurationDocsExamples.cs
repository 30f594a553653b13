using System;
using System.IO;
using System.Linq;
using VnChildProtection.Cli.Tests.Commands;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Docs;

/// <summary>
/// The rule-configuration file shown in docs/cli.md ("Rule configuration"): used with <c>--rules</c>, it prints what
/// the page says, the same as the command-line example above it.
/// </summary>
public class RuleConfigurationDocsExamples
{
    [Fact]
    public void RulesFileExample_DoesWhatTheFirstCommandDoes()
    {
        var page = File.ReadAllLines(Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "cli.md")));
        var section = page.SkipWhile(l => !l.StartsWith("### Rule configuration", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith('#')).ToArray();
        var json = string.Join('\n', section.SkipWhile(l => l != "```json").Skip(1).TakeWhile(l => l != "```"));
        var folder = ValidateCommandWordTests.TempFolder();
        try
        {
            var rules = Path.Combine(folder, "rules.json");
            File.WriteAllText(rules, json);
            var seed = SeedCorpus.SeedFiles[1];

            var fromFile = CliRunner.Run("validate", seed, "--rules", rules);
            var fromOptions = CliRunner.Run("validate", seed, "--disable", "section-numbering", "--warnaserror");

            Assert.Contains("\"warnAsError\": true", json, StringComparison.Ordinal);
            Assert.Equal(1, fromFile.ExitCode);
            Assert.Equal(fromOptions, fromFile);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
