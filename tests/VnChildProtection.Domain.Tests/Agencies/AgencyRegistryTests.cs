using System;
using System.Linq;
using System.Text;
using NodaTime;
using VnChildProtection.Domain.Agencies;

namespace VnChildProtection.Domain.Tests.Agencies;

public class AgencyRegistryTests
{
    private static readonly AgencyRegistry Registry = AgencyRegistry.Default;

    [Theory]
    [InlineData("Sở Lao động - Thương binh và Xã hội")]
    [InlineData("Sở LĐTBXH")]
    [InlineData("Sở Lao động-Thương binh và Xã hội")]
    [InlineData("Sở Lao động Thương binh và Xã hội")]
    [InlineData("Sở Lao động – Thương binh và Xã hội")]
    [InlineData("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")]
    [InlineData("so lao dong thuong binh va xa hoi")]
    [InlineData("Sở LĐ-TBXH")]
    public void Resolve_LabourDepartmentVariants_ReturnLabourDepartment(string text)
    {
        Assert.Equal("so-ldtbxh", Registry.Resolve(text).AsT0.Kind.Id);
    }

    [Theory]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("Sở Văn hoá, Thể thao và Du lịch")]
    [InlineData("Sở VHTTDL")]
    [InlineData("Sở VH-TT&DL")]
    [InlineData("Sở VH TT DL")]
    public void Resolve_CultureDepartmentVariants_ReturnCultureDepartment(string text)
    {
        var match = Registry.Resolve(text).AsT0;

        Assert.Equal("so-vhttdl", match.Kind.Id);
        Assert.True(match.IsExact);
    }

    [Fact]
    public void Resolve_NfdInput_SameAsNfc()
    {
        var nfd = "Sở Giáo dục và Đào tạo".Normalize(NormalizationForm.FormD);

        Assert.Equal("so-gddt", Registry.Resolve(nfd).AsT0.Kind.Id);
    }

    [Theory]
    [InlineData("Sở Y tế tỉnh An Giang", "so-y-te", "tỉnh An Giang")]
    [InlineData("Công an tỉnh", "cong-an-tinh", "")]
    [InlineData("Công an tỉnh Quảng Ninh", "cong-an-tinh", "Quảng Ninh")]
    [InlineData("Ủy ban nhân dân tỉnh Khánh Hoà", "ubnd-tinh", "Khánh Hoà")]
    [InlineData("Sở Tư pháp thành phố Hồ Chí Minh", "so-tu-phap", "thành phố Hồ Chí Minh")]
    [InlineData("SỞ Y TẾ TỈNH AN GIANG", "so-y-te", "TỈNH AN GIANG")]
    [InlineData("so y te tinh an giang", "so-y-te", "tinh an giang")]
    public void Resolve_TrailingPlace_ReturnsKindAndQualifier(string text, string kindId, string qualifier)
    {
        var match = Registry.Resolve(text).AsT0;

        Assert.Equal(kindId, match.Kind.Id);
        Assert.Equal(qualifier, match.Qualifier);
        Assert.Equal(1.0, match.Score);
    }

    [Fact]
    public void Resolve_MissingConjunction_AcceptedAsCloseMatchBelowOne()
    {
        var match = Registry.Resolve("Sở Lao động Thương binh Xã hội").AsT0;

        Assert.Equal("so-ldtbxh", match.Kind.Id);
        Assert.InRange(match.Score, 0.85, 0.999);
        Assert.False(match.IsExact);
    }

    [Fact]
    public void Resolve_UnregisteredDepartment_ReturnsUnknownWithRankedCandidates()
    {
        var result = Registry.Resolve("Sở Ngoại vụ");

        Assert.True(result.IsT1);
        var candidates = result.AsT1.Candidates;
        Assert.NotEmpty(candidates);
        Assert.Equal("so-noi-vu", candidates[0].Kind.Id);
        Assert.True(candidates.Zip(candidates.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.All(candidates, c => Assert.InRange(c.Score, 0.3, 1.0));
    }

    [Theory]
    [InlineData("Báo cáo kết quả")]
    [InlineData("BÁO CÁO KẾT QUẢ")]
    [InlineData("III. CHẾ ĐỘ BÁO CÁO")]
    [InlineData("Sở Tài chính và các sở, ban, ngành")]
    [InlineData("Tỉnh Đoàn và các tổ chức có liên quan")]
    public void Resolve_NameFollowedByOrdinaryText_IsNotAnExactMatch(string text)
    {
        var result = Registry.Resolve(text);

        Assert.False(result.IsT0 && result.AsT0.IsExact);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("—;,")]
    public void Resolve_NoWords_ReturnsUnknownWithoutCandidates(string text)
    {
        Assert.Empty(Registry.Resolve(text).AsT1.Candidates);
    }

    [Fact]
    public void Resolve_LoneSurrogate_DoesNotThrow()
    {
        var result = Registry.Resolve("Sở Y tế \uD800");

        Assert.True(result.IsT0 || result.IsT1);
    }

    [Fact]
    public void Resolve_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Registry.Resolve(null!));
    }

    [Fact]
    public void UnknownAgency_ToString_DoesNotEchoInput()
    {
        var unknown = Registry.Resolve("Nguyễn Văn A, số nhà 12").AsT1;

        Assert.DoesNotContain("Nguyễn", unknown.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("AGENCY-UNKNOWN", unknown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_KnownAndUnknown()
    {
        Assert.True(Registry.TryResolve("Sở Y tế", out var match));
        Assert.Equal("so-y-te", match.Kind.Id);
        Assert.False(Registry.TryResolve("Sở Ngoại vụ", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void ResolveList_CommaSeparatedAgencies_SplitsAndResolvesEach()
    {
        var ids = Registry.ResolveList("Sở Giáo dục và Đào tạo, Sở Y tế, Công an tỉnh").Select(r => r.AsT0.Kind.Id);

        Assert.Equal(["so-gddt", "so-y-te", "cong-an-tinh"], ids);
    }

    [Fact]
    public void ResolveList_KeepsCommasAndDashesInsideNames()
    {
        var ids = Registry.ResolveList("Sở Lao động - Thương binh và Xã hội; Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp")
            .Select(r => r.AsT0.Kind.Id);

        Assert.Equal(["so-ldtbxh", "so-vhttdl", "so-tu-phap"], ids);
    }

    [Fact]
    public void ResolveList_RealSeed002Headings_SplitsJointEntries()
    {
        var media = Registry.ResolveList("Đài Phát thanh - Truyền hình An Giang; Báo An Giang").Select(r => r.AsT0).ToArray();
        var fund = Registry.ResolveList("Trung tâm Công tác xã hội - Quỹ Bảo trợ trẻ em tỉnh An Giang").Select(r => r.AsT0.Kind.Id);

        Assert.Equal(["dai-ptth-tinh", "bao-tinh"], media.Select(m => m.Kind.Id));
        Assert.All(media, m => Assert.Equal("An Giang", m.Qualifier));
        Assert.Equal(["ttctxh-tinh", "quy-bao-tro-tre-em-tinh"], fund);
    }

    [Fact]
    public void ResolveList_UnknownItem_IsKeptAsUnknown()
    {
        var results = Registry.ResolveList("Sở Y tế, Sở Ngoại vụ");

        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsT0);
        Assert.True(results[1].IsT1);
    }

    [Fact]
    public void HolderOn_LabourDepartmentChildAffairs2023_IsLabourDepartment()
    {
        var holder = Registry.HolderOn(Registry["so-ldtbxh"], AgencySubject.ChildAffairs, new LocalDate(2023, 6, 1));

        Assert.Equal("so-ldtbxh", holder.AsT0.Id);
    }

    [Fact]
    public void HolderOn_LabourDepartmentChildAffairs2026_IsHealthDepartment()
    {
        var holder = Registry.HolderOn(Registry["so-ldtbxh"], AgencySubject.ChildAffairs, new LocalDate(2026, 1, 15));

        Assert.Equal("so-y-te", holder.AsT0.Id);
    }

    [Theory]
    [InlineData("2025-02-28", "so-ldtbxh")]
    [InlineData("2025-03-01", "so-noi-vu")]
    public void HolderOn_LabourDepartmentLabour_SwitchesToHomeAffairsOnFirstMarch2025(string date, string expected)
    {
        var holder = Registry.HolderOn(Registry["so-ldtbxh"], AgencySubject.Labour, LocalDatePattern(date));

        Assert.Equal(expected, holder.AsT0.Id);
    }

    [Theory]
    [InlineData("ChildAffairs", "so-y-te")]
    [InlineData("SocialProtection", "so-y-te")]
    [InlineData("SocialEvilsPrevention", "so-y-te")]
    [InlineData("Labour", "so-noi-vu")]
    [InlineData("GenderEquality", "so-noi-vu")]
    [InlineData("MeritoriousPeople", "so-noi-vu")]
    [InlineData("VocationalEducation", "so-gddt")]
    [InlineData("PovertyReduction", "so-nnmt")]
    [InlineData("General", "so-noi-vu")]
    [InlineData("Press", "so-noi-vu")]
    public void HolderOn_LabourDepartmentIn2026_DependsOnSubject(string subject, string expected)
    {
        var holder = Registry.HolderOn(Registry["so-ldtbxh"], AgencySubject.FromName(subject), new LocalDate(2026, 1, 1));

        Assert.Equal(expected, holder.AsT0.Id);
    }

    [Theory]
    [InlineData("ChildAffairs", "bo-y-te")]
    [InlineData("Labour", "bo-noi-vu")]
    [InlineData("GenderEquality", "bo-noi-vu")]
    public void HolderOn_MolisaIn2026_DependsOnSubject(string subject, string expected)
    {
        var holder = Registry.HolderOn(Registry["bo-ldtbxh"], AgencySubject.FromName(subject), new LocalDate(2026, 1, 1));

        Assert.Equal(expected, holder.AsT0.Id);
    }

    [Fact]
    public void MolisaChildAffairsSuccession_CitesDecree42AndIsConfirmed()
    {
        var succession = Registry["bo-ldtbxh"].Successions.Single(s => s.Subject == AgencySubject.ChildAffairs);

        Assert.Equal("Nghị định 42/2025/NĐ-CP", succession.Instrument);
        Assert.True(succession.IsConfirmed);
        Assert.Equal(new LocalDate(2025, 3, 1), succession.EffectiveDate);
    }

    [Theory]
    [InlineData("so-khdt", "so-tai-chinh")]
    [InlineData("so-tttt", "so-khcn")]
    [InlineData("so-gtvt", "so-xay-dung")]
    [InlineData("so-nnptnt", "so-nnmt")]
    [InlineData("so-tnmt", "so-nnmt")]
    [InlineData("ban-dan-toc", "so-dan-toc-ton-giao")]
    [InlineData("so-du-lich", "so-vhttdl")]
    [InlineData("so-vhtt", "so-vhttdl")]
    [InlineData("bo-khdt", "bo-tai-chinh")]
    [InlineData("uy-ban-dan-toc", "bo-dan-toc-ton-giao")]
    [InlineData("cuc-tre-em", "cuc-ba-me-tre-em")]
    public void HolderOn_MergedBodiesIn2026_ReturnMergedBody(string from, string expected)
    {
        Assert.Equal(expected, Registry.HolderOn(Registry[from], AgencySubject.General, new LocalDate(2026, 1, 1)).AsT0.Id);
    }

    [Fact]
    public void HolderOn_InformationDepartmentPress_GoesToCultureNotScience()
    {
        Assert.Equal("so-vhttdl", Registry.HolderOn(Registry["so-tttt"], AgencySubject.Press, new LocalDate(2026, 1, 1)).AsT0.Id);
    }

    [Fact]
    public void HolderOn_ContinuingHomeAffairsReligion_TransfersWhileHomeAffairsContinues()
    {
        var date = new LocalDate(2026, 1, 1);

        Assert.Equal("so-dan-toc-ton-giao", Registry.HolderOn(Registry["so-noi-vu"], AgencySubject.Religion, date).AsT0.Id);
        Assert.Equal("so-noi-vu", Registry.HolderOn(Registry["so-noi-vu"], AgencySubject.Labour, date).AsT0.Id);
    }

    [Fact]
    public void HolderOn_DistrictCommitteeAfterJuly2025_IsTypedNoHolder()
    {
        var result = Registry.HolderOn(Registry["ubnd-huyen"], AgencySubject.ChildAffairs, new LocalDate(2025, 7, 1));

        Assert.Equal(NoAgencyHolderReason.DissolvedWithoutSuccessor, result.AsT1.Reason);
        Assert.Equal("ubnd-huyen", result.AsT1.LastKnown.Id);
        Assert.Equal("ubnd-huyen", Registry.HolderOn(Registry["ubnd-huyen"], AgencySubject.ChildAffairs, new LocalDate(2025, 6, 30)).AsT0.Id);
    }

    [Fact]
    public void HolderOn_NewBodyBeforeItExisted_IsNotYetEstablished()
    {
        var result = Registry.HolderOn(Registry["so-nnmt"], AgencySubject.General, new LocalDate(2024, 1, 1));

        Assert.Equal(NoAgencyHolderReason.NotYetEstablished, result.AsT1.Reason);
    }

    [Fact]
    public void ValidOn_2026_ExcludesDissolvedAndIncludesNewBodies()
    {
        var ids = Registry.ValidOn(new LocalDate(2026, 1, 1)).Select(k => k.Id).ToHashSet();

        Assert.Contains("so-y-te", ids);
        Assert.Contains("so-nnmt", ids);
        Assert.DoesNotContain("so-ldtbxh", ids);
        Assert.DoesNotContain("ubnd-huyen", ids);
    }

    [Fact]
    public void WithAliases_AddsAliasToResolution_DefaultUnchanged()
    {
        var custom = Registry.WithAliases("so-ldtbxh", ["Phòng Trẻ em và Bình đẳng giới"]);

        Assert.Equal("so-ldtbxh", custom.Resolve("Phòng Trẻ em và Bình đẳng giới").AsT0.Kind.Id);
        Assert.True(Registry.Resolve("Phòng Trẻ em và Bình đẳng giới").IsT1);
    }

    [Fact]
    public void WithAliases_AliasOfAnotherKind_MovesIt()
    {
        var custom = Registry.WithAliases("ttbtxh-tinh", ["Trung tâm Công tác xã hội"]);

        Assert.Equal("ttbtxh-tinh", custom.Resolve("Trung tâm Công tác xã hội").AsT0.Kind.Id);
        Assert.DoesNotContain("Trung tâm Công tác xã hội", custom["ttctxh-tinh"].Aliases);
    }

    [Fact]
    public void WithAliases_NameOfAnotherKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => Registry.WithAliases("so-y-te", ["Sở Tư pháp"]));
    }

    [Fact]
    public void WithKinds_OverrideSuccession_ChangesHolder()
    {
        // A province that kept a separate tourism department in 2025 overrides the default merger.
        var tourism = Registry["so-du-lich"];
        var kept = new AgencyKind(tourism.Id, tourism.Name, tourism.EnglishName, tourism.Level, tourism.Abbreviation, tourism.Aliases);
        var custom = Registry.WithKinds([kept]);

        Assert.Equal("so-du-lich", custom.HolderOn(custom["so-du-lich"], AgencySubject.General, new LocalDate(2026, 1, 1)).AsT0.Id);
        Assert.Equal(Registry.Kinds.Count, custom.Kinds.Count);
    }

    [Fact]
    public void WithKinds_NewKind_IsResolvable()
    {
        var custom = Registry.WithKinds([new AgencyKind("so-ngoai-vu", "Sở Ngoại vụ", "Department of Foreign Affairs", AgencyLevel.Provincial)]);

        Assert.Equal("so-ngoai-vu", custom.Resolve("Sở Ngoại vụ tỉnh Lào Cai").AsT0.Kind.Id);
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        var kind = Registry["so-y-te"];

        Assert.Throws<ArgumentException>(() => new AgencyRegistry([kind, kind]));
    }

    [Fact]
    public void Constructor_MissingSuccessor_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AgencyRegistry([Registry["so-khdt"]]));
    }

    [Fact]
    public void Constructor_SuccessionCycle_Throws()
    {
        var date = new LocalDate(2025, 1, 1);
        var a = new AgencyKind("a", "Cơ quan A", "A", AgencyLevel.Provincial, successions: [new(AgencySubject.General, "b", date, "test", true)]);
        var b = new AgencyKind("b", "Cơ quan B", "B", AgencyLevel.Provincial, successions: [new(AgencySubject.General, "a", date, "test", true)]);

        Assert.Throws<ArgumentException>(() => new AgencyRegistry([a, b]));
    }

    [Fact]
    public void Indexer_UnknownId_ThrowsKeyNotFound()
    {
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Registry["no-such-agency"]);
    }

    private static LocalDate LocalDatePattern(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
