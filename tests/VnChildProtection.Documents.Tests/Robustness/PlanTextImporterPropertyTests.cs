using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Robustness;

/// <summary>
/// The importer never throws on document content: properties over the seed texts mutated the way real files are
/// damaged (lines deleted, duplicated or swapped, random characters, NFD, truncation).
/// </summary>
public class PlanTextImporterPropertyTests
{
    private static readonly PlanTextImporter Importer = new();

    private static readonly string[][] SeedLines = Enumerable.Range(0, 4).Select(i => SeedCorpus.ReadSeed(i).Split('\n')).ToArray();

    // A random character: Vietnamese letters and marks, Markdown, digits, separators, controls, lone surrogates.
    private static readonly Gen<char> Noise = Gen.OneOf(
        Gen.Elements("*#-–—_|[]():;,./%0123456789 \t\r\nđĐăâêôơưáàảãạ\u0301\u0300\u0303\u0309\u0323\u00A0\u200B\uFEFF".ToCharArray()),
        ArbMap.Default.GeneratorFor<char>());

    private enum Mutation
    {
        DeleteLine,
        DuplicateLine,
        SwapLines,
        InsertNoise,
        Truncate,
        Nfd,
        JoinLines,
    }

    // A window of 40-120 consecutive lines of a seed keeps each case fast while still holding headings, indicator lines
    // and responsibility paragraphs; one case in 25 uses the whole document.
    private static readonly Gen<List<string>> Window =
        from seed in Gen.Choose(0, 3)
        from whole in Gen.Choose(0, 24)
        from start in Gen.Choose(0, SeedLines[seed].Length - 1)
        from length in Gen.Choose(40, 120)
        select whole == 0
            ? SeedLines[seed].ToList()
            : SeedLines[seed].Skip(start).Take(length).ToList();

    private static readonly Gen<(Mutation Kind, int A, int B, string Noise)> Step =
        from kind in Gen.Elements(Enum.GetValues<Mutation>())
        from a in Gen.Choose(0, 100_000)
        from b in Gen.Choose(0, 100_000)
        from noise in Noise.ArrayOf().Select(cs => new string(cs))
        select (kind, a, b, noise);

    private static readonly Arbitrary<string> MutatedSeeds = (
        from lines in Window
        from steps in Gen.Choose(1, 6).SelectMany(n => Step.ArrayOf(n))
        select Apply(lines, steps)).ToArbitrary();

    private static string Apply(List<string> lines, (Mutation Kind, int A, int B, string Noise)[] steps)
    {
        var text = lines.ToList();
        var nfd = false;
        var truncate = -1;
        foreach (var (kind, a, b, noise) in steps)
        {
            if (text.Count == 0)
            {
                text.Add(noise);
            }
            var i = a % text.Count;
            var j = b % text.Count;
            switch (kind)
            {
                case Mutation.DeleteLine:
                    text.RemoveAt(i);
                    break;
                case Mutation.DuplicateLine:
                    text.Insert(j, text[i]);
                    break;
                case Mutation.SwapLines:
                    (text[i], text[j]) = (text[j], text[i]);
                    break;
                case Mutation.InsertNoise:
                    text[i] = text[i].Insert(b % (text[i].Length + 1), noise);
                    break;
                case Mutation.Truncate:
                    truncate = a;
                    break;
                case Mutation.Nfd:
                    nfd = true;
                    break;
                case Mutation.JoinLines:
                    if (i + 1 < text.Count)
                    {
                        text[i] += text[i + 1];
                        text.RemoveAt(i + 1);
                    }
                    break;
            }
        }
        var joined = string.Join('\n', text);
        if (nfd)
        {
            try
            {
                joined = joined.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                // Lone surrogates cannot be normalised by .NET; the importer still gets the raw text.
            }
        }
        return truncate >= 0 && joined.Length > 0 ? joined[..(truncate % joined.Length)] : joined;
    }

    [Property(MaxTest = 1_000)]
    public Property Import_MutatedSeeds_NeverThrowsAndSpansStayInTheText() => Prop.ForAll(MutatedSeeds, text =>
    {
        var result = Importer.Import(text);
        var plan = result.Plan;
        var spans = plan.Indicators.Select(i => i.Source).Concat(plan.Indicators.SelectMany(i => i.Targets.Select(t => t.Source)))
            .Concat(plan.Responsibilities.Select(r => r.Source)).Concat(plan.Reporting.Select(r => r.Source))
            .Concat(plan.Budget.Select(b => b.Source)).Concat(plan.Units.Select(u => u.Source)).Concat(result.Diagnostics.Select(d => d.Source));
        return spans.All(s => s is not null && s.Start + s.Length <= text.Length)
            && result.Items.All(item => item.Confidence is >= 0 and <= 1);
    });

    [Property(MaxTest = 2_000)]
    public Property Import_ArbitraryStrings_NeverThrows() => Prop.ForAll(
        Noise.ArrayOf().Select(cs => new string(cs)).ToArbitrary(),
        text => Importer.Import(text).Plan is not null);
}
