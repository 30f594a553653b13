using System;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Units.HoanKiemFixture;

namespace VnChildProtection.Domain.Tests.Units;

public class AdministrativeUnitRegistryCommuneTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public void FindByCode_00070_IsHangTrongBeforeAndHoanKiemAfterTheReform()
    {
        Assert.Equal(HangTrong, Registry.FindByCode(AdministrativeUnitCode.Of("00070"), Eve).AsT0);
        Assert.Equal(HoanKiemWard, Registry.FindByCode(AdministrativeUnitCode.Of("00070"), Start).AsT0);
    }

    [Fact]
    public void GetSuccessorsOn_WholeWard_ResolvesToOneNewWard()
    {
        Assert.Equal(new[] { HoanKiemWard }, Registry.GetSuccessorsOn(HangBac, Today).AsT0);
    }

    [Fact]
    public void GetSuccessorsOn_SplitWard_ResolvesToEveryNewWard()
    {
        Assert.Equal(new[] { HoanKiemWard, CuaNamWard }, Registry.GetSuccessorsOn(HangTrong, Today).AsT0);
        Assert.Equal(new[] { BaDinhWard, HoanKiemWard, CuaNamWard, VanMieuWard }, Registry.GetSuccessorsOn(CuaNamOld, Today).AsT0);
    }

    [Fact]
    public void GetPredecessors_HoanKiemWard_AreTheFixtureWardsOfResolution1656Clause1()
    {
        var names = Registry.GetPredecessors(HoanKiemWard).Select(unit => unit.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            new[] { "Cửa Nam", "Cửa Đông", "Hàng Buồm", "Hàng Bông", "Hàng Bạc", "Hàng Bồ", "Hàng Gai", "Hàng Mã", "Hàng Trống", "Hàng Đào", "Lý Thái Tổ", "Tràng Tiền", "Đồng Xuân" }
                .Order(StringComparer.Ordinal),
            names);
    }

    [Fact]
    public void GetSuccessorsOn_District_HasNoSuccessorAfterTheDistrictLevelEnds()
    {
        var failure = Registry.GetSuccessorsOn(District, Start).AsT1;
        Assert.Equal(UnitLookupFailureReason.NoSuccessor, failure.Reason);
        Assert.Equal(new[] { District }, failure.Candidates);
    }

    [Fact]
    public void GetParent_FollowsTheTierOfTheDate()
    {
        Assert.Equal(District, Registry.GetParent(HangBac, new LocalDate(2024, 1, 1)).AsT0);
        Assert.Equal("Hà Nội", Registry.GetParent(District, new LocalDate(2024, 1, 1)).AsT0.Name);
        Assert.Equal("Hà Nội", Registry.GetParent(HoanKiemWard, Today).AsT0.Name);
        Assert.Equal(UnitLookupFailureReason.NoParent, Registry.GetParent(HangBac, Today).AsT1.Reason);
    }

    [Fact]
    public void GetUnitsValidOn_DistrictLevelEndsOn30June2025()
    {
        Assert.Equal(new[] { District }, Registry.GetUnitsValidOn(Eve, AdministrativeLevel.District));
        Assert.Empty(Registry.GetUnitsValidOn(Start, AdministrativeLevel.District));
        Assert.Equal(14, Registry.GetUnitsValidOn(Eve, AdministrativeLevel.Commune).Count);
        Assert.Equal(4, Registry.GetUnitsValidOn(Start, AdministrativeLevel.Commune).Count);
    }

    [Fact]
    public void FindByName_SameNameAtTwoLevelsOverTime_PicksTheOneValidOnTheDate()
    {
        Assert.Equal(District, Registry.FindByName("Hoàn Kiếm", new LocalDate(2024, 1, 1)).AsT0);
        Assert.Equal(HoanKiemWard, Registry.FindByName("Hoàn Kiếm", Today).AsT0);
        Assert.Equal(District, Registry.FindByName("quận Hoàn Kiếm", new LocalDate(2024, 1, 1)).AsT0);
        Assert.Equal(HoanKiemWard, Registry.FindByName("P. Hoan Kiem", Today, AdministrativeLevel.Commune).AsT0);

        var notYet = Registry.FindByName("phường Hoàn Kiếm", new LocalDate(2024, 1, 1)).AsT1;
        Assert.Equal(UnitLookupFailureReason.NotValidOnDate, notYet.Reason);
        Assert.Equal(new[] { HoanKiemWard }, notYet.Candidates);
    }

    [Fact]
    public void FindByName_CuaNam_OldAndNewWardsShareANameButNotADate()
    {
        Assert.Equal(CuaNamOld, Registry.FindByName("Phường Cửa Nam", Eve).AsT0);
        Assert.Equal(CuaNamWard, Registry.FindByName("Phường Cửa Nam", Start).AsT0);
    }

    [Fact]
    public void FindByName_ProvinceAndDistrictCityOfOneName_IsAmbiguousUnlessPrefixedOrLevelled()
    {
        // Test fixture (code not checked): the provincial city of Quảng Ngãi, a district-level unit until 2025.
        var city = new AdministrativeUnit(
            AdministrativeUnitCode.Of("522"), "Quảng Ngãi", AdministrativeUnitKind.ProvincialCity, null, Eve, AdministrativeUnitCode.Of("51"));
        // On the shipped provinces only: the shipped map also has a commune Quảng Ngãi (Lâm Đồng) until 2025.
        var registry = AdministrativeUnitRegistry.Empty.WithUnits(AdministrativeUnitData.Provinces).WithUnit(city);
        var date = new LocalDate(2020, 2, 18);

        var ambiguous = registry.FindByName("Quảng Ngãi", date).AsT1;
        Assert.Equal(UnitLookupFailureReason.Ambiguous, ambiguous.Reason);
        Assert.Equal(2, ambiguous.Candidates.Count);
        Assert.Equal(AdministrativeUnitKind.Province, registry.FindByName("tỉnh Quảng Ngãi", date).AsT0.Kind);
        Assert.Equal(city, registry.FindByName("thành phố Quảng Ngãi", date).AsT0);
        Assert.Equal(AdministrativeUnitKind.Province, registry.FindByName("Quảng Ngãi", date, AdministrativeLevel.Province).AsT0.Kind);
    }

    [Fact]
    public void SpecialZone_IsACommuneLevelKindWithItsPrefix()
    {
        // Test fixture with a made-up code and name: only the kind's behaviour is under test.
        var zone = new AdministrativeUnit(
            AdministrativeUnitCode.Of("99999"), "Thử Nghiệm", AdministrativeUnitKind.SpecialZone, Start, null, AdministrativeUnitCode.Of("91"));
        var registry = AdministrativeUnitRegistry.Default.WithUnit(zone);
        Assert.Equal("Đặc khu Thử Nghiệm", zone.FullName);
        Assert.Equal(zone, registry.FindByName("đặc khu Thu Nghiem", Today).AsT0);
        Assert.Equal("An Giang", registry.GetParent(zone, Today).AsT0.Name);
    }

    [Fact]
    public void WithUnits_OverridesByCodeAndStart_AndLeavesTheOriginalUnchanged()
    {
        var original = AdministrativeUnitRegistry.Default.FindByCode(AdministrativeUnitCode.Of("20"), Today).AsT0;
        var renamed = new AdministrativeUnit(original.Code, original.Name, original.Kind, original.ValidFrom, original.ValidTo, alternativeNames: ["Xứ Lạng"]);
        var registry = AdministrativeUnitRegistry.Default.WithUnit(renamed);

        Assert.Equal(renamed, registry.FindByName("xu lang", Today).AsT0);
        Assert.Equal(AdministrativeUnitRegistry.Default.Units.Count, registry.Units.Count);
        Assert.Equal(UnitLookupFailureReason.NotFound, AdministrativeUnitRegistry.Default.FindByName("Xứ Lạng", Today).AsT1.Reason);
    }

    [Fact]
    public void WithUnits_EndingAShippedRecord_ModelsALaterStatusChange()
    {
        // Hypothetical fixture: DOMAIN.md reports an unconfirmed 2026 upgrade of Đồng Nai to a centrally-run city.
        var upgrade = new LocalDate(2026, 6, 1);
        var province = AdministrativeUnitRegistry.Default.FindByCode(AdministrativeUnitCode.Of("75"), Today).AsT0;
        var ended = new AdministrativeUnit(
            province.Code, province.Name, province.Kind, province.ValidFrom, upgrade.PlusDays(-1), successorCodes: [province.Code]);
        var city = new AdministrativeUnit(province.Code, province.Name, AdministrativeUnitKind.CentralCity, upgrade, null);
        var registry = AdministrativeUnitRegistry.Default.WithUnits([ended, city]);

        Assert.Equal(AdministrativeUnitKind.Province, registry.FindByName("Đồng Nai", upgrade.PlusDays(-1), AdministrativeLevel.Province).AsT0.Kind);
        Assert.Equal(city, registry.FindByName("thành phố Đồng Nai", upgrade).AsT0);
        Assert.Equal(new[] { city }, registry.GetSuccessorsOn(registry.FindByName("Bình Phước", new LocalDate(2024, 1, 1), AdministrativeLevel.Province).AsT0, Today).AsT0);
        Assert.Equal(new[] { ended }, registry.GetPredecessors(city));
    }

    [Fact]
    public void WithUnits_OverlappingRecordsOfOneCode_Throws()
    {
        var clash = new AdministrativeUnit(AdministrativeUnitCode.Of("91"), "Kiên Giang", AdministrativeUnitKind.Province, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        Assert.Throws<ArgumentException>(() => AdministrativeUnitRegistry.Default.WithUnit(clash));
    }

    [Fact]
    public void WithUnits_SuccessorMissing_Throws()
    {
        Assert.Throws<ArgumentException>(() => AdministrativeUnitRegistry.Empty.WithUnit(HangBac));
    }

    [Fact]
    public void Empty_FindsNothing()
    {
        Assert.Equal(UnitLookupFailureReason.NotFound, AdministrativeUnitRegistry.Empty.FindByName("Hà Nội", Today).AsT1.Reason);
        Assert.Empty(AdministrativeUnitRegistry.Empty.Units);
    }
}
