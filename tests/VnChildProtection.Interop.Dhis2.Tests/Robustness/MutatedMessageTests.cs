using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace VnChildProtection.Interop.Dhis2.Tests.Robustness;

/// <summary>
/// The readers never throw on message content: DHIS2's own examples damaged the way files are (bytes flipped, deleted,
/// duplicated, truncated, noise inserted), thousands of times; every item is a value or a located diagnostic.
/// </summary>
public class MutatedMessageTests
{
    private static readonly byte[][] JsonSeeds = new[] { "set-level-template.json", "set-level-ngelehun-201401.json", "bulk-201401-201402.json", "read-response-201401.json" }
        .Select(n => Encoding.UTF8.GetBytes(Dhis2Docs.Read(n))).ToArray();

    private static readonly byte[] AdxSeed = Encoding.UTF8.GetBytes(Dhis2Docs.Read("adx-tb-hiv-vcct.xml"));

    private static readonly Gen<byte> Noise = Gen.OneOf(
        Gen.Elements("{}[]\":,<>/=&;! \n\\0123456789-etrufalsn".Select(c => (byte)c).ToArray()),
        Gen.Choose(0, 255).Select(i => (byte)i));

    private static readonly Gen<(int Kind, int At, int Length, byte[] Noise)> Step =
        from kind in Gen.Choose(0, 4)
        from at in Gen.Choose(0, 100_000)
        from length in Gen.Choose(1, 40)
        from noise in Noise.ArrayOf()
        select (kind, at, length, noise);

    private static Arbitrary<byte[]> Mutated(Gen<byte[]> seeds) => (
        from seed in seeds
        from steps in Gen.Choose(1, 5).SelectMany(n => Step.ArrayOf(n))
        select Apply(seed, steps)).ToArbitrary();

    private static byte[] Apply(byte[] seed, (int Kind, int At, int Length, byte[] Noise)[] steps)
    {
        var bytes = seed.ToList();
        foreach (var (kind, at, length, noise) in steps)
        {
            var i = bytes.Count == 0 ? 0 : at % bytes.Count;
            var n = Math.Min(length, bytes.Count - i);
            switch (kind)
            {
                case 0: bytes.RemoveRange(i, n); break;
                case 1: bytes.InsertRange(i, noise); break;
                case 2: bytes.InsertRange(i, bytes.GetRange(i, n)); break;
                case 3: if (bytes.Count > 0) { bytes[i] = noise.Length > 0 ? noise[0] : (byte)'"'; } break;
                default: bytes.RemoveRange(i, bytes.Count - i); break;
            }
        }
        return [.. bytes];
    }

    [Property(MaxTest = 3_000)]
    public Property Json_MutatedDocsExamples_NeverThrowAndEveryItemIsLocated() => Prop.ForAll(Mutated(Gen.Elements(JsonSeeds)), bytes =>
    {
        using var reader = new DataValueSetJsonReader(new MemoryStream(bytes), bufferSize: 32);
        var count = 0;
        while (reader.Read(out var item))
        {
            if ((item.Value is null) == (item.Diagnostic is null) || item.Location.Line is null or < 1 || ++count > 10_000)
            {
                return false;
            }
        }
        return true;
    });

    [Property(MaxTest = 3_000)]
    public Property Adx_MutatedDocsExample_NeverThrowsAndEveryItemIsLocated() => Prop.ForAll(Mutated(Gen.Constant(AdxSeed)), bytes =>
    {
        var count = 0;
        foreach (var item in AdxReader.ReadAll(new MemoryStream(bytes)))
        {
            if ((item.Value is null) == (item.Diagnostic is null) || item.Location.Line is null or < 1 || ++count > 10_000)
            {
                return false;
            }
        }
        return true;
    });
}
