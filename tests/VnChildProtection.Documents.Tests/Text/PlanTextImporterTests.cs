using System.Linq;
using System.Text;
using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Text;

public class PlanTextImporterTests
{
    private static readonly PlanTextImporter Importer = new();

    [Fact]
    public void Import_Seed000_ReadsHeaderAndSections()
    {
        var result = Importer.Import(SeedCorpus.ReadSeed(0));
        var header = result.Plan.Header;
        Assert.Equal("27/KH-UBND", header.Number);
        Assert.Equal("Quảng Ngãi", header.Place);
        Assert.Equal(new LocalDate(2020, 2, 18), header.IssueDate);
        Assert.False(header.IsDraft);
        Assert.Equal("Triển khai thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn tỉnh, năm 2020", header.Title);
        Assert.Equal(new[] { "I", "II", "III", "IV", "III" }, result.Plan.Sections.Select(s => s.Number));
        Assert.Equal("CHẾ ĐỘ BÁO CÁO", result.Plan.Sections[4].Title);
        Assert.Equal(325, result.Plan.Sections[4].Source!.Line);
        // The only thing not read is the target "Giảm tỷ lệ trẻ em bị xâm hại so với cùng kỳ năm 2019", which has no amount.
        Assert.Equal("IMPORT-TARGET-UNREAD", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_Seed001_IsDraftWithBlankNumberAndDate()
    {
        var result = Importer.Import(SeedCorpus.ReadSeed(1));
        var header = result.Plan.Header;
        Assert.Equal("/KH-SLĐTBXH", header.Number);
        Assert.True(header.IsDraft);
        Assert.Null(header.IssueDate);
        Assert.Equal(2023, header.IssueYear);
        Assert.Equal("Lạng Sơn", header.Place);
        Assert.Equal(3, header.NumberSource!.Line);
        Assert.Equal(5, header.DateSource!.Line);
        Assert.Equal(new[] { "I", "II", "III", "IV", "V", "V" }, result.Plan.Sections.Select(s => s.Number));
    }

    [Fact]
    public void Import_Seed002_SkipsWebsiteBoilerplate()
    {
        var result = Importer.Import(SeedCorpus.ReadSeed(2));
        var header = result.Plan.Header;
        Assert.Equal("177/KH-UBND", header.Number);
        Assert.Equal("An Giang", header.Place);
        Assert.Equal(new LocalDate(2024, 2, 28), header.IssueDate);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH AN GIANG", header.Issuer);
        Assert.Equal("TRIỂN KHAI THỰC HIỆN CÔNG TÁC TRẺ EM NĂM 2024", header.Title);
        Assert.Equal(new[] { "I", "III", "IV", "V" }, result.Plan.Sections.Select(s => s.Number));
    }

    [Fact]
    public void Import_Seed003_ReadsMultiLineTitle()
    {
        var result = Importer.Import(SeedCorpus.ReadSeed(3));
        var header = result.Plan.Header;
        Assert.Equal("52/KH-UBND", header.Number);
        Assert.Equal(new LocalDate(2021, 3, 8), header.IssueDate);
        Assert.Equal("THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VÌ TRẺ EM GIAI ĐOẠN 2021-2030 TRÊN ĐỊA BÀN TỈNH QUẢNG NINH", header.Title);
        Assert.Equal(new[] { "I", "II", "III", "IV" }, result.Plan.Sections.Select(s => s.Number));
    }

    [Fact]
    public void Import_NfdText_GivesSameHeaderAsNfc()
    {
        var seed = SeedCorpus.ReadSeed(0);
        var nfc = Importer.Import(seed).Plan.Header;
        var nfd = Importer.Import(seed.Normalize(NormalizationForm.FormD)).Plan.Header;
        Assert.Equal(nfc.Number, nfd.Number);
        Assert.Equal(nfc.Place, nfd.Place);
        Assert.Equal(nfc.IssueDate, nfd.IssueDate);
        Assert.Equal(nfc.Title, nfd.Title);
    }

    [Fact]
    public void Import_InvalidDate_IsReportedNotDropped()
    {
        var result = Importer.Import("Số: 12/KH-UBND\n\nHà Nội, ngày 31 tháng 02 năm 2024\n");
        Assert.Null(result.Plan.Header.IssueDate);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("IMPORT-DATE-INVALID", diagnostic.Code);
        Assert.Equal(3, diagnostic.Source.Line);
    }

    [Theory]
    [InlineData(0, 2, 30)]
    [InlineData(1, 2, 5)]
    [InlineData(2, 13, 16)]
    [InlineData(3, 2, 0)]
    public void Import_Seeds_SplitsCitationsIntoLegalBasesAndReferences(int seed, int legalBases, int references)
    {
        var plan = Importer.Import(SeedCorpus.ReadSeed(seed)).Plan;
        Assert.Equal(legalBases, plan.LegalBases.Count);
        Assert.Equal(references, plan.References.Count);
        Assert.All(plan.LegalBases.Concat(plan.References), c => Assert.Equal(c.Text, SeedCorpus.ReadSeed(seed).Substring(c.Source!.Start, c.Source.Length)));
    }

    [Fact]
    public void Import_Seed002_FirstLegalBasisIsTheLawOnChildren()
    {
        var plan = Importer.Import(SeedCorpus.ReadSeed(2)).Plan;
        Assert.Equal("Luật Trẻ em năm 2016", plan.LegalBases[0].Text);
    }
}
