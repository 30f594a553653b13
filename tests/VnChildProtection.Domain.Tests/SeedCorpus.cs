using System;
using System.IO;
using System.Linq;

namespace VnChildProtection.Domain.Tests;

/// <summary>Locates the real provincial plans (seeds) and legal texts that tests run against.</summary>
/// <remarks>
/// The corpus is bundled in the repository under <c>tests/corpus/</c>, so a fresh clone needs nothing else.
/// </remarks>
public static class SeedCorpus
{
    /// <summary>The folder that holds <c>seeds/</c> and <c>law/</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Seed file names in order: 000 Quảng Ngãi 2020, 001 Lạng Sơn 2023 (draft), 002 An Giang 2024, 003 Quảng Ninh 2021–2030.</summary>
    public static string[] SeedFiles { get; } = Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();

    /// <summary>Reads seed number <paramref name="index"/> (0–3).</summary>
    public static string ReadSeed(int index) => File.ReadAllText(SeedFiles[index]);

    /// <summary>Reads a legal text by file-name prefix, e.g. <c>law_QD23</c>.</summary>
    public static string ReadLaw(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(Root, "law"), prefix + "*.txt").Single());

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus");
            if (Directory.Exists(Path.Combine(candidate, "seeds")))
            {
                return candidate;
            }
            dir = dir.Parent;
        }
        throw new DirectoryNotFoundException("tests/corpus/seeds not found above " + AppContext.BaseDirectory);
    }
}
