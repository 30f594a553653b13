using System.Linq;
using VnChildProtection.Domain.Agencies;

namespace VnChildProtection.Domain.Tests.Agencies;

public class ResponsibilityRoleTests
{
    [Theory]
    [InlineData("chủ trì", "Lead")]
    [InlineData("Chủ trì", "Lead")]
    [InlineData("chu tri", "Lead")]
    [InlineData("Phối hợp với", "Coordinate")]
    [InlineData("phoi hop", "Coordinate")]
    [InlineData("Góp phần vào", "Contribute")]
    public void TryFromPhrase_RolePhrase_ReturnsRole(string phrase, string expected)
    {
        Assert.True(ResponsibilityRole.TryFromPhrase(phrase, out var role));
        Assert.Equal(ResponsibilityRole.FromName(expected), role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hướng dẫn")]
    [InlineData("chủ trì tham mưu hướng dẫn")]
    public void TryFromPhrase_NotARolePhrase_ReturnsFalse(string phrase)
    {
        Assert.False(ResponsibilityRole.TryFromPhrase(phrase, out var role));
        Assert.Null(role);
    }

    [Fact]
    public void FindIn_RealSeed002Sentence_ListsRolesInOrder()
    {
        const string sentence = "Chủ trì, phối hợp với các đơn vị liên quan triển khai các nhiệm vụ của ngành Thông tin và Truyền thông góp phần vào thực hiện các chỉ tiêu 8, 9, 10, 13";

        Assert.Equal([ResponsibilityRole.Lead, ResponsibilityRole.Coordinate, ResponsibilityRole.Contribute], ResponsibilityRole.FindIn(sentence));
    }

    [Fact]
    public void FindIn_NoRoleVerb_ReturnsEmpty()
    {
        Assert.Empty(ResponsibilityRole.FindIn("Triển khai thực hiện các chỉ tiêu 7, 15, 16"));
    }

    [Fact]
    public void Roles_AreInLawOrderWithVietnameseNames()
    {
        Assert.Equal(["chủ trì", "phối hợp", "góp phần"], ResponsibilityRole.List.OrderBy(r => r.Value).Select(r => r.VietnameseName));
    }
}
