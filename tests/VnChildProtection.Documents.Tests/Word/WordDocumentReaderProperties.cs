using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Documents.Word;

namespace VnChildProtection.Documents.Tests.Word;

/// <summary>The reader never throws on damaged files: random byte edits, and well-zipped parts with damaged XML.</summary>
public class WordDocumentReaderProperties
{
    private static readonly byte[] Sample = BuildSample();

    private static readonly Dictionary<string, byte[]> SampleParts = Parts(Sample);

    private static byte[] BuildSample()
    {
        var builder = new DocxBuilder();
        var (abstractId, num) = builder.AddList(DocxBuilder.Level(0, "upperRoman", "%1."), DocxBuilder.Level(1, "decimal", "%1.%2.", restart: 1));
        var restarted = builder.AddInstance(abstractId, (0, 3));
        builder.Add(DocxBuilder.Paragraph("MỤC TIÊU", num))
            .Add(DocxBuilder.Paragraph("Chỉ tiêu 1: đạt 90% vào năm 2025", num, 1))
            .Add(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(DocxBuilder.TextRun("Theo Quyết định số 23/QĐ-TTg"), builder.Footnote("Ngày 07/01/2021.")))
            .Add(DocxBuilder.Table(true, ["Chỉ tiêu", "2025"], ["1", "65%"]))
            .Add(DocxBuilder.Table(false, ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]))
            .Add(DocxBuilder.Paragraph("CHẾ ĐỘ BÁO CÁO", restarted));
        return builder.ToBytes();
    }

    private static Dictionary<string, byte[]> Parts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
    }

    private static byte[] Zip(Dictionary<string, byte[]> parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    private static byte[] Mutate(byte[] bytes, (int Position, byte Value)[] edits, int cut)
    {
        var copy = (byte[])bytes.Clone();
        foreach (var (position, value) in edits)
        {
            copy[position % copy.Length] = value;
        }
        return cut > 0 ? copy[..Math.Max(0, copy.Length - (cut % copy.Length))] : copy;
    }

    private static Arbitrary<((int, byte)[] Edits, int Cut)> Edits(int maxEdits) =>
        (from count in Gen.Choose(1, maxEdits)
         from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, int.MaxValue), ArbMap.Default.GeneratorFor<byte>()), count)
         from cut in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 4000)))
         select (edits, cut)).ToArbitrary();

    [Property(MaxTest = 1_000)]
    public Property Read_MutatedDocxBytes_NeverThrows() =>
        Prop.ForAll(Edits(8), input =>
        {
            var result = WordDocumentReader.Default.Read(Mutate(Sample, input.Edits, input.Cut));
            return result.Match(text => text.Text is not null, error => error.Message.Length > 0);
        });

    // Each case zips a package again, so fewer cases keep the run fast.
    [Property(MaxTest = 500)]
    public Property Read_DocxWithDamagedXmlPart_NeverThrows() =>
        Prop.ForAll(Gen.Elements(SampleParts.Keys.Order(StringComparer.Ordinal).ToArray()).ToArbitrary(), Edits(4), (part, input) =>
        {
            var parts = new Dictionary<string, byte[]>(SampleParts, StringComparer.Ordinal);
            parts[part] = Mutate(parts[part], input.Edits, input.Cut);
            var result = WordDocumentReader.Default.Read(Zip(parts));
            return result.Match(
                text => text.Paragraphs.All(p => p.Start >= 0 && p.Start + p.Length <= text.Text.Length),
                error => error.Message.Length > 0);
        });
}
