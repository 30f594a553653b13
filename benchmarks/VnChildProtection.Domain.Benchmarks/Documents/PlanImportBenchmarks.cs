using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using VnChildProtection.Documents.Text;

namespace VnChildProtection.Domain.Benchmarks.Documents;

/// <summary>
/// Importing plans: the whole corpus, and one 5 MB plan, each beside a naive baseline (normalise, split into lines and
/// look for document numbers, the least any reader of these plans does), with allocations measured.
/// </summary>
[MemoryDiagnoser]
public partial class PlanImportBenchmarks
{
    private static readonly PlanTextImporter Importer = new();

    /// <summary>Which input: the whole corpus (every plan once) or the 5 MB plan.</summary>
    [Params("corpus", "5MB")]
    public string Input { get; set; } = "corpus";

    private string[] texts = [];

    /// <summary>Picks the input.</summary>
    [GlobalSetup]
    public void Setup() => texts = Input == "corpus" ? PlanCorpus.Texts : [PlanCorpus.Large];

    /// <summary>Naive: NFC, lines, a regex for document numbers on each line.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveScan()
    {
        var count = 0;
        foreach (var text in texts)
        {
            foreach (var line in text.Normalize(NormalizationForm.FormC).Split('\n'))
            {
                count += DocumentNumber().Count(line);
            }
        }
        return count;
    }

    /// <summary>The importer: layout, structure and every item with its span.</summary>
    [Benchmark]
    public int Import() => texts.Sum(text => Importer.Import(text).Plan.LegalBases.Count);

    [GeneratedRegex(@"\d+(?:/\d{4})?/[\p{L}Đ\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();
}
