using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Docs;

// Each test starts with one code block of docs/legal.md, verbatim, then asserts what the page states.
public class LegalDocsExamples
{
    [Fact]
    public void Parsing_Decree()
    {
        var decree = (NumberedLegalReference)LegalReference.Parse("Nghị định số 56/2017/NĐ-CP ngày 09/5/2017").AsT0;
        // decree.Type == DocumentType.Decree, decree.Number == "56", decree.Year == 2017
        // decree.Issuer == "CP", decree.IssueDate == new LocalDate(2017, 5, 9)
        var text = decree.ToString();                    // "56/2017/NĐ-CP ngày 09/5/2017"
        var longForm = decree.ToLongVietnameseString();  // "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017"
        var english = decree.ToEnglishString();          // "Decree No. 56/2017/NĐ-CP of 9 May 2017"

        Assert.Equal(DocumentType.Decree, decree.Type);
        Assert.Equal("56", decree.Number);
        Assert.Equal(2017, decree.Year);
        Assert.Equal("CP", decree.Issuer);
        Assert.Equal(new LocalDate(2017, 5, 9), decree.IssueDate);
        Assert.Equal("56/2017/NĐ-CP ngày 09/5/2017", text);
        Assert.Equal("Nghị định số 56/2017/NĐ-CP ngày 09/5/2017", longForm);
        Assert.Equal("Decree No. 56/2017/NĐ-CP of 9 May 2017", english);
    }

    [Fact]
    public void KnownLaws_GoverningInstruments()
    {
        var lawOnChildren = LegalReference.Parse("Luật Trẻ em").AsT0;
        var art57 = KnownLawRegistry.Default.GoverningInstruments(lawOnChildren, 57, new LocalDate(2020, 3, 1)).AsT0;
        // art57.IsAmended == true; art57.Instruments: 102/2016/QH13, 28/2018/QH14
        var art10 = KnownLawRegistry.Default.GoverningInstruments(lawOnChildren, 10, new LocalDate(2020, 3, 1)).AsT0;
        // art10.Instruments: 102/2016/QH13 only
        var error = KnownLawRegistry.Default.GoverningInstruments(lawOnChildren, 107, new LocalDate(2020, 3, 1)).AsT1;
        // error.Code == "LAW-ARTICLE-UNKNOWN": the law has 106 articles

        Assert.True(art57.IsAmended);
        Assert.Equal([LegalReference.Parse("102/2016/QH13").AsT0, LegalReference.Parse("28/2018/QH14").AsT0], art57.Instruments.AsEnumerable());
        Assert.Equal([LegalReference.Parse("102/2016/QH13").AsT0], art10.Instruments.AsEnumerable());
        Assert.Equal("LAW-ARTICLE-UNKNOWN", error.Code);
    }

    [Fact]
    public void Parsing_PartyDirective()
    {
        var party = LegalReference.Parse("20-CT/TW").AsT0;
        var stateStyle = LegalReference.Parse("Chỉ thị số 20/CT-TW").AsT0;
        var same = party == stateStyle;        // true
        var canonical = stateStyle.ToString(); // "20-CT/TW"

        Assert.True(same);
        Assert.Equal("20-CT/TW", canonical);
    }

    [Fact]
    public void Parsing_Errors()
    {
        var draftHeader = LegalReference.Parse("Số: /KH-SLĐTBXH").AsT1;
        // draftHeader.Code == "LEGAL-NUMBER-MISSING", draftHeader.Position == 4
        var badDate = LegalReference.Parse("Thông tư số 05/2020/TT-BYT ngày 31/02/2020").AsT1;
        // badDate.Code == "LEGAL-DATE-INVALID", badDate.Fragment == "ngày 31/02/2020"
        var wrongKind = LegalReference.Parse("Quyết định số 121/2020/QH14").AsT1;
        // wrongKind.Code == "LEGAL-TYPE-MISMATCH": the National Assembly issues laws, codes and resolutions

        Assert.Equal("LEGAL-NUMBER-MISSING", draftHeader.Code);
        Assert.Equal(4, draftHeader.Position);
        Assert.Equal("LEGAL-DATE-INVALID", badDate.Code);
        Assert.Equal("ngày 31/02/2020", badDate.Fragment);
        Assert.Equal("LEGAL-TYPE-MISMATCH", wrongKind.Code);
    }

    [Fact]
    public void LawsCitedByName()
    {
        var byName = LegalReference.Parse("Luật Trẻ em năm 2016").AsT0;
        var found = KnownLawRegistry.Default.TryResolve(byName, out var law);  // true
        var number = law!.ToString();  // "Luật số 102/2016/QH13 ngày 05/4/2016"

        Assert.True(found);
        Assert.Equal("Luật số 102/2016/QH13 ngày 05/4/2016", number);
    }

    [Fact]
    public void FindingCitations()
    {
        var plan = "Thực hiện Quyết định 1437/QĐ-TTg ngày 29/10/2018[1]; Luật Trẻ em năm 2016; Nghị định số 12/ của Chính phủ.";
        var citations = CitationFinder.Default.FindAll(plan);
        // citations.Count == 3
        // citations[0]: plan.Substring(Start, Length) == "Quyết định 1437/QĐ-TTg ngày 29/10/2018"
        // citations[1].Reference!.ToString() == "Luật Trẻ em năm 2016"
        // citations[2].Error!.Code == "LEGAL-NUMBER-INVALID"

        Assert.Equal(3, citations.Count);
        Assert.Equal("Quyết định 1437/QĐ-TTg ngày 29/10/2018", plan.Substring(citations[0].Start, citations[0].Length));
        Assert.Equal("Luật Trẻ em năm 2016", citations[1].Reference!.ToString());
        Assert.Equal("LEGAL-NUMBER-INVALID", citations[2].Error!.Code);
    }

    [Fact]
    public void EveryCodeBlockOfThePage_AppearsVerbatimInThisFile() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/legal.md", "tests/VnChildProtection.Domain.Tests/Docs/LegalDocsExamples.cs", expectedBlocks: 6);
}
