using System;
using System.IO;
using System.Linq;
using System.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Tests;
using VnChildProtection.Domain.Tests.Docs;

namespace VnChildProtection.Documents.Tests.Word;

/// <summary>The examples of docs/word-import.md, verbatim.</summary>
public class WordDocsExamples
{
    [Fact]
    public void EveryExample_IsTested() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/word-import.md", "tests/VnChildProtection.Documents.Tests/Word/WordDocsExamples.cs");

    [Fact]
    public void ImportingAPlan()
    {
        using var stream = new MemoryStream(SeedDocx.Create(0));

        var importer = new PlanWordImporter();
        var result = importer.Import(stream).AsT0;
        var numbers = result.Import.Plan.Sections.Select(s => s.Number).ToArray();
        // numbers: I, II, III, IV, III (seed 000; the last III is a restarted list in Word)
        var reporting = result.Import.Plan.Sections[4];
        var paragraph = result.FindParagraph(reporting.Source!)!;
        // paragraph.Index: the position of that heading's w:p among the document's paragraphs
        var findings = new PlanValidator().Validate(result.Import.Plan).Select(d => d.Rule.Name).ToArray();
        // findings: section-numbering

        Assert.Equal(new[] { "I", "II", "III", "IV", "III" }, numbers);
        var body = SeedDocx.Build(SeedCorpus.ReadSeed(0)).Body.OfType<DocumentFormat.OpenXml.Wordprocessing.Paragraph>();
        Assert.Equal("CHẾ ĐỘ BÁO CÁO", body.ElementAt(paragraph.Index).InnerText);
        Assert.Equal(new[] { "section-numbering" }, findings);
        Assert.Equal(result.Word.Text, result.Import.Source.Text);
    }

    [Fact]
    public void ReadingTheText()
    {
        var seed002Docx = SeedDocx.Create(2);

        var word = WordDocumentReader.Default.Read(seed002Docx).AsT0;
        var hasFootnote = word.Text.Contains("\n\n[1] Theo Quyết định số 06/QĐ-TTg ngày 03/01/2029", StringComparison.Ordinal);
        // hasFootnote: true — footnote [1] of seed 002, appended after the document
        var footnote = word.Paragraphs.Single(p => p.Footnote == 1);
        // footnote.Footnote: 1, and FindParagraph on any offset of that line returns it

        Assert.True(hasFootnote);
        Assert.Equal(1, footnote.Footnote);
        Assert.Equal(footnote, word.FindParagraph(footnote.Start + footnote.Length - 1));
        Assert.StartsWith("[1] Theo", word.Text.Substring(footnote.Start, footnote.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void FilesThatAreNotWordDocuments()
    {
        var textFileBytes = Encoding.UTF8.GetBytes(SeedCorpus.ReadSeed(0));

        var outcome = WordDocumentReader.Default.Read(textFileBytes).Match(
            text => "read " + text.Paragraphs.Count + " paragraphs",
            error => error.Code);
        // outcome: "WORD-NOT-ZIP" (a text file renamed .docx)

        Assert.Equal("WORD-NOT-ZIP", outcome);
    }
}
