using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Text;

/// <summary>Districts, communes and whole tiers named in a plan's body, resolved inside the plan's province.</summary>
public class UnitMentionTests
{
    private static readonly PlanTextImporter Importer = new();

    [Fact]
    public void Import_Seed002_ResolvesDistrictsAndCommunesInsideAnGiang_WithSpansIntoTheOriginalText()
    {
        var text = SeedCorpus.ReadSeed(2);
        var plan = Importer.Import(text).Plan;
        var date = plan.Header.IssueDate ?? new LocalDate(plan.Header.IssueYear!.Value, 1, 1);
        var registry = AdministrativeUnitRegistry.Default;

        var phuTan = plan.Units.First(u => u.Name == "huyện Phú Tân");
        Assert.Equal(AdministrativeLevel.District, phuTan.Level);
        var district = registry.FindByCode(AdministrativeUnitCode.Of(phuTan.Code!), date).AsT0;
        Assert.Equal("Huyện Phú Tân", district.FullName);
        Assert.Equal("89", district.ParentCode!.Value);

        var vanGiao = plan.Units.First(u => u.Name == "xã Văn Giáo");
        Assert.Equal(AdministrativeLevel.Commune, vanGiao.Level);
        var commune = registry.FindByCode(AdministrativeUnitCode.Of(vanGiao.Code!), date).AsT0;
        Assert.Equal("Văn Giáo", commune.Name);
        var parent = registry.GetParent(commune, date).AsT0;
        Assert.Equal("89", parent.ParentCode!.Value);

        foreach (var mention in plan.Units.Skip(1))
        {
            var source = mention.Source!;
            var written = Regex.Replace(text.Substring(source.Start, source.Length), @"\s+", " ");
            Assert.Equal(mention.Name, written);
        }
    }

    [Fact]
    public void Import_Seeds_EveryResolvedMentionHasTheLevelOfItsCode()
    {
        for (var seed = 0; seed < 4; seed++)
        {
            foreach (var mention in Importer.Import(SeedCorpus.ReadSeed(seed)).Plan.Units.Where(u => u.Code is not null))
            {
                Assert.Equal(AdministrativeUnitCode.Of(mention.Code!).Level, mention.Level);
            }
        }
    }

    [Fact]
    public void Import_SocialAffairsIsNoCommune()
    {
        // "Lao động - Thương binh và Xã hội": "Xã" starts a word of a body's name, not a kind word.
        var plans = Enumerable.Range(0, 4).Select(seed => Importer.Import(SeedCorpus.ReadSeed(seed)).Plan);
        Assert.DoesNotContain(plans.SelectMany(p => p.Units), u => u.Name.StartsWith("Xã", System.StringComparison.Ordinal));
    }
}
