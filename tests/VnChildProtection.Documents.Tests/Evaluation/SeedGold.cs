using System.IO;
using VnChildProtection.Documents.Evaluation;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Evaluation;

/// <summary>The hand-checked gold annotations of the seeds, in <c>tests/VnChildProtection.Documents.Tests/Gold</c>.</summary>
internal static class SeedGold
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "VnChildProtection.Documents.Tests", "Gold"));

    public static GoldAnnotation Read(int seed)
    {
        var name = Path.GetFileNameWithoutExtension(SeedCorpus.SeedFiles[seed]);
        return GoldAnnotation.Parse(File.ReadAllText(Path.Combine(Folder, name + ".gold.json"))).AsT0;
    }
}
