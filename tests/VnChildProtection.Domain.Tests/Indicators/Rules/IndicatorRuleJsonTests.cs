using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;

namespace VnChildProtection.Domain.Tests.Indicators.Rules;

public sealed class IndicatorRuleJsonTests
{
    private const string NeonatalRule = """
        {
          "rules": [
            {
              "id": "neonatal-le-infant",
              "name": "Tử vong sơ sinh không vượt tử vong dưới 1 tuổi",
              "left": "CT3.a",
              "operator": "less_than_or_equal_to",
              "right": "CT3.b",
              "importance": "high",
              "leftMissingValueStrategy": "skip_if_any_value_missing",
              "rightMissingValueStrategy": "skip_if_any_value_missing",
              "unitLevels": [
                2
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Deserialize_NeonatalRule_ReadsEveryProperty()
    {
        var rule = Assert.Single(IndicatorRuleJson.Deserialize(NeonatalRule).AsT0);
        Assert.Equal("neonatal-le-infant", rule.Id);
        Assert.Equal(IndicatorExpression.Of(new MeasureId(3, 'a')), rule.Left);
        Assert.Equal(RuleOperator.LessThanOrEqualTo, rule.Operator);
        Assert.Equal(IndicatorExpression.Of(new MeasureId(3, 'b')), rule.Right);
        Assert.Equal(RuleImportance.High, rule.Importance);
        Assert.Equal(MissingValueStrategy.SkipIfAnyValueMissing, rule.LeftStrategy);
        Assert.Equal(MissingValueStrategy.SkipIfAnyValueMissing, rule.RightStrategy);
        Assert.Equal([2], rule.UnitLevels);
        Assert.Null(rule.Description);
    }

    [Fact]
    public void Serialize_NeonatalRule_IsTheCanonicalText() =>
        Assert.Equal(NeonatalRule.ReplaceLineEndings("\n"), IndicatorRuleJson.Serialize(IndicatorRuleJson.Deserialize(NeonatalRule).AsT0).ReplaceLineEndings("\n"));

    [Fact]
    public void Deserialize_OptionalPropertiesAbsent_TakesDhis2Defaults()
    {
        var rule = Assert.Single(IndicatorRuleJson.Deserialize("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"exclusive_pair","right":"CT2.a"}]}""").AsT0);
        Assert.Equal(RuleImportance.Medium, rule.Importance);
        Assert.Equal(MissingValueStrategy.SkipIfAllValuesMissing, rule.LeftStrategy);
        Assert.Empty(rule.UnitLevels);
    }

    [Theory]
    [InlineData("""{"rules":[{"id":"a","name":"A","left":"CT1.a +","operator":"equal_to","right":"0"}]}""", "RULE-JSON-VALUE", "$.rules[0].left", 1, 39)]
    [InlineData("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"<=","right":"0"}]}""", "RULE-JSON-VALUE", "$.rules[0].operator", 1, 58)]
    [InlineData("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"equal_to","right":"0","importance":"HIGH"}]}""", "RULE-JSON-VALUE", "$.rules[0].importance", 1, 94)]
    [InlineData("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"equal_to"}]}""", "RULE-JSON-MISSING-PROPERTY", "$.rules[0]", 1, 11)]
    [InlineData("""{"rules":[{"id":null,"name":"A","left":"CT1.a","operator":"equal_to","right":"0"}]}""", "RULE-JSON-NULL", "$.rules[0].id", 1, 17)]
    [InlineData("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"equal_to","right":"0","colour":1}]}""", "RULE-JSON-UNKNOWN-PROPERTY", "$.rules[0].colour", 1, 81)]
    [InlineData("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"equal_to","right":"0","unitLevels":[0]}]}""", "RULE-JSON-VALUE", "$.rules[0].unitLevels[0]", 1, 95)]
    [InlineData("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"equal_to","right":"0"},{"id":"a","name":"B","left":"CT1.a","operator":"equal_to","right":"0"}]}""", "RULE-JSON-VALUE", "$.rules[1].id", 1, 88)]
    [InlineData("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"equal_to","right":"0",}]}""", "RULE-JSON-SYNTAX", "$.rules[0]", 1, 81)]
    [InlineData("""{"rules":{}}""", "RULE-JSON-TYPE", "$.rules", 1, 10)]
    public void Deserialize_Invalid_ReturnsTypedErrorWithPathAndPosition(string json, string code, string path, int line, int column)
    {
        var error = IndicatorRuleJson.Deserialize(json).AsT1;
        Assert.Equal((code, path, line, column), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Serialize_RepeatedId_IsAProgrammerError()
    {
        var rule = Assert.Single(IndicatorRuleJson.Deserialize(NeonatalRule).AsT0);
        Assert.Throws<System.ArgumentException>(() => IndicatorRuleJson.Serialize([rule, rule]));
    }

    [Fact]
    public void Deserialize_BadExpression_KeepsTheParseErrorAsCause()
    {
        var error = IndicatorRuleJson.Deserialize("""{"rules":[{"id":"a","name":"A","left":"CT1.a +","operator":"equal_to","right":"0"}]}""").AsT1;
        Assert.Equal("RULE-EXPRESSION-INVALID", error.Cause!.Code);
    }

    [Property(MaxTest = 10_000)]
    public Property SerializeThenDeserialize_GivesEqualRules() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(RuleGenerators.Rules())), Arb.From(Gen.Elements(true, false)), (rules, indented) =>
        {
            var unique = rules.DistinctBy(r => r.Id).ToArray();
            return IndicatorRuleJson.Deserialize(IndicatorRuleJson.Serialize(unique, indented)).Match(
                back => back.SequenceEqual(unique) && back.Select(r => r.GetHashCode()).SequenceEqual(unique.Select(r => r.GetHashCode())),
                _ => false);
        });

    [Property(MaxTest = 10_000)]
    public Property Deserialize_NeverThrows_OnArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => text is null || IndicatorRuleJson.Deserialize(text).Match(_ => true, e => e.Line >= 1 && e.Path.StartsWith('$')));

    [Property(MaxTest = 10_000)]
    public Property Deserialize_NeverThrows_OnMutatedRuleSets() =>
        Prop.ForAll(
            Arb.From(
                from rules in Gen.ArrayOf(RuleGenerators.Rules())
                let json = IndicatorRuleJson.Serialize(rules.DistinctBy(r => r.Id), indented: false)
                from at in Gen.Choose(0, json.Length)
                from length in Gen.Choose(0, 6)
                from insert in Gen.Elements("", "{", "]", "null", "1", "\"x\"", ",", ":")
                select json[..at] + insert + json[System.Math.Min(json.Length, at + length)..]),
            json => IndicatorRuleJson.Deserialize(json).Match(_ => true, e => e.Line >= 1));
}
