using System;
using System.Globalization;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Children;

public class ProtectionLevelTests
{
    [Fact]
    public void Levels_AreArticle47sThreeLevelsDefinedInArticles48To50()
    {
        var law = VietnameseText.Normalize(SeedCorpus.ReadLaw("law_LuatTreEm"));
        Assert.Contains("a) Phòng ngừa; b) Hỗ trợ; c) Can thiệp.", law, StringComparison.Ordinal);
        foreach (var level in ProtectionLevel.List)
        {
            var heading = "LQ." + level.Article.ToString(CultureInfo.InvariantCulture) + ". Cấp độ " + level.VietnameseName;
            Assert.Contains(heading, law, StringComparison.Ordinal);
        }
        Assert.Equal((48, 49, 50), (ProtectionLevel.Prevention.Article, ProtectionLevel.Support.Article, ProtectionLevel.Intervention.Article));
        Assert.Equal("Luật Trẻ em 2016, điều 50", ProtectionLevel.Intervention.Citation);
    }

    [Theory]
    [InlineData("phòng ngừa", "Prevention")]
    [InlineData("Cấp độ hỗ trợ", "Support")]
    [InlineData("can thiep", "Intervention")]
    [InlineData("Intervention", "Intervention")]
    public void TryFromDisplayName_AcceptsVietnameseAndEnglishVariants(string name, string expected)
    {
        Assert.True(ProtectionLevel.TryFromDisplayName(name, out var level));
        Assert.Equal(ProtectionLevel.FromName(expected), level);
    }

    [Fact]
    public void TryFromDisplayName_Unknown_ReturnsFalse()
    {
        Assert.False(ProtectionLevel.TryFromDisplayName("khẩn cấp", out _));
        Assert.False(ProtectionLevel.TryFromDisplayName(null, out _));
    }
}
