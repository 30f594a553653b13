using System;
using NodaTime;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

public class AdministrativeUnitTests
{
    private static readonly LocalDate MergerEve = new(2025, 6, 30);

    [Fact]
    public void Constructor_NormalisesNameAndDerivesFullNameAndSlug()
    {
        var unit = new AdministrativeUnit(
            AdministrativeUnitCode.Of("77"), "Bà Rịa  -  Vũng Tàu".Normalize(System.Text.NormalizationForm.FormD), AdministrativeUnitKind.Province, null, MergerEve);
        Assert.Equal("Bà Rịa - Vũng Tàu", unit.Name);
        Assert.Equal("Tỉnh Bà Rịa - Vũng Tàu", unit.FullName);
        Assert.Equal("ba-ria-vung-tau", unit.Slug);
        Assert.Equal(AdministrativeLevel.Province, unit.Level);
    }

    [Fact]
    public void Constructor_CodeLevelDiffersFromKind_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new AdministrativeUnit(AdministrativeUnitCode.Of("002"), "Hoàn Kiếm", AdministrativeUnitKind.Ward, null, MergerEve));
    }

    [Fact]
    public void Constructor_DistrictOutlivingTheDistrictLevel_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new AdministrativeUnit(AdministrativeUnitCode.Of("002"), "Hoàn Kiếm", AdministrativeUnitKind.UrbanDistrict, null, null));
        Assert.Throws<ArgumentException>(() =>
            new AdministrativeUnit(AdministrativeUnitCode.Of("002"), "Hoàn Kiếm", AdministrativeUnitKind.UrbanDistrict, null, new LocalDate(2025, 7, 1)));
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new AdministrativeUnit(AdministrativeUnitCode.Of("51"), "Quảng Ngãi", AdministrativeUnitKind.Province, new LocalDate(2025, 7, 1), MergerEve));
    }

    [Fact]
    public void Constructor_SuccessorsOfCurrentUnitOrOtherLevel_Throw()
    {
        Assert.Throws<ArgumentException>(() => new AdministrativeUnit(
            AdministrativeUnitCode.Of("51"), "Quảng Ngãi", AdministrativeUnitKind.Province, null, null, successorCodes: [AdministrativeUnitCode.Of("52")]));
        Assert.Throws<ArgumentException>(() => new AdministrativeUnit(
            AdministrativeUnitCode.Of("51"), "Quảng Ngãi", AdministrativeUnitKind.Province, null, MergerEve, successorCodes: [AdministrativeUnitCode.Of("00070")]));
    }

    [Fact]
    public void Constructor_ParentNotHigherLevel_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AdministrativeUnit(
            AdministrativeUnitCode.Of("51"), "Quảng Ngãi", AdministrativeUnitKind.Province, null, null, parentCode: AdministrativeUnitCode.Of("01")));
    }

    [Fact]
    public void IsValidOn_InclusiveBothEnds()
    {
        var unit = new AdministrativeUnit(AdministrativeUnitCode.Of("46"), "Huế", AdministrativeUnitKind.CentralCity, new LocalDate(2025, 1, 1), null);
        Assert.False(unit.IsValidOn(new LocalDate(2024, 12, 31)));
        Assert.True(unit.IsValidOn(new LocalDate(2025, 1, 1)));
        Assert.True(unit.IsValidOn(new LocalDate(2100, 1, 1)));
    }

    [Fact]
    public void ToString_ShowsFullNameCodeAndValidity()
    {
        var unit = new AdministrativeUnit(AdministrativeUnitCode.Of("91"), "Kiên Giang", AdministrativeUnitKind.Province, null, MergerEve);
        Assert.Equal("Tỉnh Kiên Giang (91, …–2025-06-30)", unit.ToString());
    }

    [Fact]
    public void Equality_SameFieldsAreEqual_DifferentValidityAreNot()
    {
        static AdministrativeUnit Make(LocalDate? to) =>
            new(AdministrativeUnitCode.Of("91"), "Kiên Giang", AdministrativeUnitKind.Province, null, to, successorCodes: to is null ? null : [AdministrativeUnitCode.Of("91")]);
        Assert.Equal(Make(MergerEve), Make(MergerEve));
        Assert.True(Make(MergerEve) == Make(MergerEve));
        Assert.Equal(Make(MergerEve).GetHashCode(), Make(MergerEve).GetHashCode());
        Assert.NotEqual(Make(MergerEve), Make(null));
        Assert.True(Make(MergerEve) != Make(null));
    }
}
