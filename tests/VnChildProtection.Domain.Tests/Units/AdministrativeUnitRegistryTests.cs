using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

public partial class AdministrativeUnitRegistryTests
{
    private static readonly LocalDate MergerEve = new(2025, 6, 30);
    private static readonly LocalDate MergerDay = new(2025, 7, 1);
    private static readonly AdministrativeUnitRegistry Registry = AdministrativeUnitRegistry.Default;

    [Fact]
    public void Default_Has63ProvincesOnTheEveOfTheMerger()
    {
        var provinces = Registry.GetUnitsValidOn(MergerEve, AdministrativeLevel.Province);
        Assert.Equal(63, provinces.Count);
        Assert.Equal(63, provinces.Select(unit => unit.Code).Distinct().Count());
        Assert.Equal(
            PreMergerCodes.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value)),
            provinces.Select(unit => (unit.Code.Value, unit.Name)).OrderBy(pair => pair.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public void Default_Has34ProvincesFromTheMergerDay()
    {
        var provinces = Registry.GetUnitsValidOn(MergerDay, AdministrativeLevel.Province);
        Assert.Equal(34, provinces.Count);
        Assert.Equal(
            PostMergerCodes.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value)),
            provinces.Select(unit => (unit.Code.Value, unit.Name)).OrderBy(pair => pair.Item1, StringComparer.Ordinal));
        Assert.Equal(provinces, Registry.GetUnitsValidOn(new LocalDate(2026, 11, 25), AdministrativeLevel.Province));
    }

    [Fact]
    public void Default_EveryPreMergerProvinceHasOneSuccessorOnTheMergerDay_MatchingTheMergerMap()
    {
        var expectedSuccessor = MergerMap
            .SelectMany(pair => pair.Value.Select(part => (Part: part, New: pair.Key)))
            .ToDictionary(pair => pair.Part, pair => pair.New);
        foreach (var unchanged in Unchanged)
        {
            expectedSuccessor.Add(unchanged, unchanged);
        }

        foreach (var province in Registry.GetUnitsValidOn(MergerEve, AdministrativeLevel.Province))
        {
            var successors = Registry.GetSuccessorsOn(province, MergerDay).AsT0;
            var successor = Assert.Single(successors);
            Assert.Equal(expectedSuccessor[province.Name], successor.Name);
        }
    }

    [Fact]
    public void Default_MergedProvincesAbsorbExactlyTheirParts()
    {
        foreach (var (name, parts) in MergerMap)
        {
            var merged = Registry.FindByName(name, MergerDay, AdministrativeLevel.Province).AsT0;
            Assert.Equal(MergerDay, merged.ValidFrom);
            Assert.Equal(
                parts.OrderBy(part => part, StringComparer.Ordinal),
                Registry.GetPredecessors(merged).Select(unit => unit.Name).OrderBy(part => part, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Default_UnchangedProvincesContinueWithoutANewRecord()
    {
        foreach (var name in Unchanged.Where(name => name != "Huế"))
        {
            var before = Registry.FindByName(name, MergerEve, AdministrativeLevel.Province).AsT0;
            Assert.Same(before, Registry.FindByName(name, MergerDay, AdministrativeLevel.Province).AsT0);
            Assert.Null(before.ValidTo);
        }
    }

    [Fact]
    public void Default_SixCentrallyRunCitiesFrom2025_HueFromNewYear()
    {
        static string[] Cities(LocalDate date) => Registry.GetUnitsValidOn(date, AdministrativeLevel.Province)
            .Where(unit => unit.Kind == AdministrativeUnitKind.CentralCity).Select(unit => unit.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng" }.Order(StringComparer.Ordinal), Cities(new LocalDate(2024, 12, 31)));
        var six = new[] { "Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Huế", "Đà Nẵng" }.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(six, Cities(new LocalDate(2025, 1, 1)));
        Assert.Equal(six, Cities(MergerDay));
    }

    [Fact]
    public void FindByCode_91_IsKienGiangIn2024AndAnGiangIn2026()
    {
        var code = AdministrativeUnitCode.Of("91");
        Assert.Equal("Kiên Giang", Registry.FindByCode(code, new LocalDate(2024, 1, 1)).AsT0.Name);
        Assert.Equal("An Giang", Registry.FindByCode(code, new LocalDate(2026, 1, 1)).AsT0.Name);
    }

    [Fact]
    public void FindByCode_RetiredCodeAfterMerger_ReturnsNotValidOnDateWithTheOldRecord()
    {
        var failure = Registry.FindByCode(AdministrativeUnitCode.Of("62"), new LocalDate(2026, 1, 1)).AsT1;
        Assert.Equal(UnitLookupFailureReason.NotValidOnDate, failure.Reason);
        Assert.Equal("Kon Tum", Assert.Single(failure.Candidates).Name);
    }

    [Fact]
    public void FindByCode_UnknownCode_ReturnsNotFound()
    {
        var failure = Registry.FindByCode(AdministrativeUnitCode.Of("99"), new LocalDate(2026, 1, 1)).AsT1;
        Assert.Equal(UnitLookupFailureReason.NotFound, failure.Reason);
        Assert.Empty(failure.Candidates);
    }

    [Theory]
    [InlineData("Thừa Thiên Huế", "2024-06-01", "46", "Thừa Thiên Huế")]
    [InlineData("Thừa Thiên - Huế", "2024-06-01", "46", "Thừa Thiên Huế")]
    [InlineData("tỉnh Thừa Thiên-Huế", "2024-06-01", "46", "Thừa Thiên Huế")]
    [InlineData("Thành phố Huế", "2025-03-01", "46", "Huế")]
    [InlineData("TP. Hồ Chí Minh", "2024-06-01", "79", "Hồ Chí Minh")]
    [InlineData("Thành phố Hồ Chí Minh", "2026-01-01", "79", "Hồ Chí Minh")]
    [InlineData("TPHCM", "2026-01-01", "79", "Hồ Chí Minh")]
    [InlineData("TP.HCM", "2026-01-01", "79", "Hồ Chí Minh")]
    [InlineData("tp hcm", "2026-01-01", "79", "Hồ Chí Minh")]
    [InlineData("Bà Rịa-Vũng Tàu", "2024-06-01", "77", "Bà Rịa - Vũng Tàu")]
    [InlineData("Bà Rịa – Vũng Tàu", "2024-06-01", "77", "Bà Rịa - Vũng Tàu")]
    [InlineData("Khánh Hoà", "2026-01-01", "56", "Khánh Hòa")]
    [InlineData("tinh khanh hoa", "2026-01-01", "56", "Khánh Hòa")]
    [InlineData("QUẢNG NGÃI", "2020-02-18", "51", "Quảng Ngãi")]
    [InlineData("Thanh Hoá", "2026-01-01", "38", "Thanh Hóa")]
    [InlineData("Dak Lak", "2026-01-01", "66", "Đắk Lắk")]
    [InlineData("Thành phố trực thuộc trung ương Cần Thơ", "2026-01-01", "92", "Cần Thơ")]
    public void FindByName_AcceptsVariants(string query, string date, string code, string name)
    {
        var unit = Registry.FindByName(query, LocalDatePattern(date), AdministrativeLevel.Province).AsT0;
        Assert.Equal(code, unit.Code.Value);
        Assert.Equal(name, unit.Name);
    }

    [Fact]
    public void FindByName_NfdInput_MatchesLikeNfc()
    {
        var nfd = "Thừa Thiên Huế".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("46", Registry.FindByName(nfd, new LocalDate(2024, 1, 1), AdministrativeLevel.Province).AsT0.Code.Value);
    }

    [Fact]
    public void FindByName_MergedAwayProvinceToday_ReturnsNotValidOnDateWithTheOldRecord()
    {
        var failure = Registry.FindByName("Kon Tum", new LocalDate(2026, 1, 1), AdministrativeLevel.Province).AsT1;
        Assert.Equal(UnitLookupFailureReason.NotValidOnDate, failure.Reason);
        var konTum = Assert.Single(failure.Candidates);
        Assert.Equal("Quảng Ngãi", Assert.Single(Registry.GetSuccessorsOn(konTum, new LocalDate(2026, 1, 1)).AsT0).Name);
    }

    [Fact]
    public void FindByName_Misspelt_ReturnsNotFoundWithNearestNames()
    {
        var failure = Registry.FindByName("Quang Ngai Tinh", new LocalDate(2026, 1, 1), AdministrativeLevel.Province).AsT1;
        Assert.Equal(UnitLookupFailureReason.NotFound, failure.Reason);
        Assert.Empty(failure.Candidates);

        var typo = Registry.FindByName("Quãng Ngải x", new LocalDate(2026, 1, 1), AdministrativeLevel.Province).AsT1;
        Assert.Equal("Quảng Ngãi", typo.Candidates[0].Name);
        Assert.DoesNotContain("Quảng", typo.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FindByName_WrongLevel_ReturnsNotFound()
    {
        // Not "Lạng Sơn": a commune of that name existed until 30 June 2025 (Anh Sơn district, Nghệ An).
        var failure = Registry.FindByName("Bà Rịa - Vũng Tàu", new LocalDate(2026, 1, 1), AdministrativeLevel.Commune).AsT1;
        Assert.Equal(UnitLookupFailureReason.NotFound, failure.Reason);
    }

    [Fact]
    public void GetSuccessorsOn_HueIn2020_ResolvesThroughTheStatusChange()
    {
        var province = Registry.FindByName("Thừa Thiên Huế", new LocalDate(2020, 1, 1), AdministrativeLevel.Province).AsT0;
        var city = Assert.Single(Registry.GetSuccessorsOn(province, new LocalDate(2026, 1, 1)).AsT0);
        Assert.Equal(AdministrativeUnitKind.CentralCity, city.Kind);
        Assert.Equal(province.Code, city.Code);
        Assert.Equal(new[] { province }, Registry.GetPredecessors(city));
    }

    [Fact]
    public void GetSuccessorsOn_DateBeforeUnitStarted_ReturnsDateBeforeUnit()
    {
        var anGiang = Registry.FindByName("An Giang", new LocalDate(2026, 1, 1), AdministrativeLevel.Province).AsT0;
        Assert.Equal(UnitLookupFailureReason.DateBeforeUnit, Registry.GetSuccessorsOn(anGiang, new LocalDate(2024, 1, 1)).AsT1.Reason);
    }

    [Fact]
    public void GetParent_Province_ReturnsNoParent()
    {
        var haNoi = Registry.FindByCode(AdministrativeUnitCode.Of("01"), MergerDay).AsT0;
        Assert.Equal(UnitLookupFailureReason.NoParent, Registry.GetParent(haNoi, MergerDay).AsT1.Reason);
    }

    [Fact]
    public void Default_SlugsAreAsciiAndFullNamesCarryTheKindPrefix()
    {
        Assert.All(Registry.Units, unit => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", unit.Slug));
        Assert.Equal("Thành phố Hồ Chí Minh", Registry.FindByCode(AdministrativeUnitCode.Of("79"), MergerDay).AsT0.FullName);
        Assert.Equal("Tỉnh Lạng Sơn", Registry.FindByCode(AdministrativeUnitCode.Of("20"), MergerDay).AsT0.FullName);
    }

    [Theory]
    [InlineData(0, "Quảng Ngãi", "51", "Quảng Ngãi", new[] { "Kon Tum", "Quảng Ngãi" })]
    [InlineData(1, "Lạng Sơn", "20", "Lạng Sơn", new string[0])]
    [InlineData(2, "An Giang", "91", "An Giang", new[] { "An Giang", "Kiên Giang" })]
    [InlineData(3, "Quảng Ninh", "22", "Quảng Ninh", new string[0])]
    public void Seed_IssuingProvince_ResolvesToTodaysProvince(int seed, string place, string code, string today, string[] absorbed)
    {
        // The place and year come from the seed's header line ("Quảng Ngãi, ngày 18 tháng 02 năm 2020").
        var header = SeedHeader().Match(SeedCorpus.ReadSeed(seed));
        Assert.True(header.Success);
        Assert.Equal(place, header.Groups["place"].Value.Trim());
        var planDate = new LocalDate(int.Parse(header.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 1);

        var then = Registry.FindByName(header.Groups["place"].Value, planDate, AdministrativeLevel.Province).AsT0;
        var now = Assert.Single(Registry.GetSuccessorsOn(then, new LocalDate(2026, 11, 25)).AsT0);
        Assert.Equal(code, now.Code.Value);
        Assert.Equal(today, now.Name);
        Assert.Equal(absorbed, Registry.GetPredecessors(now).Select(unit => unit.Name).Order(StringComparer.Ordinal));
        Assert.Equal(absorbed.Length == 0, ReferenceEquals(then, now));
    }

    [GeneratedRegex(@"^(?<place>[^\n,*]+), ngày[^\n]*?năm (?<year>\d{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex SeedHeader();

    private static LocalDate LocalDatePattern(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
