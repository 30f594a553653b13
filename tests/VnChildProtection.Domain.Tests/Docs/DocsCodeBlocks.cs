using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Checks that every C# example of a Markdown page is present, verbatim, in the test file that runs it.</summary>
internal static class DocsCodeBlocks
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", ".."));

    /// <summary>
    /// Asserts that each <c>```csharp</c> block of <paramref name="page"/> appears in <paramref name="testFile"/> with the
    /// same lines in the same order (indentation aside). Both paths are relative to the repository root.
    /// </summary>
    internal static void AssertEveryExampleIsTested(string page, string testFile, int? expectedBlocks = null)
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot, page)).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        var source = Collapse(File.ReadAllText(Path.Combine(RepositoryRoot, testFile)));
        var blocks = Regex.Matches(markdown, "```csharp\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);
        if (expectedBlocks is { } count)
        {
            Assert.Equal(count, blocks.Count);
        }
        Assert.All(blocks, block => Assert.Contains(Collapse(block), source, System.StringComparison.Ordinal));
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
