using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Word;

public class WordDocumentReaderTests
{
    private static readonly WordDocumentReader Reader = WordDocumentReader.Default;

    private static string Read(DocxBuilder builder) => Reader.Read(builder.ToBytes()).AsT0.Text;

    private static string[] Lines(DocxBuilder builder) => Read(builder).Split('\n');

    [Fact]
    public void Read_SectionsList_NumbersLevelsAndRestartsDeeperLevels()
    {
        var builder = new DocxBuilder();
        var (_, num) = builder.AddList(
            DocxBuilder.Level(0, "upperRoman", "%1."),
            DocxBuilder.Level(1, "decimal", "%2."),
            DocxBuilder.Level(2, "lowerLetter", "%3)"));
        builder.Add(DocxBuilder.Paragraph("MỤC TIÊU", num, 0))
            .Add(DocxBuilder.Paragraph("Mục tiêu chung", num, 1))
            .Add(DocxBuilder.Paragraph("Mục tiêu cụ thể", num, 1))
            .Add(DocxBuilder.Paragraph("Mục tiêu 1", num, 2))
            .Add(DocxBuilder.Paragraph("Mục tiêu 2", num, 2))
            .Add(DocxBuilder.Paragraph("NHIỆM VỤ", num, 0))
            .Add(DocxBuilder.Paragraph("Truyền thông", num, 1))
            .Add(DocxBuilder.Paragraph("Nội dung", num, 2));
        Assert.Equal(
            "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\n2. Mục tiêu cụ thể\n\na) Mục tiêu 1\n\nb) Mục tiêu 2\n\nII. NHIỆM VỤ\n\n1. Truyền thông\n\na) Nội dung",
            Read(builder));
    }

    [Fact]
    public void Read_MultiLevelText_StartValuesAndLegalNumbering()
    {
        var builder = new DocxBuilder();
        var (_, num) = builder.AddList(
            DocxBuilder.Level(0, "upperRoman", "%1.", start: 4),
            DocxBuilder.Level(1, "decimal", "%1.%2.", legal: false),
            DocxBuilder.Level(2, "decimal", "%1.%2.%3.", legal: true));
        builder.Add(DocxBuilder.Paragraph("KINH PHÍ", num, 0))
            .Add(DocxBuilder.Paragraph("Nguồn", num, 1))
            .Add(DocxBuilder.Paragraph("Ngân sách", num, 2));
        Assert.Equal(new[] { "IV. KINH PHÍ", "", "IV.1. Nguồn", "", "4.1.1. Ngân sách" }, Lines(builder));
    }

    [Fact]
    public void Read_LevelRestartZero_NeverRestarts()
    {
        var builder = new DocxBuilder();
        var (_, num) = builder.AddList(DocxBuilder.Level(0, "upperRoman", "%1."), DocxBuilder.Level(1, "decimal", "%2.", restart: 0));
        builder.Add(DocxBuilder.Paragraph("A", num, 0)).Add(DocxBuilder.Paragraph("a", num, 1))
            .Add(DocxBuilder.Paragraph("B", num, 0)).Add(DocxBuilder.Paragraph("b", num, 1));
        Assert.Equal("I. A\n\n1. a\n\nII. B\n\n2. b", Read(builder));
    }

    [Fact]
    public void Read_InstancesOfOneDefinition_ContinueUnlessRestartedWithStartOverride()
    {
        var builder = new DocxBuilder();
        var (abstractId, first) = builder.AddList(DocxBuilder.Level(0, "upperRoman", "%1."));
        var second = builder.AddInstance(abstractId);
        var restarted = builder.AddInstance(abstractId, (0, 3));
        builder.Add(DocxBuilder.Paragraph("MỤC TIÊU", first)).Add(DocxBuilder.Paragraph("NỘI DUNG", second))
            .Add(DocxBuilder.Paragraph("TỔ CHỨC THỰC HIỆN", first)).Add(DocxBuilder.Paragraph("CHẾ ĐỘ BÁO CÁO", restarted))
            .Add(DocxBuilder.Paragraph("PHỤ LỤC", restarted)).Add(DocxBuilder.Paragraph("KẾT LUẬN", first));
        // The count belongs to the definition: after the restart, the first instance counts on from it too.
        Assert.Equal("I. MỤC TIÊU\n\nII. NỘI DUNG\n\nIII. TỔ CHỨC THỰC HIỆN\n\nIII. CHẾ ĐỘ BÁO CÁO\n\nIV. PHỤ LỤC\n\nV. KẾT LUẬN", Read(builder));
    }

    [Theory]
    [InlineData("lowerRoman", "%1.", 14, "xiv.")]
    [InlineData("upperLetter", "%1.", 3, "C.")]
    [InlineData("lowerLetter", "%1)", 27, "aa)")]
    [InlineData("lowerLetter", "%1)", 53, "aaa)")]
    [InlineData("decimalZero", "%1.", 7, "07.")]
    [InlineData("decimal", "(%1)", 12, "(12)")]
    [InlineData("none", "%1", 1, "")]
    [InlineData("ordinal", "%1.", 2, "2.")]
    public void Read_NumberFormats_RenderLikeWord(string format, string text, int start, string label)
    {
        var builder = new DocxBuilder();
        var (_, num) = builder.AddList(DocxBuilder.Level(0, format, text, start));
        builder.Add(DocxBuilder.Paragraph("x", num));
        Assert.Equal(label.Length == 0 ? "x" : label + " x", Read(builder));
    }

    [Fact]
    public void Read_SymbolFontBullet_IsAPlainBullet()
    {
        var builder = new DocxBuilder();
        var (_, symbol) = builder.AddList(DocxBuilder.Level(0, "bullet", "\uF0B7"));
        var (_, dash) = builder.AddList(DocxBuilder.Level(0, "bullet", "-"));
        builder.Add(DocxBuilder.Paragraph("một", symbol)).Add(DocxBuilder.Paragraph("hai", dash));
        Assert.Equal("• một\n\n- hai", Read(builder));
    }

    [Fact]
    public void Read_NumberingFromHeadingStyle_IsApplied()
    {
        var builder = new DocxBuilder();
        var (_, num) = builder.AddList(DocxBuilder.Level(0, "upperRoman", "%1."));
        builder.AddStyle(new Style(new StyleName { Val = "Heading 1" },
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = num })))
        { Type = StyleValues.Paragraph, StyleId = "Heading1" });
        var heading = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), DocxBuilder.TextRun("MỤC TIÊU"));
        builder.Add(heading).Add(heading.CloneNode(true));
        Assert.Equal("I. MỤC TIÊU\n\nII. MỤC TIÊU", Read(builder));
    }

    [Fact]
    public void Read_BreaksTabsHiddenAndDeletedText()
    {
        var builder = new DocxBuilder();
        builder.Add(new Paragraph(
            DocxBuilder.TextRun("KẾ HOẠCH\nTHỰC HIỆN", bold: true),
            new Run(new TabChar(), new DocumentFormat.OpenXml.Wordprocessing.Text("năm 2024")),
            new Run(new RunProperties(new Vanish()), new DocumentFormat.OpenXml.Wordprocessing.Text("ẩn")),
            new DeletedRun(new Run(new DeletedText("đã xoá"))),
            new InsertedRun(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(" mới"))),
            new Hyperlink(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(" liên kết")))));
        Assert.Equal("KẾ HOẠCH\nTHỰC HIỆN\tnăm 2024 mới liên kết", Read(builder));
    }

    [Fact]
    public void Read_DeeplyNestedContentControls_StopsAtADepthInsteadOfOverflowing()
    {
        OpenXmlElement block = DocxBuilder.Paragraph("sâu");
        for (var i = 0; i < 2_000; i++)
        {
            block = new SdtBlock(new SdtContentBlock(block));
        }
        var builder = new DocxBuilder();
        builder.Add(DocxBuilder.Paragraph("nông")).Add(block);
        Assert.Equal("nông", Read(builder));
    }

    [Fact]
    public void Read_NumberedEmptyParagraph_ShowsItsNumber()
    {
        var builder = new DocxBuilder();
        var (_, num) = builder.AddList(DocxBuilder.Level(0, "decimal", "%1."));
        builder.Add(DocxBuilder.Paragraph("", num)).Add(DocxBuilder.Paragraph("hai", num));
        Assert.Equal("1.\n\n2. hai", Read(builder));
    }

    [Fact]
    public void Read_DecomposedText_IsNfc()
    {
        var builder = new DocxBuilder();
        builder.Add(DocxBuilder.Paragraph("Quảng Ngãi".Normalize(NormalizationForm.FormD)));
        var text = Read(builder);
        Assert.Equal("Quảng Ngãi", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Read_Footnotes_AreNumberedByReferenceOrderAndAppended()
    {
        var builder = new DocxBuilder();
        var first = builder.Footnote("Chú thích một.");
        var second = builder.Footnote("Chú thích hai.");
        builder.Add(new Paragraph(DocxBuilder.TextRun("Trước"), second, DocxBuilder.TextRun(" sau"), first, DocxBuilder.TextRun(".")))
            .Add(DocxBuilder.Paragraph("Hết."));
        var read = Reader.Read(builder.ToBytes()).AsT0;
        Assert.Equal("Trước[1] sau[2].\n\nHết.\n\n[1] Chú thích hai.\n\n[2] Chú thích một.", read.Text);
        Assert.Equal(new int?[] { null, null, 1, 2 }, read.Paragraphs.Select(p => p.Footnote));
    }

    [Fact]
    public void Read_BorderedTable_RowsAsLinesWithBars()
    {
        var builder = new DocxBuilder();
        builder.Add(DocxBuilder.Paragraph("Bảng:"))
            .Add(DocxBuilder.Table(true, ["Chỉ tiêu", "2025", "2030"], ["Chỉ tiêu 1", "65%", "75%"], ["", "", ""], ["Ghi chú\n\ndòng hai", "", "x"]))
            .Add(DocxBuilder.Paragraph("Sau bảng."));
        Assert.Equal("Bảng:\n\nChỉ tiêu | 2025 | 2030\nChỉ tiêu 1 | 65% | 75%\nGhi chú dòng hai |  | x\n\nSau bảng.", Read(builder));
    }

    [Fact]
    public void Read_BorderlessTable_CellByCell()
    {
        var builder = new DocxBuilder();
        builder.Add(DocxBuilder.Table(false, ["ỦY BAN NHÂN DÂN\n\nTỈNH AN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 177/KH-UBND", "An Giang, ngày 28 tháng 02 năm 2024"]));
        Assert.Equal("ỦY BAN NHÂN DÂN\n\nTỈNH AN GIANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 177/KH-UBND\n\nAn Giang, ngày 28 tháng 02 năm 2024", Read(builder));
    }

    [Fact]
    public void Read_TableStyleBorders_AreInheritedAndCanBeSwitchedOff()
    {
        var builder = new DocxBuilder();
        builder.AddStyle(new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });
        var grid = DocxBuilder.Table(false, ["a", "b"]);
        grid.GetFirstChild<TableProperties>()!.Append(new TableStyle { Val = "TableGrid" });
        var cleared = (Table)grid.CloneNode(true);
        cleared.GetFirstChild<TableProperties>()!.Append(new TableBorders(
            new TopBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.Nil }));
        builder.Add(grid).Add(cleared);
        Assert.Equal("a | b\n\na\n\nb", Read(builder));
    }

    [Fact]
    public void Read_ParagraphMap_TracesOffsetsToParagraphIndexes()
    {
        var builder = new DocxBuilder();
        builder.Add(DocxBuilder.Paragraph("Một")).Add(DocxBuilder.Paragraph("   ")).Add(DocxBuilder.Table(true, ["a", "b"])).Add(DocxBuilder.Paragraph("Hai"));
        var read = Reader.Read(builder.ToBytes()).AsT0;
        Assert.Equal("Một\n\na | b\n\nHai", read.Text);
        Assert.Equal(new[] { 0, 2, 3, 4 }, read.Paragraphs.Select(p => p.Index));
        Assert.Equal(0, read.FindParagraph(2)!.Index);
        Assert.Null(read.FindParagraph(3));
        Assert.Equal(3, read.FindParagraph(read.Text.IndexOf('b', StringComparison.Ordinal))!.Index);
        Assert.Null(read.FindParagraph(read.Text.IndexOf('|', StringComparison.Ordinal)));
        Assert.Equal(4, read.FindParagraph(read.Text.Length - 1)!.Index);
        Assert.Null(read.FindParagraph(read.Text.Length));
        Assert.All(read.Paragraphs, p => Assert.Equal(p, read.FindParagraph(p.Start)));
    }

    [Fact]
    public void Read_StreamAndPath_GiveTheSameText()
    {
        var bytes = SeedDocx.Create(3);
        var path = Path.Combine(Path.GetTempPath(), $"vncp-word-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var stream = new MemoryStream(bytes);
            Assert.Equal(Reader.Read(stream).AsT0, Reader.Read(path).AsT0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D })]
    [InlineData(new byte[] { 0x50 })]
    public void Read_NotAZip_IsNotZip(byte[] bytes) =>
        Assert.Equal(WordReadErrorKind.NotZip, Reader.Read(bytes).AsT1.Kind);

    [Fact]
    public void Read_PlainText_IsNotZip()
    {
        var error = Reader.Read(File.ReadAllBytes(SeedCorpus.SeedFiles[0])).AsT1;
        Assert.Equal(WordReadErrorKind.NotZip, error.Kind);
        Assert.Equal("WORD-NOT-ZIP", error.Code);
    }

    [Fact]
    public void Read_CompoundFile_IsEncryptedWhenItHoldsEncryptionInfo()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var encrypted = header.Concat(Encoding.Unicode.GetBytes("EncryptionInfo")).Concat(new byte[64]).ToArray();
        Assert.Equal(WordReadErrorKind.Encrypted, Reader.Read(encrypted).AsT1.Kind);
        Assert.Equal(WordReadErrorKind.NotWordDocument, Reader.Read(header.Concat(Encoding.Unicode.GetBytes("WordDocument")).ToArray()).AsT1.Kind);
    }

    [Fact]
    public void Read_ZipThatIsNotAPackage_IsNotWordDocument()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("plan.txt").Open());
            writer.Write("Số: 27/KH-UBND");
        }
        Assert.Equal(WordReadErrorKind.NotWordDocument, Reader.Read(stream.ToArray()).AsT1.Kind);
    }

    [Fact]
    public void Read_PackageWithoutMainPart_IsMissingMainPart()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                writer.Write("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>""");
            }
            using (var writer = new StreamWriter(zip.CreateEntry("_rels/.rels").Open()))
            {
                writer.Write("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>""");
            }
        }
        Assert.Equal(WordReadErrorKind.MissingMainPart, Reader.Read(stream.ToArray()).AsT1.Kind);
    }

    [Fact]
    public void Read_Spreadsheet_IsNotWordDocument()
    {
        using var stream = new MemoryStream();
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            workbook.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        }
        Assert.Equal(WordReadErrorKind.NotWordDocument, Reader.Read(stream.ToArray()).AsT1.Kind);
    }

    [Fact]
    public void Read_MissingFile_IsUnreadable()
    {
        var error = Reader.Read("/no/such/plan.docx").AsT1;
        Assert.Equal(WordReadErrorKind.Unreadable, error.Kind);
        Assert.DoesNotContain("/no/such", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedDocx_IsAnError()
    {
        var bytes = SeedDocx.Create(0);
        Assert.True(Reader.Read(bytes[..(bytes.Length / 2)]).IsT1);
    }

    [Fact]
    public void Read_PartLargerThanTheLimit_IsCorrupt() =>
        Assert.Equal(WordReadErrorKind.Corrupt, new WordDocumentReader(maxCharactersInPart: 100).Read(SeedDocx.Create(3)).AsT1.Kind);

    [Fact]
    public void WordText_ParagraphsOutsideOrOverlapping_Throw()
    {
        Assert.Throws<ArgumentException>(() => new WordText("abc", Domain.Collections.ValueList.Of(new WordParagraph(0, 2, 2, null))));
        Assert.Throws<ArgumentException>(() => new WordText("abcd", Domain.Collections.ValueList.Of(new WordParagraph(0, 0, 2, null), new WordParagraph(1, 1, 2, null))));
        Assert.Equal(new WordText("ab", Domain.Collections.ValueList.Of(new WordParagraph(0, 0, 2, null))), new WordText("ab", Domain.Collections.ValueList.Of(new WordParagraph(0, 0, 2, null))));
    }

    [Fact]
    public void Constructor_NonPositiveLimit_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordDocumentReader(0));
}
