using System.IO;
using System.Linq;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Word;

/// <summary>The four seed plans as Word files (see <see cref="SeedDocx"/>) import like their text.</summary>
public class PlanWordImporterTests
{
    private static readonly PlanTextImporter TextImporter = new();
    private static readonly PlanWordImporter WordImporter = new();
    private static readonly PlanValidator Validator = new();

    private static WordPlanImportResult ImportDocx(int seed)
    {
        using var stream = new MemoryStream(SeedDocx.Create(seed));
        return WordImporter.Import(stream).AsT0;
    }

    // The text keeps Markdown marks (**) that Word holds as run formatting, so citations are compared without them.
    private static string[] Citations(ValueList<PlanCitation> citations) =>
        citations.Select(c => Domain.Text.VietnameseText.Normalize(c.Text.Replace("*", "", System.StringComparison.Ordinal))).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Import_SeedAsWord_GivesTheHeaderSectionsAndCitationsOfTheText(int seed)
    {
        var text = TextImporter.Import(SeedCorpus.ReadSeed(seed)).Plan;
        var word = ImportDocx(seed).Import.Plan;

        Assert.Equal(text.Header.Number, word.Header.Number);
        Assert.Equal(text.Header.Place, word.Header.Place);
        Assert.Equal(text.Header.IssueDate, word.Header.IssueDate);
        Assert.Equal(text.Header.IssueYear, word.Header.IssueYear);
        Assert.Equal(text.Header.IsDraft, word.Header.IsDraft);
        Assert.Equal(text.Header.Title, word.Header.Title);
        Assert.Equal(text.Header.Issuer, word.Header.Issuer);
        Assert.Equal(text.Sections.Select(s => (s.Number, s.Title)), word.Sections.Select(s => (s.Number, s.Title)));
        Assert.Equal(Citations(text.LegalBases), Citations(word.LegalBases));
        Assert.Equal(Citations(text.References), Citations(word.References));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Validate_SeedAsWord_GivesTheFindingsOfTheText(int seed)
    {
        var text = Validator.Validate(TextImporter.Import(SeedCorpus.ReadSeed(seed)).Plan).Select(d => (d.Rule.Name, d.Location.Path));
        var word = Validator.Validate(ImportDocx(seed).Import.Plan).Select(d => (d.Rule.Name, d.Location.Path));
        Assert.Equal(text, word);
    }

    [Fact]
    public void Import_Seed000AsWord_NumbersSectionsFromNumberingIncludingTheRestartedIII()
    {
        var docx = SeedDocx.Build(SeedCorpus.ReadSeed(0));
        var headings = docx.Body.OfType<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value == 0
                && p.ParagraphProperties.NumberingProperties.NumberingId?.Val?.Value != 2).ToArray();
        Assert.Equal(5, headings.Length);
        Assert.All(headings, h => Assert.All(h.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>(), r => Assert.NotNull(r.RunProperties?.Bold)));
        Assert.DoesNotContain(headings, h => System.Text.RegularExpressions.Regex.IsMatch(h.InnerText, @"^[IVX]+\."));

        var result = ImportDocx(0);
        Assert.Equal(new[] { "I", "II", "III", "IV", "III" }, result.Import.Plan.Sections.Select(s => s.Number));
        var last = result.Import.Plan.Sections[4];
        Assert.Equal("III. CHẾ ĐỘ BÁO CÁO", result.Word.Text.Substring(last.Source!.Start, last.Source.Length));
        var paragraph = result.FindParagraph(last.Source)!;
        Assert.Equal("CHẾ ĐỘ BÁO CÁO", docx.Body.OfType<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ElementAt(paragraph.Index).InnerText);
    }

    // Seed 001's second V repeats the number before it, which automatic numbering cannot produce: typed by hand.
    // Seed 002's III after I is a list restarted at 3, and IV, V continue that list.
    [Theory]
    [InlineData(0, 5, 0, "I II III IV III")]
    [InlineData(1, 5, 1, "I II III IV V V")]
    [InlineData(2, 4, 0, "I III IV V")]
    [InlineData(3, 4, 0, "I II III IV")]
    public void Import_SeedAsWord_HeadingsComeFromNumberingUnlessTypedByHand(int seed, int numbered, int typed, string sections)
    {
        var body = SeedDocx.Build(SeedCorpus.ReadSeed(seed)).Body.OfType<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToArray();
        Assert.Equal(numbered, body.Count(p => p.ParagraphProperties?.NumberingProperties is { } n
            && n.NumberingLevelReference?.Val?.Value == 0 && n.NumberingId?.Val?.Value != 2));
        Assert.Equal(typed, body.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p.InnerText, @"^[IVX]+\.\s")));
        Assert.Equal(sections, string.Join(' ', ImportDocx(seed).Import.Plan.Sections.Select(s => s.Number)));
    }

    [Fact]
    public void Import_Seed002AsWord_KeepsFootnoteTablesAndCitationAfterPlanDate()
    {
        var result = ImportDocx(2);
        var text = result.Word.Text;
        Assert.Contains("phù hợp với trẻ em[1].", text, System.StringComparison.Ordinal);
        Assert.Contains("\n\n[1] Theo Quyết định số 06/QĐ-TTg ngày 03/01/2029", text, System.StringComparison.Ordinal);
        Assert.Contains("Số hiệu: 177/KH-UBND | Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh An Giang | Người ký: Lê Văn Phước", text, System.StringComparison.Ordinal);
        Assert.Contains("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, System.StringComparison.Ordinal);
        var finding = Validator.Validate(result.Import.Plan).Single(d => d.Rule.Name == "citation-after-plan-date");
        var footnote = result.Word.FindParagraph(result.Import.Source.GetLineStart(finding.Location.Line!.Value));
        Assert.Equal(1, footnote!.Footnote);
    }
}
