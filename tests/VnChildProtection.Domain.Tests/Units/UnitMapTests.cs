using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

/// <summary>The shipped district and commune map (eng/data/units-2025) through the registry's queries.</summary>
public class UnitMapTests
{
    private static readonly AdministrativeUnitRegistry Registry = AdministrativeUnitRegistry.Default;
    private static readonly LocalDate Eve = new(2025, 6, 30);
    private static readonly LocalDate Start = new(2025, 7, 1);
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public void Counts_OnTheEve_Are63Provinces696Districts10035Communes()
    {
        Assert.Equal(63, Registry.GetUnitsValidOn(Eve, AdministrativeLevel.Province).Count);
        Assert.Equal(696, Registry.GetUnitsValidOn(Eve, AdministrativeLevel.District).Count);
        var communes = Registry.GetUnitsValidOn(Eve, AdministrativeLevel.Commune);
        Assert.Equal(10_035, communes.Count);
        // The statistics office's level column says 7,695 xã, 1,724 phường and 616 thị trấn; three rows named
        // "Phường …" or "Thị trấn …" are filed as xã, and the kind in the name is kept (see REPORT.md).
        Assert.Equal(7_692, communes.Count(unit => unit.Kind == AdministrativeUnitKind.Commune));
        Assert.Equal(1_726, communes.Count(unit => unit.Kind == AdministrativeUnitKind.Ward));
        Assert.Equal(617, communes.Count(unit => unit.Kind == AdministrativeUnitKind.Township));
    }

    [Fact]
    public void Counts_FromTheReform_Are34Provinces3321CommunesAndNoDistricts()
    {
        Assert.Equal(34, Registry.GetUnitsValidOn(Start, AdministrativeLevel.Province).Count);
        Assert.Empty(Registry.GetUnitsValidOn(Start, AdministrativeLevel.District));
        var communes = Registry.GetUnitsValidOn(Start, AdministrativeLevel.Commune);
        Assert.Equal(3_321, communes.Count);
        Assert.Equal(2_621, communes.Count(unit => unit.Kind == AdministrativeUnitKind.Commune));
        Assert.Equal(687, communes.Count(unit => unit.Kind == AdministrativeUnitKind.Ward));
        Assert.Equal(13, communes.Count(unit => unit.Kind == AdministrativeUnitKind.SpecialZone));
    }

    [Theory]
    [InlineData(2025, 6, 30)]
    [InlineData(2025, 7, 1)]
    public void Codes_AreUniquePerDate(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        var valid = Registry.Units.Where(unit => unit.IsValidOn(date)).ToArray();
        Assert.Equal(valid.Length, valid.Select(unit => unit.Code).Distinct().Count());
    }

    [Fact]
    public void EveryParent_ResolvesOnTheUnitsDates()
    {
        foreach (var unit in Registry.Units.Where(unit => unit.ParentCode is not null))
        {
            var date = unit.ValidTo ?? unit.ValidFrom!.Value;
            var parent = Registry.GetParent(unit, date).AsT0;
            Assert.True(parent.Level.Value < unit.Level.Value, unit.ToString());
            Assert.Equal(unit.ValidFrom is null ? unit.Level.Value - 1 : 1, parent.Level.Value);
        }
    }

    [Fact]
    public void EveryNewCommune_HasAPredecessor_ExceptTheReportedGaps()
    {
        var without = Registry.GetUnitsValidOn(Start, AdministrativeLevel.Commune)
            .Where(unit => Registry.GetPredecessors(unit).Count == 0)
            .Select(unit => unit.Code.Value)
            .Order(StringComparer.Ordinal);
        Assert.Equal(KnownGaps("no commune-level predecessor"), without);
        Assert.Equal(6, without.Count());
    }

    [Fact]
    public void EveryOldCommune_HasASuccessor_ExceptTheReportedGaps()
    {
        var without = Registry.GetUnitsValidOn(Eve, AdministrativeLevel.Commune)
            .Where(unit => unit.SuccessorCodes.Count == 0)
            .Select(unit => unit.Code.Value)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(KnownGaps("without successor"), without);
        Assert.True(without.Length <= 24, $"{without.Length} old communes without successor");
    }

    [Fact]
    public void Code00070_IsHangTrongOnTheEveAndHoanKiemFromTheReform()
    {
        var code = AdministrativeUnitCode.Of("00070");
        Assert.Equal("Phường Hàng Trống", Registry.FindByCode(code, Eve).AsT0.FullName);
        Assert.Equal("Phường Hoàn Kiếm", Registry.FindByCode(code, Start).AsT0.FullName);
    }

    [Fact]
    public void HangTrong_ConvertsToHoanKiemAndCuaNam_WithTheWordingOfTheSplit()
    {
        var hangTrong = Registry.FindByCode(AdministrativeUnitCode.Of("00070"), Eve).AsT0;
        var conversion = Registry.Convert(hangTrong, Today).AsT0;

        Assert.True(conversion.IsSplit);
        Assert.Collection(
            conversion.Successors,
            hoanKiem =>
            {
                Assert.Equal("Phường Hoàn Kiếm", hoanKiem.Unit.FullName);
                Assert.Equal(UnitShare.Part, hoanKiem.Share);
            },
            cuaNam =>
            {
                Assert.Equal("Phường Cửa Nam", cuaNam.Unit.FullName);
                Assert.Equal(UnitShare.Remainder, cuaNam.Share);
                Assert.Equal("phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm", cuaNam.Wording);
            });
    }

    [Fact]
    public void AnKhanh_SplitThreeWays_ReturnsThreeSuccessors()
    {
        var anKhanh = Registry.FindByCode(AdministrativeUnitCode.Of("09877"), Eve).AsT0;
        Assert.Equal("Xã An Khánh", anKhanh.FullName);
        var successors = Registry.Convert(anKhanh, Start).AsT0.Successors;

        Assert.Equal(new[] { "Tây Mỗ", "Sơn Đồng", "An Khánh" }, successors.Select(successor => successor.Unit.Name));
        Assert.Equal(new[] { UnitShare.Part, UnitShare.Part, UnitShare.Remainder }, successors.Select(successor => successor.Share));
        Assert.Equal("phần còn lại sau khi sáp nhập vào phường Tây Mỗ, xã Sơn Đồng", successors[2].Wording);
    }

    [Fact]
    public void Convert_WholeMerger_IsOneWholeSuccessor_AndACurrentUnitIsItself()
    {
        var hangBac = Registry.FindByCode(AdministrativeUnitCode.Of("00061"), Eve).AsT0;
        var only = Assert.Single(Registry.Convert(hangBac, Today).AsT0.Successors);
        Assert.Equal(("Hoàn Kiếm", UnitShare.Whole), (only.Unit.Name, only.Share));

        var self = Assert.Single(Registry.Convert(only.Unit, Today).AsT0.Successors);
        Assert.Equal(only.Unit, self.Unit);
    }

    [Fact]
    public void Convert_District_HasNoSuccessor_AndBeforeStartIsDateBeforeUnit()
    {
        var district = Registry.FindByCode(AdministrativeUnitCode.Of("002"), Eve).AsT0;
        Assert.Equal(UnitLookupFailureReason.NoSuccessor, Registry.Convert(district, Today).AsT1.Reason);
        var hoanKiem = Registry.FindByCode(AdministrativeUnitCode.Of("00070"), Start).AsT0;
        Assert.Equal(UnitLookupFailureReason.DateBeforeUnit, Registry.Convert(hoanKiem, Eve).AsT1.Reason);
    }

    [Fact]
    public void GetChildren_AreTheUnitsOfThatDate()
    {
        var district = Registry.FindByCode(AdministrativeUnitCode.Of("002"), Eve).AsT0;
        var wards = Registry.GetChildren(district, Eve);
        Assert.Equal(18, wards.Count);
        Assert.Contains(wards, ward => ward.Name == "Hàng Trống");
        Assert.Empty(Registry.GetChildren(district, Start));

        var haNoi = Registry.FindByCode(AdministrativeUnitCode.Of("01"), Start).AsT0;
        Assert.Equal(30, Registry.GetChildren(haNoi, Eve).Count);
        var communes = Registry.GetChildren(haNoi, Start);
        Assert.Equal(126, communes.Count);
        Assert.Equal(51, communes.Count(unit => unit.Kind == AdministrativeUnitKind.Ward));
    }

    [Fact]
    public void GetPredecessors_OfCuaNam_IncludeTheRemainderOfHangTrong()
    {
        var cuaNam = Registry.FindByCode(AdministrativeUnitCode.Of("00082"), Start).AsT0;
        var names = Registry.GetPredecessors(cuaNam).Select(unit => unit.Name).ToArray();
        Assert.Contains("Hàng Trống", names);
        Assert.Contains("Trần Hưng Đạo", names);
        Assert.Equal(9, names.Length);
    }

    [Theory]
    [InlineData("Phường Hàng Trống, quận Hoàn Kiếm, Hà Nội")]
    [InlineData("phuong hang trong, quan hoan kiem, ha noi")]
    [InlineData("P. Hàng Trống, Q. Hoàn Kiếm, TP. Hà Nội")]
    [InlineData("P.Hàng Trống; Q.Hoàn Kiếm; Thành phố Hà Nội")]
    [InlineData("12 phố Hàng Trống, Phường Hàng Trống, Hoàn Kiếm, Hà Nội")]
    [InlineData("Phường Hàng Trống, Hà Nội")]
    public void ConvertAddress_OldHangTrong_GivesBothSuccessors(string address)
    {
        var conversion = Registry.ConvertAddress(address, Today).AsT0;
        Assert.Equal("Hàng Trống", conversion.Source.Name);
        Assert.Equal(new[] { "00070", "00082" }, conversion.Successors.Select(successor => successor.Unit.Code.Value));
        Assert.Equal("phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm", conversion.Successors[1].Wording);
    }

    [Fact]
    public void ConvertAddress_CurrentAddress_IsItself()
    {
        var conversion = Registry.ConvertAddress("Phường Cửa Nam, Hà Nội", Today).AsT0;
        Assert.Equal("00082", Assert.Single(conversion.Successors).Unit.Code.Value);
        Assert.Equal(UnitShare.Whole, conversion.Successors[0].Share);
    }

    [Theory]
    [InlineData("xã Tân Lập, huyện Đan Phượng, Hà Nội", "Tân Lập", "Xã")]
    [InlineData("X. Tan Lap, H. Dan Phuong, TP. Ha Noi", "Tân Lập", "Xã")]
    [InlineData("TT. Phùng, H. Đan Phượng, Hà Nội", "Phùng", "Thị trấn")]
    [InlineData("Phường 1, Quận 3, TP. Hồ Chí Minh", "1", "Phường")]
    [InlineData("TX. Sơn Tây, Hà Nội", "Sơn Tây", "Thị xã")]
    public void FindByAddress_WithParents_FindsOneUnit(string address, string name, string prefix)
    {
        var unit = Registry.FindByAddress(address, new LocalDate(2024, 1, 1)).AsT0;
        Assert.Equal((name, prefix), (unit.Name, unit.Kind.Prefix));
    }

    [Fact]
    public void FindByAddress_WithoutParents_IsATypedAmbiguityWithCandidates()
    {
        var failure = Registry.FindByAddress("Phường 1", new LocalDate(2024, 1, 1)).AsT1;
        Assert.Equal(UnitLookupFailureReason.Ambiguous, failure.Reason);
        Assert.Equal(10, failure.Candidates.Count);
        Assert.All(failure.Candidates, unit => Assert.Equal("Phường 1", unit.FullName));

        var tanLap = Registry.FindByAddress("xã Tân Lập", new LocalDate(2024, 1, 1)).AsT1;
        Assert.Equal(UnitLookupFailureReason.Ambiguous, tanLap.Reason);
        Assert.Equal(UnitLookupFailureReason.Ambiguous, Registry.ConvertAddress("xã Tân Lập", Today).AsT1.Reason);
    }

    [Fact]
    public void FindByAddress_MisspeltPrefixedPart_IsNotFoundWithCandidatesInside()
    {
        var failure = Registry.FindByAddress("Phường Hàng Trốngg, quận Hoàn Kiếm, Hà Nội", Eve).AsT1;
        Assert.Equal(UnitLookupFailureReason.NotFound, failure.Reason);
        Assert.Equal("Hàng Trống", failure.Candidates[0].Name);
        Assert.DoesNotContain("Trống", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FindByName_BareProvinceName_IsAmbiguous_AndAPrefixOrLevelNarrowsIt()
    {
        var date = new LocalDate(2020, 2, 18);
        var failure = Registry.FindByName("Quảng Ngãi", date).AsT1;
        Assert.Equal(UnitLookupFailureReason.Ambiguous, failure.Reason);
        Assert.Equal(new[] { "51", "522", "25189" }, failure.Candidates.Select(unit => unit.Code.Value));
        Assert.Equal("51", Registry.FindByName("tỉnh Quảng Ngãi", date).AsT0.Code.Value);
        Assert.Equal("51", Registry.FindByName("Quảng Ngãi", date, AdministrativeLevel.Province).AsT0.Code.Value);
        Assert.Equal("522", Registry.FindByName("thành phố Quảng Ngãi", date).AsT0.Code.Value);
    }

    // Codes listed in eng/data/units-2025/REPORT.md under "Known gaps" whose line contains the phrase.
    private static string[] KnownGaps(string phrase)
    {
        var report = File.ReadAllText(Path.Combine(SeedCorpus.Root, "..", "..", "eng", "data", "units-2025", "REPORT.md"));
        var section = report[report.IndexOf("## Known gaps", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return section.Split('\n')
            .Where(line => line.Contains(phrase, StringComparison.Ordinal))
            .Select(line => Regex.Match(line, "^- ([0-9]{5}) ").Groups[1].Value)
            .Where(code => code.Length > 0)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
