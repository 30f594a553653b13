using System.IO;
using NodaTime;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Every code example of <c>docs/plan-json.md</c>, verbatim, one test each.</summary>
public sealed class PlanJsonDocsExamples
{
    [Fact]
    public void EveryExample_IsHere() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/plan-json.md", "tests/VnChildProtection.Domain.Tests/Docs/PlanJsonDocsExamples.cs", 4);

    [Fact]
    public void Serialize_ThenDeserialize_RoundTrips()
    {
        var plan = new PlanDocument
        {
            Header = new PlanHeader { Number = "27/KH-UBND", IssueDate = new LocalDate(2020, 2, 18) },
            Indicators = ValueList.Of(new PlanIndicator
            {
                Number = 2,
                Text = "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98,5% vào năm 2025",
                Targets = ValueList.Of(new PlanTarget
                {
                    Text = "đạt 98,5% vào năm 2025",
                    Measure = new MeasureId(2, 'a'),
                    Target = Target.Parse("đạt 98,5% vào năm 2025").AsT0,
                }),
            }),
        };
        var json = PlanJson.Serialize(plan);
        Assert.Contains("\"issueDate\": \"2020-02-18\"", json);
        Assert.Contains("\"target\": \"đạt 98,5% vào năm 2025\"", json);
        Assert.Equal(plan, PlanJson.Deserialize(json).AsT0);
    }

    [Fact]
    public void Deserialize_UnknownRole_ReportsPathAndPosition()
    {
        var error = PlanJson.Deserialize("""
            {
              "responsibilities": [
                { "agency": "Sở Y tế", "role": "chủ trì" }
              ]
            }
            """).AsT1;
        Assert.Equal("PLAN-JSON-VALUE", error.Code);
        Assert.Equal("$.responsibilities[0].role", error.Path);
        Assert.Equal((3, 36), (error.Line, error.Column));
        Assert.Equal("PLAN-JSON-VALUE at $.responsibilities[0].role (3:36): Unknown ResponsibilityRole name; expected one of Lead, Coordinate, Contribute.", error.ToString());
    }

    [Fact]
    public void MinimalExample_Reads_AndMissingRequiredIsReported()
    {
        var minimal = PlanJson.Deserialize(File.ReadAllText(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "plans", "minimal.json"))).AsT0;
        Assert.Equal("Luật Trẻ em năm 2016", minimal.LegalBases[0].Text);
        var missing = PlanJson.Deserialize("""{ "legalBases": [ {} ] }""").AsT1;
        Assert.Equal(("PLAN-JSON-MISSING-PROPERTY", "$.legalBases[0]"), (missing.Code, missing.Path));
    }

    [Fact]
    public void JsonValueLocator_FindsValuesAndNearestAncestors()
    {
        var json = "{\n  \"header\": { \"number\": \"27/KH-UBND\" }\n}";
        var locator = new JsonValueLocator(json);
        var number = locator.Find("$.header.number")!;            // line 2, column 25, 12 characters ("27/KH-UBND" with quotes)
        var header = locator.FindNearest("$.header.issueDate")!;  // absent: the header object, line 2, column 13
        var step = JsonValueLocator.Property("odd key");          // "['odd key']"
        Assert.Equal((2, 25, 12), (number.Line, number.Column, number.Length));
        Assert.Equal("\"27/KH-UBND\"", json.Substring(number.Start, number.Length));
        Assert.Equal((2, 13), (header.Line, header.Column));
        Assert.Equal("{ \"number\": \"27/KH-UBND\" }", json.Substring(header.Start, header.Length));
        Assert.Equal("['odd key']", step);
        Assert.Null(locator.Find("$.header.issueDate"));
        Assert.Null(new JsonValueLocator("{ \"header\": ").FindNearest("$.header"));
    }
}
