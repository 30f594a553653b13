using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NJsonSchema;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Plans.Json;

public class PlanJsonSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(SeedCorpus.Root, "..", "..", "docs", "schema", "plan-document.schema.json");
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult();

    [Property(MaxTest = 1_000)]
    public Property SerializerOutput_ForGeneratedPlans_IsValid() =>
        Prop.ForAll(Arb.From(PlanDocumentGenerators.Documents()), plan => Schema.Validate(PlanJson.Serialize(plan)).Count == 0);

    [Fact]
    public void SerializerOutput_ForFullExample_IsValid()
    {
        Assert.Empty(Schema.Validate(PlanJson.Serialize(PlanJsonExamples.AnGiang2024())));
        Assert.Empty(Schema.Validate(PlanJson.Serialize(new PlanDocument(), indented: false)));
    }

    [Fact]
    public void MinimalExample_IsValid() =>
        Assert.Empty(Schema.Validate(File.ReadAllText(PlanJsonExamples.MinimalJsonPath)));

    [Theory]
    [InlineData("{\"sections\": [{\"number\": 1, \"title\": \"x\"}]}")]
    [InlineData("{\"legalBases\": [{}]}")]
    [InlineData("{\"legalBases\": [null]}")]
    [InlineData("{\"legalBases\": null}")]
    [InlineData("{\"header\": {\"isDraft\": \"yes\"}}")]
    [InlineData("{\"header\": {\"issueDate\": \"28/02/2024\"}}")]
    [InlineData("{\"tittle\": \"x\"}")]
    [InlineData("{\"responsibilities\": [{\"agency\": \"a\", \"role\": \"Boss\"}]}")]
    [InlineData("{\"responsibilities\": [{\"agency\": \"a\"}]}")]
    [InlineData("{\"indicators\": [{\"number\": 1, \"text\": \"x\", \"targets\": [{\"text\": \"t\", \"target\": {\"text\": \"đạt 5\"}}]}]}")]
    [InlineData("{\"indicators\": [{\"number\": 1, \"text\": \"x\", \"targets\": [{\"text\": \"t\", \"measure\": \"3a\"}]}]}")]
    [InlineData("{\"units\": [{\"name\": \"x\", \"source\": {\"start\": -1, \"length\": 0, \"line\": 1, \"column\": 1}}]}")]
    [InlineData("{\"reporting\": [{\"text\": \"d\", \"due\": \"5/20\"}]}")]
    [InlineData("{\"reporting\": [{\"text\": \"d\", \"tier\": 5}]}")]
    [InlineData("{\"reporting\": [{\"text\": \"d\", \"tier\": 2.5}]}")]
    [InlineData("{\"reporting\": [{\"text\": \"d\", \"tier\": \"District\"}]}")]
    [InlineData("{\"budget\": [{\"text\": \"b\", \"amount\": 150000000}]}")]
    public void InvalidDocuments_AreRejectedBySchemaAndReader(string json)
    {
        Assert.NotEmpty(Schema.Validate(json));
        Assert.True(PlanJson.Deserialize(json).IsT1);
    }

    [Fact]
    public void EveryModelProperty_IsDescribed_AndNoOtherIs()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var definitions = schema.RootElement.GetProperty("definitions");
        var types = new Dictionary<Type, JsonElement>
        {
            [typeof(PlanDocument)] = schema.RootElement,
            [typeof(PlanHeader)] = definitions.GetProperty("header"),
            [typeof(PlanCitation)] = definitions.GetProperty("citation"),
            [typeof(PlanSection)] = definitions.GetProperty("section"),
            [typeof(PlanObjective)] = definitions.GetProperty("objective"),
            [typeof(PlanIndicator)] = definitions.GetProperty("indicator"),
            [typeof(PlanTarget)] = definitions.GetProperty("planTarget"),
            [typeof(PlanTask)] = definitions.GetProperty("task"),
            [typeof(AgencyResponsibility)] = definitions.GetProperty("responsibility"),
            [typeof(BudgetLine)] = definitions.GetProperty("budgetLine"),
            [typeof(PlanReportingDeadline)] = definitions.GetProperty("reportingDeadline"),
            [typeof(PlanUnitMention)] = definitions.GetProperty("unitMention"),
            [typeof(SourceSpan)] = definitions.GetProperty("sourceSpan"),
        };
        foreach (var (type, definition) in types)
        {
            var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(StringComparer.Ordinal);
            var properties = definition.GetProperty("properties").EnumerateObject().ToList();
            Assert.Equal(expected, properties.Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.All(properties, p => Assert.True(
                p.Name == "header" || p.Value.GetProperty("description").GetString()!.Length > 10, type.Name + "." + p.Name));
            var required = definition.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal);
            var requiredInModel = type.GetProperties().Where(p => p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null)
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
            Assert.Equal(type == typeof(SourceSpan) ? expected : requiredInModel.Order(StringComparer.Ordinal), required);
        }
    }

    [Fact]
    public void Enums_ListTheSmartEnumNames()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var definitions = schema.RootElement.GetProperty("definitions");
        var roles = definitions.GetProperty("responsibility").GetProperty("properties").GetProperty("role").GetProperty("enum");
        Assert.Equal(ResponsibilityRole.List.OrderBy(r => r.Value).Select(r => r.Name), roles.EnumerateArray().Select(e => e.GetString()));
        var units = definitions.GetProperty("target").GetProperty("oneOf")[1].GetProperty("properties").GetProperty("unit").GetProperty("enum");
        Assert.Equal(IndicatorUnit.List.OrderBy(u => u.Value).Select(u => u.Name), units.EnumerateArray().Select(e => e.GetString()));
    }
}
