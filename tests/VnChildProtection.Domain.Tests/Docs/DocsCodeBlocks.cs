using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Checks that every C# example of a docs page is present, verbatim, in its examples test file.</summary>
internal static class DocsCodeBlocks
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", ".."));

    internal static void AssertEveryExampleIsTested(string page, string testFile)
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", page));
        var source = Collapse(File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "VnChildProtection.Domain.Tests", "Docs", testFile)));
        var blocks = Regex.Matches(markdown, "```csharp\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.Contains(Collapse(block), source, System.StringComparison.Ordinal));
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
