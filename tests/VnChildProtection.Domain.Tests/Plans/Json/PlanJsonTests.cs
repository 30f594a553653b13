using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Plans.Json;

public class PlanJsonTests
{
    [Fact]
    public void Serialize_FullExample_RoundTripsInAllThreeInputForms()
    {
        var plan = PlanJsonExamples.AnGiang2024();
        var json = PlanJson.Serialize(plan);
        Assert.Equal(plan, PlanJson.Deserialize(json).AsT0);
        Assert.Equal(plan, PlanJson.Deserialize(PlanJson.SerializeToUtf8Bytes(plan, indented: false)).AsT0);
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]);
        Assert.Equal(plan, PlanJson.Deserialize(stream).AsT0);
    }

    [Fact]
    public void Serialize_WritesStableReadableForms()
    {
        var json = PlanJson.Serialize(PlanJsonExamples.AnGiang2024());
        Assert.Contains("\"issueDate\": \"2024-02-28\"", json, StringComparison.Ordinal);
        Assert.Contains("\"due\": \"05-20\"", json, StringComparison.Ordinal);
        Assert.Contains("\"role\": \"Coordinate\"", json, StringComparison.Ordinal);
        Assert.Contains("\"measure\": \"CT3.a\"", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": \"150.000.000 đồng/năm\"", json, StringComparison.Ordinal);
        Assert.Contains("\"target\": \"giảm 20% so với năm 2023\"", json, StringComparison.Ordinal);
        Assert.Contains("\"target\": {\n            \"text\": \"không quá 1,2 vào năm 2025\",\n            \"unit\": \"Ratio\"\n          }", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"header\": {\n    \"number\": \"52/KH-UBND\",", json, StringComparison.Ordinal);
        Assert.Equal(json, PlanJson.Serialize(PlanJson.Deserialize(json).AsT0));
    }

    [Fact]
    public void Serialize_EmptyDocument_WritesEveryListAndTheDraftFlag()
    {
        Assert.Equal(
            "{\"header\":{\"isDraft\":false},\"legalBases\":[],\"references\":[],\"sections\":[],\"objectives\":[],\"indicators\":[],"
            + "\"tasks\":[],\"responsibilities\":[],\"budget\":[],\"reporting\":[],\"units\":[]}",
            PlanJson.Serialize(new PlanDocument(), indented: false));
    }

    [Fact]
    public void Deserialize_EmptyObject_GivesModelDefaults()
    {
        Assert.Equal(new PlanDocument(), PlanJson.Deserialize("{}").AsT0);
        var section = PlanJson.Deserialize("{\"sections\":[{\"number\":\"I\",\"title\":\"MỤC TIÊU\"}]}").AsT0.Sections.Single();
        Assert.Equal(1, section.Level);
        Assert.Equal(0, PlanJson.Deserialize("{\"sections\":[{\"number\":\"I\",\"title\":\"x\",\"level\":0}]}").AsT0.Sections.Single().Level);
    }

    [Fact]
    public void Deserialize_LenientValueForms_ReadAsTheirParsers()
    {
        var plan = PlanJson.Deserialize(
            "{\"budget\":[{\"text\":\"b\",\"amount\":\"150 triệu đồng/năm\"}],"
            + "\"indicators\":[{\"number\":2,\"text\":\"t\",\"targets\":[{\"text\":\"t\",\"measure\":\"Chỉ tiêu 2.a\",\"target\":\"dat 90% vao nam 2025\"}]}]}").AsT0;
        Assert.Equal(150_000_000m, plan.Budget[0].Amount!.Amount);
        Assert.Equal("CT2.a", plan.Indicators[0].Targets[0].Measure.ToString());
        Assert.Equal("đạt 90% vào năm 2025", plan.Indicators[0].Targets[0].Target!.ToString());
    }

    [Fact]
    public void RelativeDeadline_WritesCanonicalTimeLimitAndEvent_AndReadsLenientForms()
    {
        var plan = new PlanDocument
        {
            Reporting = new[]
            {
                new PlanReportingDeadline
                {
                    Text = "trong thời hạn 03 ngày kể từ ngày tiếp nhận thông tin",
                    Within = new TimeLimit(3, TimeLimitUnit.Days),
                    CountedFrom = "ngày tiếp nhận thông tin",
                },
            }.ToValueList(),
        };
        var json = PlanJson.Serialize(plan);
        Assert.Contains("\"within\": \"3 ngày\"", json, StringComparison.Ordinal);
        Assert.Contains("\"countedFrom\": \"ngày tiếp nhận thông tin\"", json, StringComparison.Ordinal);
        Assert.Equal(plan, PlanJson.Deserialize(json).AsT0);
        var lenient = PlanJson.Deserialize("{\"reporting\":[{\"text\":\"d\",\"within\":\"trong vòng 05 working days\"}]}").AsT0;
        Assert.Equal(new TimeLimit(5, TimeLimitUnit.WorkingDays), lenient.Reporting[0].Within);
    }

    [Fact]
    public void Serialize_NonIsoDate_WritesTheSameDayInIso()
    {
        var julian = new LocalDate(2024, 2, 15, CalendarSystem.Julian);
        var json = PlanJson.Serialize(new PlanDocument { Header = new PlanHeader { IssueDate = julian } }, indented: false);
        Assert.Contains("\"issueDate\":\"2024-02-28\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_StringsAreKeptExactly()
    {
        const string text = "Tie\u0302\u0301ng \"Việt\"\n\\ 😀 <b>";
        var plan = new PlanDocument { Units = ValueList.Of(new PlanUnitMention { Name = text }) };
        Assert.Equal(text, PlanJson.Deserialize(PlanJson.Serialize(plan)).AsT0.Units[0].Name);
    }

    [Fact]
    public void Serialize_NullArgument_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PlanJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => PlanJson.Deserialize((string)null!));
        Assert.Throws<ArgumentNullException>(() => PlanJson.Deserialize((Stream)null!));
    }

    [Theory]
    [InlineData("", "PLAN-JSON-SYNTAX", "$", 1, 1)]
    [InlineData("{\n  \"sections\": [\n    {\"number\": \"I\", \"title\": \"x\"},\n  ]\n}", "PLAN-JSON-SYNTAX", "$.sections", 4, 3)]
    [InlineData("{\n  // comment\n}", "PLAN-JSON-SYNTAX", "$", 2, 3)]
    [InlineData("{\n  \"legalBases\": [\n    {\"text\": \"a\", \"text\": \"b\"}\n  ]\n}", "PLAN-JSON-DUPLICATE-PROPERTY", "$.legalBases[0].text", 3, 19)]
    [InlineData("{\n  \"header\": {\n    \"tittle\": \"Kế hoạch\"\n  }\n}", "PLAN-JSON-UNKNOWN-PROPERTY", "$.header.tittle", 3, 5)]
    [InlineData("{\n  \"legalBases\": [\n    {\"text\": \"a\"},\n    {\"source\": null}\n  ]\n}", "PLAN-JSON-MISSING-PROPERTY", "$.legalBases[1]", 4, 5)]
    [InlineData("{\n  \"sections\": [\n    {\"number\": 1, \"title\": \"x\"}\n  ]\n}", "PLAN-JSON-TYPE", "$.sections[0].number", 3, 16)]
    [InlineData("{\n  \"indicators\": [{\"number\": 1.5, \"text\": \"x\"}]\n}", "PLAN-JSON-TYPE", "$.indicators[0].number", 2, 29)]
    [InlineData("{\n  \"header\": {\n    \"issueDate\": \"2024-02-30\"\n  }\n}", "PLAN-JSON-VALUE", "$.header.issueDate", 3, 18)]
    [InlineData("{\"reporting\": [{\"text\": \"d\", \"due\": \"--05-20\"}]}", "PLAN-JSON-VALUE", "$.reporting[0].due", 1, 37)]
    [InlineData("{\"responsibilities\": [{\"agency\": \"Sở Y tế\", \"role\": \"chủ trì\"}]}", "PLAN-JSON-VALUE", "$.responsibilities[0].role", 1, 53)]
    [InlineData("{\"indicators\": [{\"number\": 1, \"text\": \"x\", \"targets\": [{\"text\": \"t\", \"target\": \"so với cùng kỳ\"}]}]}", "PLAN-JSON-VALUE", "$.indicators[0].targets[0].target", 1, 80)]
    [InlineData("{\"indicators\": [{\"number\": 1, \"text\": \"x\", \"targets\": [{\"text\": \"t\", \"target\": {\"text\": \"đạt 5%\", \"unit\": \"Ratio\"}}]}]}", "PLAN-JSON-VALUE", "$.indicators[0].targets[0].target.text", 1, 89)]
    [InlineData("{\"indicators\": [{\"number\": 1, \"text\": \"x\", \"targets\": [{\"text\": \"t\", \"measure\": \"CT3\"}]}]}", "PLAN-JSON-VALUE", "$.indicators[0].targets[0].measure", 1, 81)]
    [InlineData("{\"budget\": [{\"text\": \"b\", \"amount\": \"150 triệu\"}]}", "PLAN-JSON-VALUE", "$.budget[0].amount", 1, 37)]
    [InlineData("{\"reporting\": [{\"text\": \"d\", \"within\": \"5 tuần\"}]}", "PLAN-JSON-VALUE", "$.reporting[0].within", 1, 40)]
    [InlineData("{\"units\": [{\"name\": \"x\", \"source\": {\"start\": 0, \"length\": 1, \"line\": 0, \"column\": 1}}]}", "PLAN-JSON-VALUE", "$.units[0].source.line", 1, 70)]
    [InlineData("{\"units\": [{\"name\": \"x\", \"source\": {\"start\": 0, \"length\": 1, \"line\": 1}}]}", "PLAN-JSON-MISSING-PROPERTY", "$.units[0].source", 1, 36)]
    [InlineData("{\"legalBases\": null}", "PLAN-JSON-NULL", "$.legalBases", 1, 16)]
    [InlineData("{\"legalBases\": [\n  null\n]}", "PLAN-JSON-NULL", "$.legalBases[0]", 2, 3)]
    [InlineData("{\"tasks\": [{\"number\": \"1\", \"title\": null}]}", "PLAN-JSON-NULL", "$.tasks[0].title", 1, 37)]
    [InlineData("{\"responsibilities\": [{\"agency\": \"a\", \"role\": null}]}", "PLAN-JSON-NULL", "$.responsibilities[0].role", 1, 47)]
    [InlineData("null", "PLAN-JSON-NULL", "$", 1, 1)]
    [InlineData("[]", "PLAN-JSON-TYPE", "$", 1, 1)]
    public void Deserialize_BadInput_ReportsCodePathAndPosition(string json, string code, string path, int line, int column)
    {
        var error = PlanJson.Deserialize(json).AsT1;
        Assert.Equal((code, path, line, column), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal(json.Split('\n').Take(line - 1).Sum(l => l.Length + 1) + column - 1, error.Offset);
        Assert.Equal(error.ToSourceLocation().Line, line);
    }

    [Fact]
    public void Deserialize_Positions_CountUtf16ColumnsAndUtf8Bytes()
    {
        // "Sở Y tế" has two letters that take three UTF-8 bytes each.
        var error = PlanJson.Deserialize("{\"responsibilities\": [{\"agency\": \"Sở Y tế\", \"role\": \"chủ trì\"}]}").AsT1;
        Assert.Equal(52, error.Offset);
        Assert.Equal(56, error.BytePositionInLine);
    }

    [Fact]
    public void Deserialize_TargetParseFailure_CarriesTheParseError()
    {
        var error = PlanJson.Deserialize("{\"indicators\": [{\"number\": 1, \"text\": \"x\", \"targets\": [{\"text\": \"t\", \"target\": \"Giảm tỷ lệ trẻ em bị xâm hại so với cùng kỳ năm 2019\"}]}]}").AsT1;
        Assert.Equal("TARGET-REDUCTION-UNQUANTIFIED", error.Cause!.Code);
        Assert.DoesNotContain("2019", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_InvalidUnicode_IsASyntaxError()
    {
        var lone = PlanJson.Deserialize("{\"units\": [{\"name\": \"a\uD800\"}]}").AsT1;
        Assert.Equal(("PLAN-JSON-SYNTAX", 1, 23), (lone.Code, lone.Line, lone.Column));
        var escaped = PlanJson.Deserialize("{\"units\": [{\"name\": \"\\udc00\"}]}").AsT1;
        Assert.Equal(("PLAN-JSON-SYNTAX", "$.units[0].name"), (escaped.Code, escaped.Path));
        var bytes = PlanJson.Deserialize([.. "{\"units\": [{\"name\": \""u8, 0xC3, 0x28, .. "\"}]}"u8]).AsT1;
        Assert.Equal("PLAN-JSON-SYNTAX", bytes.Code);
    }

    [Fact]
    public void Deserialize_ObjectWithManyUnknownKeys_FailsFast()
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, 200_000).Select(i => "\"k" + i + "\":0")) + "}";
        var error = PlanJson.Deserialize(json).AsT1;
        Assert.Equal(("PLAN-JSON-UNKNOWN-PROPERTY", "$.k0", 1, 2), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Deserialize_TooDeep_IsASyntaxError()
    {
        var json = "{\"header\":" + new string('[', 70) + new string(']', 70) + "}";
        Assert.Equal("PLAN-JSON-SYNTAX", PlanJson.Deserialize(json).AsT1.Code);
    }

    [Fact]
    public void Error_ToString_NamesCodePathPositionAndMessage()
    {
        var error = PlanJson.Deserialize("{\"legalBases\": null}").AsT1;
        Assert.StartsWith("PLAN-JSON-NULL at $.legalBases (1:16): ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(error, PlanJson.Deserialize("{\"legalBases\": null}").AsT1);
        Assert.Equal(error.GetHashCode(), PlanJson.Deserialize("{\"legalBases\": null}").AsT1.GetHashCode());
    }

    [Fact]
    public void MinimalExample_IsAValidPlan()
    {
        var json = File.ReadAllText(PlanJsonExamples.MinimalJsonPath);
        var plan = PlanJson.Deserialize(json).AsT0;
        Assert.Equal("27/KH-UBND", plan.Header.Number);
        Assert.IsType<ThresholdTarget>(plan.Indicators.Single().Targets.Single().Target);
        Assert.Equal(json, PlanJson.Serialize(plan) + "\n");
    }
}
