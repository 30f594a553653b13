using System.Text;
using FsCheck;
using FsCheck.Xunit;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Text;

public class VietnameseTextTests
{
    [Fact]
    public void Normalize_NfdInput_ReturnsNfc()
    {
        var nfd = "Sở Lao động - Thương binh và Xã hội".Normalize(NormalizationForm.FormD);
        Assert.Equal("Sở Lao động - Thương binh và Xã hội", VietnameseText.Normalize(nfd));
    }

    [Fact]
    public void Normalize_CollapsesWhitespaceAndNonBreakingSpaces()
    {
        Assert.Equal("Quảng Ngãi, ngày 18", VietnameseText.Normalize("  Quảng\u00A0Ngãi,\t ngày \r\n18 "));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Khánh Hoà", "Khánh Hòa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("Thanh Hoá", "Thanh Hóa")]
    [InlineData("hoàn", "hoàn")]
    [InlineData("quý", "quý")]
    [InlineData("quả", "quả")]
    [InlineData("thuyền", "thuyền")]
    [InlineData("Văn hoá, Thể thao", "Văn hóa, Thể thao")]
    public void NormalizeTonePlacement_Old_MovesMarkToFirstVowelOfOpenCluster(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.NormalizeTonePlacement(input, ToneMarkStyle.Old));
    }

    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("khỏe", "khoẻ")]
    [InlineData("quý", "quý")]
    public void NormalizeTonePlacement_New_MovesMarkToMainVowel(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.NormalizeTonePlacement(input, ToneMarkStyle.New));
    }

    [Theory]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "so lao dong thuong binh va xa hoi")]
    [InlineData("Sở Lao động-Thương binh và Xã hội", "so lao dong thuong binh va xa hoi")]
    [InlineData("NĐ-CP", "nd cp")]
    [InlineData("Văn hoá", "van hoa")]
    public void ToMatchKey_FoldsAccentsCaseAndPunctuation(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.ToMatchKey(input));
    }

    [Fact]
    public void ToSlug_ProducesAsciiHyphenated()
    {
        Assert.Equal("ba-ria-vung-tau", VietnameseText.ToSlug("Bà Rịa – Vũng Tàu"));
    }

    [Fact]
    public void RemoveDiacritics_KeepsCaseAndPunctuation()
    {
        Assert.Equal("ND-CP", VietnameseText.RemoveDiacritics("NĐ-CP"));
    }

    [Property(MaxTest = 10_000)]
    public void NormalizeTonePlacement_IsIdempotentAndReversible(NonNull<string> input)
    {
        var old = VietnameseText.NormalizeTonePlacement(input.Get, ToneMarkStyle.Old);
        Assert.Equal(old, VietnameseText.NormalizeTonePlacement(old, ToneMarkStyle.Old));
        var @new = VietnameseText.NormalizeTonePlacement(old, ToneMarkStyle.New);
        Assert.Equal(old, VietnameseText.NormalizeTonePlacement(@new, ToneMarkStyle.Old));
    }

    [Property(MaxTest = 10_000)]
    public void ToMatchKey_IsInsensitiveToNormalisationForm(NonNull<string> input)
    {
        var text = input.Get;
        if (!text.IsNormalized())
        {
            return;
        }
        Assert.Equal(VietnameseText.ToMatchKey(text), VietnameseText.ToMatchKey(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void ReplaceInvalidCharacters_ReplacesOnlyWhatNormalisationRejects()
    {
        // Built at run time: attribute arguments cannot carry unpaired surrogates intact.
        var high = new string('\uD800', 1);
        var low = new string('\uDC00', 1);
        Assert.Equal("Sở Y tế \uFFFD", VietnameseText.ReplaceInvalidCharacters("Sở Y tế " + high));
        Assert.Equal("\uFFFDSở", VietnameseText.ReplaceInvalidCharacters(low + "Sở"));
        Assert.Equal("a\uFFFDb", VietnameseText.ReplaceInvalidCharacters("a\uFFFEb"));
        Assert.Equal("emoji \U0001F600 kept", VietnameseText.ReplaceInvalidCharacters("emoji \U0001F600 kept"));
        Assert.Equal("Sở Y tế \uFFFD", VietnameseText.Normalize("Sở Y tế " + high));
    }

    [Property(MaxTest = 10_000)]
    public void EveryMember_NeverThrows_OnArbitraryStrings(NonNull<string> input)
    {
        var text = input.Get;
        _ = VietnameseText.Normalize(text);
        _ = VietnameseText.NormalizeTonePlacement(text, ToneMarkStyle.New);
        _ = VietnameseText.ToMatchKey(text);
        _ = VietnameseText.ToSlug(text);
        _ = VietnameseText.RemoveDiacritics(text);
        _ = VietnameseText.NormalizeDashes(text);
    }
}
