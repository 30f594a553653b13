using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Keeps the docs pages and their example tests in step: every C# block of a page must appear in its test file.</summary>
public sealed class DocsExamplesAreVerbatimTests
{
    [Theory]
    [InlineData("indicators.md", "IndicatorsDocsExamples.cs")]
    [InlineData("targets.md", "TargetsDocsExamples.cs")]
    public void EveryCodeBlock_AppearsInItsTestFile(string page, string testFile)
    {
        var repo = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", ".."));
        var markdown = File.ReadAllText(Path.Combine(repo, "docs", page));
        var tests = Normalize(File.ReadAllText(Path.Combine(repo, "tests", "VnChildProtection.Domain.Tests", "Docs", testFile)));
        var blocks = Regex.Matches(markdown, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.Contains(Normalize(block), tests, StringComparison.Ordinal));
    }

    private static string Normalize(string text) =>
        string.Join("\n", text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
