using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VnChildProtection.Documents.Tests.Word;

/// <summary>Writes real .docx files for tests with the OpenXML SDK: list definitions, paragraphs, tables, footnotes.</summary>
internal sealed class DocxBuilder
{
    private readonly List<AbstractNum> abstractNums = [];
    private readonly List<NumberingInstance> nums = [];
    private readonly List<Footnote> footnotes = [];
    private readonly List<Style> styles = [];

    public List<OpenXmlElement> Body { get; } = [];

    public static Level Level(int index, string format, string text, int start = 1, int? restart = null, bool legal = false)
    {
        var level = new Level(
            new StartNumberingValue { Val = start },
            new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
            new LevelText { Val = text })
        { LevelIndex = index };
        if (restart is { } r)
        {
            level.InsertAfter(new LevelRestart { Val = r }, level.NumberingFormat);
        }
        if (legal)
        {
            level.InsertAfter(new IsLegalNumberingStyle(), level.LevelText);
        }
        return level;
    }

    /// <summary>Defines an abstract list and one instance of it; returns (abstractNumId, numId).</summary>
    public (int AbstractId, int NumId) AddList(params Level[] levels)
    {
        var abstractId = abstractNums.Count;
        abstractNums.Add(new AbstractNum(levels.Select(l => (Level)l.CloneNode(true))) { AbstractNumberId = abstractId });
        return (abstractId, AddInstance(abstractId));
    }

    /// <summary>Adds another list instance of <paramref name="abstractId"/>, optionally restarting levels (level, start).</summary>
    public int AddInstance(int abstractId, params (int Level, int Start)[] startOverrides)
    {
        var numId = nums.Count + 1;
        var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        foreach (var (level, start) in startOverrides)
        {
            num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
        }
        nums.Add(num);
        return numId;
    }

    public void AddStyle(Style style) => styles.Add(style);

    public static Run TextRun(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }
            if (italic)
            {
                properties.Append(new Italic());
            }
            run.Append(properties);
        }
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    public static Paragraph Paragraph(IEnumerable<OpenXmlElement> runs, int? numId = null, int level = 0)
    {
        var paragraph = new Paragraph();
        if (numId is { } id)
        {
            paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = id })));
        }
        paragraph.Append(runs);
        return paragraph;
    }

    public static Paragraph Paragraph(string text, int? numId = null, int level = 0, bool bold = false) =>
        Paragraph([TextRun(text, bold)], numId, level);

    public DocxBuilder Add(OpenXmlElement block)
    {
        Body.Add(block);
        return this;
    }

    /// <summary>Adds a footnote with <paramref name="text"/>; returns the run that references it.</summary>
    public Run Footnote(string text)
    {
        var id = footnotes.Count + 1;
        footnotes.Add(new Footnote(new Paragraph(
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(" " + text) { Space = SpaceProcessingModeValues.Preserve })))
        { Id = id });
        return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });
    }

    public static Table Table(bool borders, params string[][] rows)
    {
        var table = new Table();
        var properties = new TableProperties();
        if (borders)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
        }
        table.Append(properties);
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(cell.Split("\n\n").Select(p => Paragraph(p))))));
        }
        return table;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(Body.Select(b => b.CloneNode(true))));
            if (abstractNums.Count > 0)
            {
                // Schema order: every abstractNum before any num.
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                    abstractNums.Select(a => a.CloneNode(true)).Concat(nums.Select(n => n.CloneNode(true))));
            }
            if (styles.Count > 0)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(styles.Select(s => s.CloneNode(true)));
            }
            if (footnotes.Count > 0)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                    new[]
                    {
                        new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                        new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                    }.Concat(footnotes.Select(f => (Footnote)f.CloneNode(true))));
            }
        }
        return stream.ToArray();
    }
}
