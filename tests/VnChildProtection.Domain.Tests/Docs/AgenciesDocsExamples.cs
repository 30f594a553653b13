using System.Linq;
using System.Text;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Every code example of docs/agencies.md, verbatim, with the results the page states.</summary>
public class AgenciesDocsExamples
{
    [Fact]
    public void ResolveWithPlaceQualifier()
    {
        var match = AgencyRegistry.Default.Resolve("Sở Y tế tỉnh An Giang").AsT0;
        var line = $"{match.Kind.Id} | {match.Qualifier} | {match.IsExact}";
        // line: "so-y-te | tỉnh An Giang | True"

        Assert.Equal("so-y-te | tỉnh An Giang | True", line);
    }

    [Fact]
    public void ResolveVariants()
    {
        string[] written =
        [
            "Sở Lao động - Thương binh và Xã hội",
            "Sở LĐTBXH",
            "Sở Lao động-Thương binh và Xã hội",
            "Sở Lao động Thương binh và Xã hội",
            "Sở Lao động – Thương binh và Xã hội".Normalize(NormalizationForm.FormD),
        ];
        var ids = written.Select(w => AgencyRegistry.Default.Resolve(w).AsT0.Kind.Id).Distinct().ToArray();
        // ids: ["so-ldtbxh"]

        Assert.Equal(["so-ldtbxh"], ids);
    }

    [Fact]
    public void ResolveUnknown()
    {
        var result = AgencyRegistry.Default.Resolve("Sở Ngoại vụ");
        var text = result.Match(
            m => $"{m.Kind.Name}",
            u => $"unknown; closest: {u.Candidates[0].Kind.Name}");
        // text: "unknown; closest: Sở Nội vụ"

        Assert.True(result.IsT1);
        Assert.Equal("unknown; closest: Sở Nội vụ", text);
    }

    [Fact]
    public void ResolveList()
    {
        var items = AgencyRegistry.Default
            .ResolveList("Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh")
            .Select(r => r.Match(m => m.Kind.Id, u => "?"))
            .ToArray();
        // items: ["so-gddt", "so-vhttdl", "cong-an-tinh"]

        Assert.Equal(["so-gddt", "so-vhttdl", "cong-an-tinh"], items);
    }

    [Fact]
    public void FindMentionsInRunningText()
    {
        var mentions = AgencyRegistry.Default.FindMentions(
            "tổng hợp báo cáo kết quả về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo UBND tỉnh và Bộ Lao động - Thương binh và Xã hội.");
        var found = mentions.Select(m => $"{m.Kind.Id}@{m.Start}").ToArray();
        // found: ["so-ldtbxh@28", "ubnd-tinh@84", "bo-ldtbxh@97"]

        Assert.Equal(["so-ldtbxh@28", "ubnd-tinh@84", "bo-ldtbxh@97"], found);
    }

    [Fact]
    public void CommuneBodies()
    {
        var ids = new[] { "Công an phường Cái Khế", "Trạm Y tế thị trấn", "Hội LHPN xã", "Hội Liên hiệp Phụ nữ tỉnh" }
            .Select(name => AgencyRegistry.Default.Resolve(name).AsT0.Kind.Id)
            .ToArray();
        // ids: ["cong-an-xa", "tram-y-te-xa", "hlhpn-xa", "hlhpn-tinh"]

        Assert.Equal(["cong-an-xa", "tram-y-te-xa", "hlhpn-xa", "hlhpn-tinh"], ids);
    }

    [Fact]
    public void RolesInClause()
    {
        var roles = ResponsibilityRole.FindIn(
            "Chủ trì, phối hợp với các đơn vị liên quan triển khai các nhiệm vụ của ngành Thông tin và Truyền thông góp phần vào thực hiện các chỉ tiêu 8, 9, 10, 13");
        // roles: [Lead, Coordinate, Contribute]; the verb nearest the indicator list is the one that applies to it

        Assert.Equal([ResponsibilityRole.Lead, ResponsibilityRole.Coordinate, ResponsibilityRole.Contribute], roles);
    }

    [Fact]
    public void HolderOnAfterReorganisation()
    {
        var registry = AgencyRegistry.Default;
        var labourDepartment = registry["so-ldtbxh"];
        var in2023 = registry.HolderOn(labourDepartment, AgencySubject.ChildAffairs, new LocalDate(2023, 6, 1)).AsT0;
        var childAffairs2026 = registry.HolderOn(labourDepartment, AgencySubject.ChildAffairs, new LocalDate(2026, 1, 15)).AsT0;
        var labour2026 = registry.HolderOn(labourDepartment, AgencySubject.Labour, new LocalDate(2026, 1, 15)).AsT0;
        // in2023: Sở Lao động - Thương binh và Xã hội; childAffairs2026: Sở Y tế; labour2026: Sở Nội vụ

        Assert.Equal("Sở Lao động - Thương binh và Xã hội", in2023.Name);
        Assert.Equal("Sở Y tế", childAffairs2026.Name);
        Assert.Equal("Sở Nội vụ", labour2026.Name);
    }

    [Fact]
    public void ExtendRegistry()
    {
        var custom = AgencyRegistry.Default
            .WithKinds([new AgencyKind("so-ngoai-vu", "Sở Ngoại vụ", "Department of Foreign Affairs", AgencyLevel.Provincial)])
            .WithAliases("ttctxh-tinh", ["Trung tâm CTXH"]);
        var foreignAffairs = custom.Resolve("Sở Ngoại vụ tỉnh Lào Cai").AsT0.Kind.Id;
        var socialWork = custom.Resolve("Trung tâm CTXH tỉnh").AsT0.Kind.Id;
        // foreignAffairs: "so-ngoai-vu"; socialWork: "ttctxh-tinh"; AgencyRegistry.Default is unchanged

        Assert.Equal("so-ngoai-vu", foreignAffairs);
        Assert.Equal("ttctxh-tinh", socialWork);
        Assert.False(AgencyRegistry.Default.TryGet("so-ngoai-vu", out _));
        Assert.True(AgencyRegistry.Default.Resolve("Trung tâm CTXH").IsT1);
    }

    [Fact]
    public void ConcreteAgency()
    {
        var health = AgencyRegistry.Default.Resolve("Sở Y tế tỉnh Quảng Ninh").AsT0;
        var agency = new Agency(health.Kind, AdministrativeUnitCode.Of("22"));
        // agency.ToString(): "Sở Y tế [22]"

        Assert.Equal("Sở Y tế [22]", agency.ToString());
    }

    [Fact]
    public void DocsPage_EveryExampleIsVerbatimInThisFile() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/agencies.md", "tests/VnChildProtection.Domain.Tests/Docs/AgenciesDocsExamples.cs", expectedBlocks: 10);
}
