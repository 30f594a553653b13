using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Children;

public class SpecialCircumstanceTests
{
    [Fact]
    public void List_HasFourteenGroupsInTheLawsLetterOrder()
    {
        var letters = SpecialCircumstance.List.OrderBy(s => s.Value).Select(s => s.Letter);
        Assert.Equal(new[] { "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o" }, letters);
    }

    [Fact]
    public void VietnameseNames_AreTheWordingOfArticle10Clause1()
    {
        var law = VietnameseText.Normalize(SeedCorpus.ReadLaw("law_LuatTreEm"));
        var article = law[law.IndexOf("Trẻ em có hoàn cảnh đặc biệt bao gồm các nhóm sau đây:", StringComparison.Ordinal)..];
        article = article[..article.IndexOf("2. Chính phủ quy định", StringComparison.Ordinal)];
        foreach (var group in SpecialCircumstance.List)
        {
            Assert.Contains(group.Letter + ") " + group.VietnameseName, article, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("a", "OrphanedOfBothParents")]
    [InlineData("A", "OrphanedOfBothParents")]
    [InlineData("d", "WithDisabilities")]
    [InlineData("đ", "WithHivAids")]
    [InlineData("Đ)", "WithHivAids")]
    [InlineData("điểm o", "MigrantOrRefugeeWithoutCaregiver")]
    [InlineData(" k) ", "Exploited")]
    public void ParseLetter_AcceptsWrittenVariants(string letter, string expected)
    {
        Assert.Equal(SpecialCircumstance.FromName(expected), SpecialCircumstance.ParseLetter(letter).AsT0);
    }

    [Theory]
    [InlineData("f")]
    [InlineData("j")]
    [InlineData("p")]
    [InlineData("")]
    [InlineData("ab")]
    public void ParseLetter_UnknownLetter_ReturnsTypedError(string letter)
    {
        Assert.Equal("SPECIAL-CIRCUMSTANCE-LETTER", SpecialCircumstance.ParseLetter(letter).AsT1.Code);
        Assert.False(SpecialCircumstance.TryFromLetter(letter, out _));
    }

    [Fact]
    public void Citation_NamesArticleClauseAndPoint()
    {
        Assert.Equal("Luật Trẻ em 2016, điều 10 khoản 1 điểm a", SpecialCircumstance.OrphanedOfBothParents.Citation);
        Assert.Equal("Luật Trẻ em 2016, điều 10 khoản 1 điểm đ", SpecialCircumstance.WithHivAids.Citation);
        Assert.Equal("Children with disabilities", SpecialCircumstance.WithDisabilities.EnglishName);
    }

    [Property(MaxTest = 10_000)]
    public Property ParseLetter_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text =>
        {
            _ = SpecialCircumstance.ParseLetter(text);
        });
}
