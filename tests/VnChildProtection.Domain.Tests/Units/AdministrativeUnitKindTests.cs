using System.Linq;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

public class AdministrativeUnitKindTests
{
    [Fact]
    public void List_HasElevenKindsInLevelOrder()
    {
        var kinds = AdministrativeUnitKind.List.OrderBy(kind => kind.Value).ToArray();
        Assert.Equal(11, kinds.Length);
        Assert.Equal(kinds.OrderBy(kind => kind.Level.Value).Select(kind => kind.Value), kinds.Select(kind => kind.Value));
    }

    [Theory]
    [InlineData("Province", 1, "tỉnh")]
    [InlineData("CentralCity", 1, "thành phố trực thuộc trung ương")]
    [InlineData("UrbanDistrict", 2, "quận")]
    [InlineData("RuralDistrict", 2, "huyện")]
    [InlineData("DistrictTown", 2, "thị xã")]
    [InlineData("ProvincialCity", 2, "thành phố thuộc tỉnh")]
    [InlineData("MunicipalCity", 2, "thành phố thuộc thành phố trực thuộc trung ương")]
    [InlineData("Commune", 3, "xã")]
    [InlineData("Ward", 3, "phường")]
    [InlineData("Township", 3, "thị trấn")]
    [InlineData("SpecialZone", 3, "đặc khu")]
    public void FromName_Kind_HasLevelAndVietnameseName(string name, int level, string vietnamese)
    {
        var kind = AdministrativeUnitKind.FromName(name);
        Assert.Equal(AdministrativeLevel.FromValue(level), kind.Level);
        Assert.Equal(vietnamese, kind.VietnameseName);
    }

    [Fact]
    public void Levels_HaveOfficialCodeLengths()
    {
        var levels = AdministrativeLevel.List.OrderBy(level => level.Value).ToArray();
        Assert.Equal(new[] { 2, 3, 5 }, levels.Select(level => level.CodeLength));
        Assert.Equal(new[] { "cấp tỉnh", "cấp huyện", "cấp xã" }, levels.Select(level => level.VietnameseName));
        Assert.Equal(new[] { "province level", "district level", "commune level" }, levels.Select(level => level.EnglishName));
    }
}
