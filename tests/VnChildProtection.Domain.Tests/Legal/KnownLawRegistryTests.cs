using System;
using NodaTime;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Legal;

public class KnownLawRegistryTests
{
    private static LegalReference Parse(string text) => LegalReference.Parse(text).AsT0;

    [Fact]
    public void TryResolve_LawOnChildren2016_Returns102Of2016()
    {
        Assert.True(KnownLawRegistry.Default.TryResolve(Parse("Luật Trẻ em năm 2016"), out var law));

        Assert.Equal(Parse("102/2016/QH13"), law);
        Assert.Equal(new LocalDate(2016, 4, 5), law!.IssueDate);
        Assert.Equal("Luật Trẻ em số 102/2016/QH13 ngày 05/4/2016", law.ToLongVietnameseString());
    }

    [Fact]
    public void TryResolve_LawOnChildrenWithoutYear_ResolvesBecauseUnique() =>
        Assert.True(KnownLawRegistry.Default.TryResolve(Parse("Luật trẻ em"), out _));

    [Fact]
    public void TryResolve_StateBudgetLawWithoutYear_IsAmbiguous()
    {
        Assert.False(KnownLawRegistry.Default.TryResolve(Parse("Luật Ngân sách nhà nước"), out var none));
        Assert.Null(none);
        Assert.True(KnownLawRegistry.Default.TryResolve(Parse("Luật Ngân sách nhà nước năm 2015"), out var budget));
        Assert.Equal("Luật số 83/2015/QH13 ngày 25/6/2015", budget!.ToString());
    }

    [Fact]
    public void TryResolve_LawOnChildrenText_MatchesTheLawCorpusHeader()
    {
        // The shipped entry must agree with the law text bundled in tests/corpus/law.
        var header = SeedCorpus.ReadLaw("law_LuatTreEm");
        Assert.Contains("Luật số 102/2016/QH13 Trẻ em ngày 05/04/2016", header, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_NumberedReference_AddsTitle()
    {
        Assert.True(KnownLawRegistry.Default.TryResolve(Parse("102/2016/QH13"), out var law));
        Assert.Equal("Trẻ em", law!.Title);
        Assert.False(KnownLawRegistry.Default.TryResolve(Parse("56/2017/NĐ-CP"), out _));
    }

    [Fact]
    public void WithEntries_OverridingEntry_ReplacesShippedOne()
    {
        var renamed = LegalReference.Create(DocumentType.Law, "102", 2016, "QH13").WithTitle("Trẻ em Việt Nam");
        var registry = KnownLawRegistry.Default.WithEntries([renamed]);

        Assert.Equal(KnownLawRegistry.Default.Entries.Count, registry.Entries.Count);
        Assert.True(registry.TryResolve(Parse("102/2016/QH13"), out var law));
        Assert.Equal("Trẻ em Việt Nam", law!.Title);
        Assert.Equal("Trẻ em", KnownLawRegistry.Default.Entries[0].Title);
    }

    [Fact]
    public void Constructor_EntryWithoutTitle_Throws() =>
        Assert.Throws<ArgumentException>(() => new KnownLawRegistry([Assert.IsType<NumberedLegalReference>(Parse("102/2016/QH13"))]));
}
