using System.Linq;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Legal;

public class DocumentTypeTests
{
    [Theory]
    [InlineData("NĐ", nameof(DocumentType.Decree))]
    [InlineData("ND", nameof(DocumentType.Decree))]
    [InlineData("qđ", nameof(DocumentType.Decision))]
    [InlineData("CT", nameof(DocumentType.Directive))]
    [InlineData("TT", nameof(DocumentType.Circular))]
    [InlineData("TTLT", nameof(DocumentType.JointCircular))]
    [InlineData("KH", nameof(DocumentType.Plan))]
    [InlineData("KHLN", nameof(DocumentType.Plan))]
    [InlineData("NQ", nameof(DocumentType.Resolution))]
    [InlineData("TB", nameof(DocumentType.Notice))]
    [InlineData("KL", nameof(DocumentType.Conclusion))]
    [InlineData("BC", nameof(DocumentType.Report))]
    [InlineData("HD", nameof(DocumentType.Instruction))]
    [InlineData("CV", nameof(DocumentType.OfficialLetter))]
    [InlineData("CTr", nameof(DocumentType.Programme))]
    [InlineData("PL", nameof(DocumentType.Ordinance))]
    public void TryFromCode_KnownCode_ReturnsKind(string code, string name)
    {
        Assert.True(DocumentType.TryFromCode(code, out var type));
        Assert.Equal(DocumentType.FromName(name), type);
    }

    [Theory]
    [InlineData("QH")]
    [InlineData("UBND")]
    [InlineData("TE")]
    [InlineData("")]
    public void TryFromCode_NotAKindCode_ReturnsFalse(string code) => Assert.False(DocumentType.TryFromCode(code, out _));

    [Theory]
    [InlineData("Nghị định", nameof(DocumentType.Decree))]
    [InlineData("nghi dinh", nameof(DocumentType.Decree))]
    [InlineData("Thông tư liên tịch", nameof(DocumentType.JointCircular))]
    [InlineData("Bộ luật", nameof(DocumentType.Code))]
    [InlineData("Công văn", nameof(DocumentType.OfficialLetter))]
    public void TryFromVietnameseName_KnownName_ReturnsKind(string vietnamese, string name)
    {
        Assert.True(DocumentType.TryFromVietnameseName(vietnamese, out var type));
        Assert.Equal(DocumentType.FromName(name), type);
    }

    [Fact]
    public void List_EveryKind_HasNamesAndUniqueCodes()
    {
        var codes = DocumentType.List.SelectMany(t => t.Codes).Select(VnChildProtection.Domain.Text.VietnameseText.ToMatchKey).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(DocumentType.List, t => Assert.False(string.IsNullOrWhiteSpace(t.VietnameseName) || string.IsNullOrWhiteSpace(t.EnglishName)));
        Assert.Equal(16, DocumentType.List.Count);
    }

    [Fact]
    public void IsNationalAssemblyAct_LawCodeResolution_AreTrue() =>
        Assert.Equal([DocumentType.Code, DocumentType.Law, DocumentType.Resolution], DocumentType.List.Where(t => t.IsNationalAssemblyAct).OrderBy(t => t.Value));
}
