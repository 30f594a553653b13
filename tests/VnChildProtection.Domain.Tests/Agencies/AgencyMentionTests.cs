using System.Linq;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Agencies;

public class AgencyMentionTests
{
    private static readonly AgencyRegistry Registry = AgencyRegistry.Default;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FindMentions_WholeSeed_FindsEveryListedKindOfThatSeed(int seed)
    {
        var found = Registry.FindMentions(SeedCorpus.ReadSeed(seed)).Select(m => m.Kind.Id).ToHashSet();
        var expected = SeedAgencyMentions.Mentions.Where(m => m.Seed == seed).Select(m => m.KindId).Distinct();

        Assert.All(expected, id => Assert.Contains(id, found));
    }

    [Fact]
    public void FindMentions_RealSeed002Sentence_FindsDepartmentCommitteeAndMinistryInOrder()
    {
        const string sentence = "Định kỳ quý, 6 tháng, hàng năm tổng hợp báo cáo kết quả thực hiện công tác bảo vệ, chăm sóc trẻ em về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo UBND tỉnh và Bộ Lao động - Thương binh và Xã hội.";

        var mentions = Registry.FindMentions(sentence);

        Assert.Equal(["so-ldtbxh", "ubnd-tinh", "bo-ldtbxh"], mentions.Select(m => m.Kind.Id));
        Assert.Equal("Sở Lao động - Thương binh và Xã hội", mentions[0].Text);
    }

    [Theory]
    [InlineData("Chỉ đạo các cơ sở y tế cung cấp dịch vụ")]
    [InlineData("nâng cao năng lực cho cán bộ y tế")]
    [InlineData("Báo cáo kết quả thực hiện")]
    [InlineData("III. CHẾ ĐỘ BÁO CÁO")]
    [InlineData("Gửi BÁO CÁO về Sở trước ngày 20/5")]
    [InlineData("các sở, ban, ngành, đoàn thể")]
    public void FindMentions_OrdinaryWordsThatContainNames_FindNothing(string text)
    {
        Assert.Empty(Registry.FindMentions(text));
    }

    [Theory]
    [InlineData("Phối hợp với Báo An Giang và Đài PT-TH tỉnh", new[] { "bao-tinh", "dai-ptth-tinh" })]
    [InlineData("UBMTTQVN và các đoàn thể tỉnh", new[] { "mttq-tinh" })]
    [InlineData("TỔ CHỨC THỰC HIỆN: SỞ Y TẾ, CÔNG AN TỈNH", new[] { "so-y-te", "cong-an-tinh" })]
    public void FindMentions_OneWordAndAllCapsNames_FollowTheCaseRules(string text, string[] expected)
    {
        Assert.Equal(expected, Registry.FindMentions(text).Select(m => m.Kind.Id));
    }

    [Fact]
    public void FindMentions_PositionsIndexTheNormalisedText()
    {
        const string text = "Gửi  Sở\u00A0Y tế tỉnh.";
        var normalised = VietnameseText.Normalize(text);

        var mention = Assert.Single(Registry.FindMentions(text));

        Assert.Equal("Sở Y tế", normalised.Substring(mention.Start, mention.Length));
        Assert.Equal("so-y-te@4+7", mention.ToString());
    }

    [Fact]
    public void AgencyMention_Equality()
    {
        var kind = Registry["so-y-te"];

        Assert.Equal(new AgencyMention(kind, 4, "Sở Y tế"), new AgencyMention(kind, 4, "Sở Y tế"));
        Assert.NotEqual(new AgencyMention(kind, 4, "Sở Y tế"), new AgencyMention(kind, 5, "Sở Y tế"));
        Assert.True(new AgencyMention(kind, 4, "Sở Y tế") == new AgencyMention(kind, 4, "Sở Y tế"));
    }
}
