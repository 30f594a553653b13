using System;
using NodaTime;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Legal;

public class LegalReferenceTests
{
    private static LegalReference ParseValid(string text)
    {
        var result = LegalReference.Parse(text);
        Assert.True(result.IsT0, result.IsT1 ? result.AsT1.ToString() : text);
        return result.AsT0;
    }

    private static NumberedLegalReference ParseNumbered(string text) => Assert.IsType<NumberedLegalReference>(ParseValid(text));

    private static ParseError ParseInvalid(string text)
    {
        var result = LegalReference.Parse(text);
        Assert.True(result.IsT1, text);
        return result.AsT1;
    }

    [Theory]
    [InlineData("56/2017/NĐ-CP", "56/2017/NĐ-CP")]
    [InlineData("Nghị định số 56/2017/NĐ-CP ngày 09/5/2017", "56/2017/NĐ-CP ngày 09/5/2017")]
    [InlineData("1437/QĐ-TTg ngày 29/10/2018", "1437/QĐ-TTg ngày 29/10/2018")]
    [InlineData("13/2021/TT-BLĐTBXH", "13/2021/TT-BLĐTBXH")]
    [InlineData("20-CT/TW", "20-CT/TW")]
    [InlineData("Chỉ thị số 20/CT-TW", "20-CT/TW")]
    [InlineData("177/KH-UBND", "177/KH-UBND")]
    [InlineData("636/LĐTBXH-TE", "636/LĐTBXH-TE")]
    [InlineData("102/2016/QH13", "102/2016/QH13")]
    [InlineData("Luật số 102/2016/QH13", "Luật số 102/2016/QH13")]
    [InlineData("Luật Trẻ em năm 2016", "Luật Trẻ em năm 2016")]
    [InlineData("Luật Trẻ em ngày 05 tháng 4 năm 2016", "Luật Trẻ em ngày 05/4/2016")]
    [InlineData("Nghi dinh so 56/2017/ND-CP ngay 9-5-2017", "56/2017/NĐ-CP ngày 09/5/2017")]
    [InlineData("  Quyết định  số\n1437 / QĐ \u2013 TTg ,  ngày 29 tháng 10 năm 2018 ", "1437/QĐ-TTg ngày 29/10/2018")]
    [InlineData("Thông tư số số 28/2019/TT-BLĐTBXH", "28/2019/TT-BLĐTBXH")]
    [InlineData("Quyết định số 55a/ 2013/QĐ-TTg", "55a/2013/QĐ-TTg")]
    [InlineData("Kế hoạch số 27/KH-UBND, ngày 18/02/2020", "27/KH-UBND ngày 18/02/2020")]
    [InlineData("Công văn số 1011/VP-KGVX, ngày 11/3/2023", "1011/VP-KGVX ngày 11/3/2023")]
    [InlineData("Thông tư liên tịch số 01/2015/TTLT-BLĐTBXH-BYT", "01/2015/TTLT-BLĐTBXH-BYT")]
    [InlineData("Thông tư số 01/2015/TTLT-BLĐTBXH-BYT", "01/2015/TTLT-BLĐTBXH-BYT")]
    [InlineData("Số: **27** /KH-UBND", "27/KH-UBND")]
    public void Parse_SeedForms_ReturnsCanonicalText(string text, string canonical) =>
        Assert.Equal(canonical, ParseValid(text).ToString());

    [Fact]
    public void Parse_DecreeWithIssueDate_ReturnsAllParts()
    {
        var decree = ParseNumbered("Nghị định số 56/2017/NĐ-CP ngày 09/5/2017");

        Assert.Equal(DocumentType.Decree, decree.Type);
        Assert.Equal("56", decree.Number);
        Assert.Equal(2017, decree.Year);
        Assert.True(decree.HasYearInNumber);
        Assert.Equal("NĐ", decree.TypeCode);
        Assert.Equal("CP", decree.Issuer);
        Assert.Equal("NĐ-CP", decree.Symbol);
        Assert.Equal(new LocalDate(2017, 5, 9), decree.IssueDate);
    }

    [Fact]
    public void Parse_NumberWithoutYear_TakesYearFromIssueDate()
    {
        var decision = ParseNumbered("1437/QĐ-TTg ngày 29/10/2018");

        Assert.False(decision.HasYearInNumber);
        Assert.Equal(2018, decision.Year);
        Assert.Null(ParseValid("1437/QĐ-TTg").Year);
    }

    [Fact]
    public void Parse_PartyAndStateFormsOfDirective_AreEqual()
    {
        var party = ParseNumbered("20-CT/TW ngày 05/11/2012");
        var state = ParseNumbered("Chỉ thị số 20/CT-TW ngày 05 tháng 11 năm 2012");

        Assert.Equal(party, state);
        Assert.Equal(party.GetHashCode(), state.GetHashCode());
        Assert.True(party.IsPartyDocument);
        Assert.Equal("CT/TW", state.Symbol);
        Assert.Equal("20-CT/TW ngày 05/11/2012", state.ToString());
    }

    [Fact]
    public void Parse_OfficialLetterWithoutKindCode_IsOfficialLetter()
    {
        var letter = ParseNumbered("636/LĐTBXH-TE");

        Assert.Equal(DocumentType.OfficialLetter, letter.Type);
        Assert.Null(letter.TypeCode);
        Assert.Equal("LĐTBXH-TE", letter.Issuer);
    }

    [Fact]
    public void Parse_BareNationalAssemblyNumber_HasNoKind()
    {
        var act = ParseValid("102/2016/QH13");

        Assert.Null(act.Type);
        Assert.Equal(ParseValid("Luật số 102/2016/QH13"), act);
        Assert.Equal(DocumentType.Law, ParseValid("Luật số 102/2016/QH13").Type);
    }

    [Fact]
    public void Parse_NamedLaw_IsNamedReference()
    {
        // A named reference has no number: the type says so.
        var law = Assert.IsType<NamedLegalReference>(ParseValid("Luật Trẻ em năm 2016"));

        Assert.Equal(DocumentType.Law, law.Type);
        Assert.Equal("Trẻ em", law.Title);
        Assert.Equal(2016, law.Year);
    }

    [Fact]
    public void Parse_NoDiacriticsIssuer_EqualsDiacriticIssuer()
    {
        Assert.Equal(ParseValid("36/2018/TT-BLDTBXH"), ParseValid("36/2018/TT-BLĐTBXH"));
        Assert.Equal("TT-BLDTBXH", ParseNumbered("36/2018/TT-BLDTBXH").Symbol);
    }

    [Fact]
    public void Parse_LeadingZero_EqualsWithoutLeadingZero()
    {
        Assert.Equal(ParseValid("06/QĐ-TTg ngày 03/01/2029"), ParseValid("6/QĐ-TTg ngày 03/01/2029"));
        Assert.NotEqual(ParseValid("55a/2013/QĐ-TTg"), ParseValid("55/2013/QĐ-TTg"));
    }

    [Fact]
    public void Equals_SameNumberYearAndSymbolDifferentDay_AreEqual()
    {
        // The day is what a citation says about the document, not which document it is.
        Assert.Equal(ParseValid("56/2017/NĐ-CP"), ParseValid("56/2017/NĐ-CP ngày 09/5/2017"));
        Assert.Equal(ParseValid("Nghị định số 56/NĐ-CP ngày 09 tháng 5 năm 2017"), ParseValid("56/2017/NĐ-CP"));
        Assert.NotEqual(ParseValid("06/QĐ-TTg ngày 14/01/2019"), ParseValid("06/QĐ-TTg ngày 03/01/2029"));
    }

    [Fact]
    public void MayDenoteSameDocumentAs_UnknownYear_MatchesAnyYear()
    {
        var undated = ParseValid("Quyết định số 06/QĐ-TTg");
        var dated = ParseValid("Quyết định số 06/QĐ-TTg ngày 03/01/2029");

        Assert.NotEqual(undated, dated);
        Assert.True(undated.MayDenoteSameDocumentAs(dated));
        Assert.False(dated.MayDenoteSameDocumentAs(ParseValid("06/QĐ-TTg ngày 14/01/2019")));
        Assert.False(undated.MayDenoteSameDocumentAs(ParseValid("06/QĐ-UBND")));
    }

    [Fact]
    public void Equals_NamedAndNumbered_AreNeverEqual() =>
        Assert.NotEqual(ParseValid("Luật Trẻ em năm 2016"), ParseValid("102/2016/QH13"));

    [Fact]
    public void Equals_NamedTitleCaseAndDiacritics_AreIgnored() =>
        Assert.Equal(ParseValid("Luật Trẻ em năm 2016"), ParseValid("Luật trẻ em năm 2016"));

    [Fact]
    public void ToLongVietnameseString_Decree_NamesKindAndNumber()
    {
        Assert.Equal("Nghị định số 56/2017/NĐ-CP ngày 09/5/2017", ParseValid("56/2017/NĐ-CP ngày 09/5/2017").ToLongVietnameseString());
        Assert.Equal("Chỉ thị số 20-CT/TW", ParseValid("20/CT-TW").ToLongVietnameseString());
        Assert.Equal("Văn bản số 102/2016/QH13", ParseValid("102/2016/QH13").ToLongVietnameseString());
    }

    [Fact]
    public void ToEnglishString_DescribesKindNumberAndDate()
    {
        Assert.Equal("Decree No. 56/2017/NĐ-CP of 9 May 2017", ParseValid("56/2017/NĐ-CP ngày 09/5/2017").ToEnglishString());
        Assert.Equal("Directive No. 20-CT/TW", ParseValid("20-CT/TW").ToEnglishString());
        Assert.Equal("Law “Trẻ em” of 2016", ParseValid("Luật Trẻ em năm 2016").ToEnglishString());
        Assert.Equal("Decision No. 1437/QĐ-TTg of 29 October 2018", ParseValid("1437/QĐ-TTg ngày 29/10/2018").ToEnglishString());
    }

    [Theory]
    [InlineData("", LegalErrorCodes.Empty, 0)]
    [InlineData("   ", LegalErrorCodes.Empty, 0)]
    [InlineData("Số: /KH-SLĐTBXH", LegalErrorCodes.NumberMissing, 4)]
    [InlineData("Quyết định số", LegalErrorCodes.NumberMissing, 13)]
    [InlineData("Quyết định số 12", LegalErrorCodes.NumberInvalid, 14)]
    [InlineData("12/2020/", LegalErrorCodes.NumberInvalid, 0)]
    [InlineData("12/QĐ", LegalErrorCodes.IssuerMissing, 3)]
    [InlineData("Biên bản số 12/BB-UBND", LegalErrorCodes.TypeUnknown, 0)]
    [InlineData("Nghị định số 12/QĐ-TTg", LegalErrorCodes.TypeMismatch, 0)]
    [InlineData("Quyết định số 121/2020/QH14", LegalErrorCodes.TypeMismatch, 0)]
    [InlineData("Thông tư số 05/2020/TT-BYT ngày 31/02/2020", LegalErrorCodes.DateInvalid, 27)]
    [InlineData("12/QĐ-TTg ngày 12/2020", LegalErrorCodes.DateInvalid, 10)]
    [InlineData("56/2017/NĐ-CP ngày 09/5/2018", LegalErrorCodes.YearMismatch, 14)]
    [InlineData("Luật năm 2016", LegalErrorCodes.NameMissing, 0)]
    [InlineData("56/2017/NĐ-CP của Chính phủ", LegalErrorCodes.TrailingText, 14)]
    public void Parse_Malformed_ReturnsTypedErrorWithPosition(string text, string code, int position)
    {
        var error = ParseInvalid(text);

        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Parse_NfdInput_PositionsIndexNfcForm()
    {
        var error = ParseInvalid("Nghị định số 56/2017/NĐ-CP ngày 31/02/2017".Normalize(System.Text.NormalizationForm.FormD));

        Assert.Equal("ngày 31/02/2017", error.Fragment);
        Assert.Equal(27, error.Position);
    }

    [Fact]
    public void TryParse_ValidAndInvalid_ReportsSuccess()
    {
        Assert.True(LegalReference.TryParse("20-CT/TW", out var reference));
        Assert.Equal("20-CT/TW", reference.ToString());
        Assert.False(LegalReference.TryParse("31/02", out _));
        Assert.False(LegalReference.TryParse(null, out _));
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => LegalReference.Parse(null!));

    [Fact]
    public void Create_Parts_BuildsCanonicalReference()
    {
        var plan = LegalReference.Create(null, "27", null, "KH-UBND", new LocalDate(2020, 2, 18));

        Assert.Equal(DocumentType.Plan, plan.Type);
        Assert.Equal("27/KH-UBND ngày 18/02/2020", plan.ToString());
        Assert.Equal(DocumentType.OfficialLetter, LegalReference.Create(null, "636", null, "LĐTBXH-TE").Type);
    }

    [Theory]
    [InlineData("x1", "NĐ-CP")]
    [InlineData("1234567890", "NĐ-CP")]
    [InlineData("12", "")]
    [InlineData("12", "nđ-cp")]
    [InlineData("12", "NĐ")]
    public void Create_MalformedParts_Throws(string number, string symbol) =>
        Assert.Throws<ArgumentException>(() => LegalReference.Create(null, number, 2017, symbol));

    [Fact]
    public void Create_ContradictingKindOrYear_Throws()
    {
        Assert.Throws<ArgumentException>(() => LegalReference.Create(DocumentType.Decree, "1437", null, "QĐ-TTg"));
        Assert.Throws<ArgumentException>(() => LegalReference.Create(DocumentType.Decision, "121", 2020, "QH14"));
        Assert.Throws<ArgumentException>(() => LegalReference.Create(null, "56", 2017, "NĐ-CP", new LocalDate(2018, 5, 9)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalReference.Create(null, "56", 999, "NĐ-CP"));
    }

    [Fact]
    public void Named_InvalidKindOrTitle_Throws()
    {
        Assert.Throws<ArgumentException>(() => LegalReference.Named(DocumentType.Decree, "Trẻ em", 2016));
        Assert.Throws<ArgumentException>(() => LegalReference.Named(DocumentType.Law, "Trẻ em 2016", 2016));
        Assert.Throws<ArgumentException>(() => LegalReference.Named(DocumentType.Law, " ", 2016));
        Assert.Throws<ArgumentException>(() => LegalReference.Named(DocumentType.Law, "Trẻ em", 2016, new LocalDate(2015, 4, 5)));
    }

    [Fact]
    public void WithIssueDate_NumberWithoutYear_ChangesYear()
    {
        var undated = ParseValid("1437/QĐ-TTg");

        Assert.Equal(2018, undated.WithIssueDate(new LocalDate(2018, 10, 29)).Year);
        Assert.Throws<ArgumentException>(() => ParseValid("56/2017/NĐ-CP").WithIssueDate(new LocalDate(2018, 1, 1)));
        Assert.Null(ParseValid("1437/QĐ-TTg ngày 29/10/2018").WithIssueDate(null).Year);
    }

    [Fact]
    public void Operators_AgreeWithEquals()
    {
        var a = ParseValid("20-CT/TW");
        var b = ParseValid("20/CT-TW");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.False(a == null);
        Assert.False(a.Equals((object)"20-CT/TW"));
    }
}
