using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Docs;

// Each test body starts with one code block of docs/units.md, verbatim, then asserts what the page states.
public partial class UnitsDocsExamples
{
    [Fact]
    public void ACodeNeedsADate()
    {
        var registry = AdministrativeUnitRegistry.Default;
        var code = AdministrativeUnitCode.Parse("91").AsT0;
        var in2024 = registry.FindByCode(code, new LocalDate(2024, 1, 1)).AsT0;
        var in2026 = registry.FindByCode(code, new LocalDate(2026, 1, 1)).AsT0;

        Assert.Equal("Tỉnh Kiên Giang", in2024.FullName);
        Assert.Equal("Tỉnh An Giang", in2026.FullName);
        Assert.Equal("UNIT-CODE-NOT-DIGITS", AdministrativeUnitCode.Parse("9a").AsT1.Code);
    }

    [Fact]
    public void NamesAsTheyAppearInDocuments()
    {
        var registry = AdministrativeUnitRegistry.Default;
        var date = new LocalDate(2024, 6, 1);
        var hcm = registry.FindByName("TPHCM", date, AdministrativeLevel.Province).AsT0;
        var hue = registry.FindByName("Thừa Thiên - Huế", date, AdministrativeLevel.Province).AsT0;
        var vungTau = registry.FindByName("tinh Ba Ria-Vung Tau", date).AsT0;
        var khanhHoa = registry.FindByName("Khánh Hoà", date, AdministrativeLevel.Province).AsT0;

        Assert.Equal("Thành phố Hồ Chí Minh", hcm.FullName);
        Assert.Equal("Thừa Thiên Huế", hue.Name);
        Assert.Equal("Bà Rịa - Vũng Tàu", vungTau.Name);
        Assert.Equal("ba-ria-vung-tau", vungTau.Slug);
        Assert.Equal("56", khanhHoa.Code.Value);
    }

    [Fact]
    public void A2020PlansProvinceToday()
    {
        var registry = AdministrativeUnitRegistry.Default;
        var issuer = registry.FindByName("tỉnh Quảng Ngãi", new LocalDate(2020, 2, 18)).AsT0;
        var today = registry.GetSuccessorsOn(issuer, new LocalDate(2026, 11, 25)).AsT0.Single();
        var absorbed = registry.GetPredecessors(today).Select(unit => unit.Name).ToArray();

        Assert.Equal("51", today.Code.Value);
        Assert.Equal(new LocalDate(2025, 7, 1), today.ValidFrom);
        Assert.Equal(new[] { "Quảng Ngãi", "Kon Tum" }, absorbed);
    }

    [Fact]
    public void FailuresCarryCandidates()
    {
        var registry = AdministrativeUnitRegistry.Default;
        var text = registry.FindByName("tỉnh Kon Tum", new LocalDate(2026, 1, 1)).Match(
            unit => unit.FullName,
            failure => $"{failure.Reason}: {failure.Candidates[0]}");

        Assert.Equal("NotValidOnDate: Tỉnh Kon Tum (62, …–2025-06-30)", text);
    }

    [Fact]
    public void UnitsValidOnADate()
    {
        var registry = AdministrativeUnitRegistry.Default;
        var before = registry.GetUnitsValidOn(new LocalDate(2025, 6, 30), AdministrativeLevel.Province);
        var after = registry.GetUnitsValidOn(new LocalDate(2025, 7, 1), AdministrativeLevel.Province);
        var cities = after.Where(unit => unit.Kind == AdministrativeUnitKind.CentralCity).Select(unit => unit.Name).ToArray();

        Assert.Equal(63, before.Count);
        Assert.Equal(34, after.Count);
        Assert.Equal(new[] { "Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ" }, cities);
    }

    [Fact]
    public void AddingDistrictsAndCommunes()
    {
        var eve = new LocalDate(2025, 6, 30);
        var hoanKiemDistrict = new AdministrativeUnit(
            AdministrativeUnitCode.Of("002"), "Hoàn Kiếm", AdministrativeUnitKind.UrbanDistrict,
            validFrom: null, validTo: eve, parentCode: AdministrativeUnitCode.Of("01"));
        var hangBac = new AdministrativeUnit(
            AdministrativeUnitCode.Of("00061"), "Hàng Bạc", AdministrativeUnitKind.Ward,
            validFrom: null, validTo: eve, parentCode: hoanKiemDistrict.Code,
            successorCodes: [AdministrativeUnitCode.Of("00070")]);
        var hoanKiemWard = new AdministrativeUnit(
            AdministrativeUnitCode.Of("00070"), "Hoàn Kiếm", AdministrativeUnitKind.Ward,
            validFrom: eve.PlusDays(1), validTo: null, parentCode: AdministrativeUnitCode.Of("01"));

        var registry = AdministrativeUnitRegistry.Default.WithUnits([hoanKiemDistrict, hangBac, hoanKiemWard]);
        var ward = registry.GetSuccessorsOn(hangBac, new LocalDate(2026, 1, 1)).AsT0.Single();
        var parentThen = registry.GetParent(hangBac, new LocalDate(2024, 1, 1)).AsT0;
        var parentNow = registry.GetParent(ward, new LocalDate(2026, 1, 1)).AsT0;
        var districtAfter = registry.GetSuccessorsOn(hoanKiemDistrict, new LocalDate(2026, 1, 1)).AsT1.Reason;

        Assert.Equal("Phường Hoàn Kiếm", ward.FullName);
        Assert.Equal("Quận Hoàn Kiếm", parentThen.FullName);
        Assert.Equal("Thành phố Hà Nội", parentNow.FullName);
        Assert.Equal(UnitLookupFailureReason.NoSuccessor, districtAfter);
        Assert.Equal(87 + 696 + 10_035 + 3_321, AdministrativeUnitRegistry.Default.Units.Count);
        var lost = new AdministrativeUnit(
            AdministrativeUnitCode.Of("00061"), "Hàng Bạc", AdministrativeUnitKind.Ward,
            validFrom: null, validTo: eve, parentCode: hoanKiemDistrict.Code, successorCodes: [AdministrativeUnitCode.Of("99999")]);
        Assert.Throws<ArgumentException>(() => AdministrativeUnitRegistry.Default.WithUnits([lost]));
    }

    [Fact]
    public void WhichCommuneIsOldHangTrongToday()
    {
        var registry = AdministrativeUnitRegistry.Default;
        var conversion = registry.ConvertAddress("Phường Hàng Trống, quận Hoàn Kiếm, Hà Nội", new LocalDate(2026, 1, 1)).AsT0;
        var lines = conversion.Successors.Select(s => $"{s.Unit.FullName} {s.Share} {s.Wording}").ToArray();
        var sameAnswer = registry.ConvertAddress("P. Hang Trong, Q. Hoan Kiem, TP. Ha Noi", new LocalDate(2026, 1, 1)).AsT0;

        Assert.Equal(["Phường Hoàn Kiếm Part ", "Phường Cửa Nam Remainder phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm"], lines);
        Assert.Equal(conversion, sameAnswer);
        Assert.Equal("00070", conversion.Successors[0].Unit.Code.Value);
        var district = registry.FindByCode(AdministrativeUnitCode.Of("002"), new LocalDate(2025, 6, 30)).AsT0;
        Assert.Equal(UnitLookupFailureReason.NoSuccessor, registry.Convert(district, new LocalDate(2026, 1, 1)).AsT1.Reason);
        Assert.Equal(UnitShare.Whole, registry.Convert(conversion.Successors[1].Unit, new LocalDate(2026, 1, 1)).AsT0.Successors.Single().Share);
    }

    [Fact]
    public void AddressesChildrenAndPredecessors()
    {
        var registry = AdministrativeUnitRegistry.Default;
        var date = new LocalDate(2024, 1, 1);
        var tanLap = registry.FindByAddress("xã Tân Lập, huyện Đan Phượng, Hà Nội", date).AsT0;
        var bare = registry.FindByAddress("xã Tân Lập", date).AsT1;
        var district = registry.GetParent(tanLap, date).AsT0;
        var wards = registry.GetChildren(registry.FindByCode(AdministrativeUnitCode.Of("01"), new LocalDate(2025, 7, 1)).AsT0, new LocalDate(2025, 7, 1));
        var cuaNam = registry.FindByCode(AdministrativeUnitCode.Of("00082"), new LocalDate(2025, 7, 1)).AsT0;
        var formedFrom = registry.GetPredecessors(cuaNam).Count;

        Assert.Equal("Xã Tân Lập", tanLap.FullName);
        Assert.Equal("Huyện Đan Phượng", district.FullName);
        Assert.Equal(UnitLookupFailureReason.Ambiguous, bare.Reason);
        Assert.InRange(bare.Candidates.Count, 2, 10);
        Assert.All(bare.Candidates, candidate => Assert.Equal("Xã Tân Lập", candidate.FullName));
        Assert.Equal(126, wards.Count);
        Assert.Equal(9, formedFrom);
        Assert.Equal("Hàng Trống", registry.FindByAddress("12 Hàng Bông, P. Hàng Trống, Hà Nội", new LocalDate(2025, 6, 30)).AsT0.Name);
        Assert.Equal(UnitLookupFailureReason.NotFound, registry.FindByAddress("P. Hàng Trốngg, Hà Nội", new LocalDate(2025, 6, 30)).AsT1.Reason);
    }

    [Fact]
    public void EveryCodeBlockOfThePage_AppearsVerbatimInThisFile() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/units.md", "tests/VnChildProtection.Domain.Tests/Docs/UnitsDocsExamples.cs", expectedBlocks: 8);

    // Indentation differs between the page and a method body; line content and order must not.
    private static string Collapse(string text) =>
        string.Join('\n', text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(line => line.Trim()));

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
