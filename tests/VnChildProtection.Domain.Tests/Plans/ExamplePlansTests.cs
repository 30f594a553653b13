using System.IO;
using System.Linq;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Plans.Validation;

namespace VnChildProtection.Domain.Tests.Plans;

/// <summary>
/// The plan documents of docs/examples/plans (the four seed plans as JSON): each rule fires where DOMAIN.md says the
/// seed's defect is, and nowhere else.
/// </summary>
public class ExamplePlansTests
{
    private static readonly string Folder = Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "plans");

    private static string[] Findings(string name)
    {
        var plan = PlanJson.Deserialize(File.ReadAllText(Path.Combine(Folder, name))).AsT0;
        return new PlanValidator().Validate(plan).Select(d => $"{d.Rule.Name} {d.Location.Path} {d.Location.Line}").ToArray();
    }

    [Fact]
    public void QuangNgai2020_SectionIIIAfterIV()
    {
        Assert.Equal(new[] { "section-numbering $.sections[4] 325" }, Findings("quang-ngai-2020-27-KH-UBND.json"));
    }

    [Fact]
    public void LangSon2023_DraftHeaderAndSecondSectionV()
    {
        Assert.Equal(new[]
        {
            "draft-document-number-missing $.header.number 3",
            "issue-date-missing $.header.issueDate 5",
            "section-numbering $.sections[5] 165",
        }, Findings("lang-son-2023-draft-KH-SLDTBXH.json"));
    }

    [Fact]
    public void AnGiang2024_CitationsMortalityLeadAndSections()
    {
        Assert.Equal(new[]
        {
            "citation-malformed $.legalBases[8] 45",
            "mortality-rates-inconsistent $.indicators[2].targets[0] 75",
            "section-numbering $.sections[1] 125",
            "indicator-without-lead $.responsibilities[4] 413",
            "citation-after-plan-date $.references[15] 592",
        }, Findings("an-giang-2024-177-KH-UBND.json"));
    }

    [Fact]
    public void QuangNinh2021_IsClean()
    {
        Assert.Empty(Findings("quang-ninh-2021-2030-52-KH-UBND.json"));
    }

    [Fact]
    public void Examples_RoundTripThroughTheSerializer()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.json"))
        {
            var plan = PlanJson.Deserialize(File.ReadAllText(file)).AsT0;
            Assert.Equal(plan, PlanJson.Deserialize(PlanJson.Serialize(plan)).AsT0);
        }
    }
}
