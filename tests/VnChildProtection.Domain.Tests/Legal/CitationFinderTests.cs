using System;
using System.Linq;
using System.Text;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Legal;

public partial class CitationFinderTests
{
    public static TheoryData<int, string[]> Seeds => new()
    {
        { 0, Seed000QuangNgai2020 },
        { 1, Seed001LangSon2023Draft },
        { 2, Seed002AnGiang2024 },
        { 3, Seed003QuangNinh2021To2030 },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FindAll_Seed_FindsEveryCitationInOrder(int seed, string[] expected)
    {
        var found = CitationFinder.Default.FindAll(SeedCorpus.ReadSeed(seed));

        var actual = found.Select(c => c.IsValid ? c.Reference!.ToString() : c.Error!.Code).ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(0, 41)]
    [InlineData(1, 10)]
    [InlineData(2, 36)]
    [InlineData(3, 3)]
    public void FindAll_Seed_FindsExpectedCount(int seed, int count) =>
        Assert.Equal(count, CitationFinder.Default.FindAll(SeedCorpus.ReadSeed(seed)).Count);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FindAll_Seed_EveryValidSpanParsesToTheSameReference(int seed, string[] expected)
    {
        var text = SeedCorpus.ReadSeed(seed);
        var found = CitationFinder.Default.FindAll(text);

        Assert.Equal(expected.Length, found.Count);
        foreach (var citation in found.Where(c => c.IsValid))
        {
            var span = text.Substring(citation.Start, citation.Length);
            var parsed = LegalReference.Parse(span);
            Assert.True(parsed.IsT0, span);
            Assert.Equal(citation.Reference, parsed.AsT0);
            Assert.Equal(citation.Reference!.IssueDate, parsed.AsT0.IssueDate);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FindAll_Seed_SpansAreOrderedAndDisjoint(int seed, string[] expected)
    {
        var found = CitationFinder.Default.FindAll(SeedCorpus.ReadSeed(seed));

        Assert.Equal(expected.Length, found.Count);
        for (var i = 1; i < found.Count; i++)
        {
            Assert.True(found[i].Start >= found[i - 1].Start + found[i - 1].Length);
        }
    }

    [Fact]
    public void FindAll_Seed001Header_ReportsBlankNumberWithPosition()
    {
        var text = SeedCorpus.ReadSeed(1);
        var header = CitationFinder.Default.FindAll(text)[0];

        Assert.Equal("Số: /KH-SLĐTBXH", text.Substring(header.Start, header.Length));
        Assert.Equal(LegalErrorCodes.NumberMissing, header.Error!.Code);
        Assert.Equal(text.IndexOf("/KH-SLĐTBXH", StringComparison.Ordinal), header.Error.Position);
    }

    [Fact]
    public void FindAll_Seed002Footnote_ParsesDecisionDatedAfterThePlan()
    {
        var text = SeedCorpus.ReadSeed(2);
        var citation = CitationFinder.Default.FindAll(text).Single(c => c.Reference?.IssueDate?.Year == 2029);

        Assert.Equal("Quyết định số 06/QĐ-TTg ngày 03/01/2029", text.Substring(citation.Start, citation.Length));
        Assert.Equal(DocumentType.Decision, citation.Reference!.Type);
    }

    [Fact]
    public void FindAll_Seed002ResolutionCalledDecision_ReportsTypeMismatch()
    {
        var text = SeedCorpus.ReadSeed(2);
        var citation = CitationFinder.Default.FindAll(text).Single(c => !c.IsValid);

        Assert.Equal("Quyết định số 121/2020/QH14 ngày 19 tháng 6 năm 2020", text.Substring(citation.Start, citation.Length));
        Assert.Equal(LegalErrorCodes.TypeMismatch, citation.Error!.Code);
        Assert.Equal(citation.Start, citation.Error.Position);
    }

    [Fact]
    public void FindAll_FootnoteMarkers_AreNotPartOfTheSpan()
    {
        const string text = "Thực hiện Quyết định 1437/QĐ-TTg[1] và Kế hoạch số 27/KH-UBND[2].";

        var found = CitationFinder.Default.FindAll(text);

        Assert.Equal(["Quyết định 1437/QĐ-TTg", "Kế hoạch số 27/KH-UBND"], found.Select(c => text.Substring(c.Start, c.Length)));
    }

    [Fact]
    public void FindAll_MalformedNumbers_ReportTypedErrorsWithPositions()
    {
        const string text = "Căn cứ Nghị định số 12/ của Chính phủ; Quyết định số /QĐ-TTg; Thông tư số 05/2020/TT-BYT ngày 31/02/2020; "
            + "Nghị định số 56/2017/NĐ-CP ngày 09/5/2018; Quyết định số 12/QĐ ngày 01/01/2020.";

        var errors = CitationFinder.Default.FindAll(text).Select(c => c.Error!).ToArray();

        Assert.Equal(
            [LegalErrorCodes.NumberInvalid, LegalErrorCodes.NumberMissing, LegalErrorCodes.DateInvalid, LegalErrorCodes.YearMismatch, LegalErrorCodes.IssuerMissing],
            errors.Select(e => e.Code));
        Assert.Equal(text.IndexOf("12/ của", StringComparison.Ordinal), errors[0].Position);
        Assert.Equal(text.IndexOf("/QĐ-TTg", StringComparison.Ordinal), errors[1].Position);
        Assert.Equal("ngày 31/02/2020", errors[2].Fragment);
        Assert.Equal("ngày 09/5/2018", errors[3].Fragment);
        Assert.Equal("QĐ", errors[4].Fragment);
    }

    [Theory]
    [InlineData("Hướng dẫn, chỉ đạo các cơ quan thông tin đại chúng")]
    [InlineData("Xây dựng Kế hoạch phối hợp liên ngành giai đoạn 2016-2020.")]
    [InlineData("đạt 144/200 năm 2022 lên 150/200 năm 2023; 550/100.000 trẻ em; HIV/AIDS; ngày 28/02/2024")]
    [InlineData("theo quy định của pháp luật năm 2016 và Báo cáo số liệu thống kê")]
    [InlineData("Quốc tế thiếu nhi 1/6, Tết Trung thu; giảm 6,5 trẻ/1.000 trẻ đẻ sống")]
    public void FindAll_OrdinaryText_FindsNothing(string text) => Assert.Empty(CitationFinder.Default.FindAll(text));

    [Fact]
    public void FindAll_NoDiacriticsAndDashVariants_FindsReferences()
    {
        const string text = "Can cu Nghi dinh so 56/2017/ND\u2013CP ngay 09/5/2017 va Chi thi so 20\u2013CT/TW.";

        var found = CitationFinder.Default.FindAll(text).Select(c => c.Reference!.ToString());

        Assert.Equal(["56/2017/NĐ-CP ngày 09/5/2017", "20-CT/TW"], found);
    }

    [Fact]
    public void FindAll_NfdText_FindsTheSameCitationsAsNfc()
    {
        var nfc = SeedCorpus.ReadSeed(0);
        var nfd = nfc.Normalize(NormalizationForm.FormD);

        Assert.Equal(CitationFinder.Default.FindAll(nfc), CitationFinder.Default.FindAll(nfd));
    }

    [Fact]
    public void FindAll_RegistryWithExtraLaw_RecognisesItsTitleWithoutYear()
    {
        var labourCode = LegalReference.Create(DocumentType.Code, "45", 2019, "QH14").WithTitle("Lao động");
        var finder = new CitationFinder(KnownLawRegistry.Default.WithEntries([labourCode]));
        const string text = "theo Bộ luật Lao động và Luật Trẻ em";

        Assert.Equal(["Bộ luật Lao động", "Luật Trẻ em"], finder.FindAll(text).Select(c => c.Reference!.ToString()));
        Assert.Equal(["Luật Trẻ em"], CitationFinder.Default.FindAll(text).Select(c => c.Reference!.ToString()));
    }

    [Fact]
    public void FindAll_LargestSeedRepeated_StaysLinear()
    {
        // 4 × 80 KB: a backtracking scanner would blow up here; this one reads each character a bounded number of times.
        var text = string.Concat(Enumerable.Repeat(SeedCorpus.ReadSeed(2), 4));

        Assert.Equal(4 * Seed002AnGiang2024.Length, CitationFinder.Default.FindAll(text).Count);
    }

    [Fact]
    public void FindAll_Decision23LegalBases_ReadsEveryBasis()
    {
        var text = Nfc(SeedCorpus.ReadLaw("law_QD23"));
        var bases = string.Join("\n", text.Split('\n').Take(5));

        var found = CitationFinder.Default.FindAll(bases).Select(c => c.Reference!.ToString());

        Assert.Equal(
            [
                "Luật Tổ chức Chính phủ ngày 19/6/2015",
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019",
                "Luật Trẻ em ngày 05/4/2016",
                "Nghị quyết số 121/2020/QH14 ngày 19/6/2020",
                "56/2017/NĐ-CP ngày 09/5/2017",
                "Luật Trẻ em",
                "80/2017/NĐ-CP ngày 17/7/2017",
            ],
            found);
    }

    [Fact]
    public void FindAll_Seed002MistakenDecision_IsTheResolutionDecision23Cites()
    {
        // Seed 002 calls it "Quyết định số 121/2020/QH14"; Decision 23/QĐ-TTg cites it as "Nghị quyết số 121/2020/QH14".
        var resolution = CitationFinder.Default.FindAll(SeedCorpus.ReadLaw("law_QD23")).Single(c => c.Reference is NumberedLegalReference { Issuer: "QH14" }).Reference!;

        Assert.Equal(DocumentType.Resolution, resolution.Type);
        Assert.Equal(LegalReference.Parse("121/2020/QH14").AsT0, resolution);
    }

    [Theory]
    [InlineData("Luật này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2017.")]
    [InlineData("theo quy định của pháp luật ngày 01/6/2017")]
    public void FindAll_LawWordWithoutTitle_FindsNothing(string text) => Assert.Empty(CitationFinder.Default.FindAll(text));

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
