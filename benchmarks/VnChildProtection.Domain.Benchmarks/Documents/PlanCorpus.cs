using System;
using System.IO;
using System.Linq;
using System.Text;

namespace VnChildProtection.Domain.Benchmarks.Documents;

/// <summary>The plans of the repository's corpus (seeds and the real 2025 plans of every split), read once.</summary>
public static class PlanCorpus
{
    /// <summary>Every plan text of <c>tests/corpus</c>: the four seeds and the plans of dev, holdout and holdout-2.</summary>
    public static readonly string[] Texts = Load();

    /// <summary>
    /// A plan of about 5 MB: the real plans concatenated, each copy numbered apart, as a province's yearly compendium
    /// of plans would be; the size the importer must read in under a second.
    /// </summary>
    public static readonly string Large = Build(5_000_000);

    private static string[] Load()
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "VnChildProtection.Domain.sln")))
        {
            root = Path.GetDirectoryName(root);
        }
        if (root is null)
        {
            throw new InvalidOperationException("Run the benchmarks from inside the repository: tests/corpus is read from there.");
        }
        var corpus = Path.Combine(root, "tests", "corpus");
        return Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith("SOURCES.md", StringComparison.Ordinal)) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    }

    private static string Build(int characters)
    {
        var builder = new StringBuilder(characters + 100_000);
        for (var copy = 0; builder.Length < characters; copy++)
        {
            builder.Append(Texts[copy % Texts.Length]).Append("\n\n");
        }
        return builder.ToString();
    }
}
