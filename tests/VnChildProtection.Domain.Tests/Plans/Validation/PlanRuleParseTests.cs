using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Plans.Validation;

/// <summary><see cref="PlanRule.Parse"/>: the rule references that validator options are configured with.</summary>
public class PlanRuleParseTests
{
    [Theory]
    [InlineData("section-numbering")]
    [InlineData("Section-Numbering")]
    [InlineData("VNCP0012")]
    [InlineData("vncp0012")]
    [InlineData("  section-numbering\t")]
    public void Parse_CodeOrNameAnyCase_ReturnsRule(string text) =>
        Assert.Same(PlanRule.SectionNumbering, PlanRule.Parse(text).AsT0);

    [Fact]
    public void Parse_CodeAndNameOfEveryRule_ReturnTheRule()
    {
        Assert.All(PlanRule.List, rule =>
        {
            Assert.Same(rule, PlanRule.Parse(rule.Code).AsT0);
            Assert.Same(rule, PlanRule.Parse(rule.Name).AsT0);
            Assert.Same(rule, PlanRule.Parse(rule.ToString()).AsT0);
        });
    }

    [Theory]
    [InlineData("section-numbring", "section-numbering (VNCP0012)")]
    [InlineData("sectionnumbering", "section-numbering (VNCP0012)")]
    [InlineData("VNCP012", "VNCP0012")]
    [InlineData("issue-date", "issue-date-missing (VNCP0002)")]
    [InlineData("unknown-agencies", "unknown-agency (VNCP0013)")]
    public void Parse_Misspelt_UnknownWithTheNearestRule(string text, string suggestion)
    {
        var error = PlanRule.Parse(text).AsT1;

        Assert.Equal(PlanRule.UnknownCode, error.Code);
        Assert.Contains("Did you mean ", error.Message, System.StringComparison.Ordinal);
        Assert.Contains(suggestion, error.Message, System.StringComparison.Ordinal);
        Assert.Contains("VNCP0001–VNCP0014", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(text, error.Fragment);
        Assert.Equal(text.Length, error.Length);
    }

    [Fact]
    public void Parse_FarFromEveryRule_UnknownWithoutSuggestion()
    {
        var error = PlanRule.Parse("xyzzy-plugh-frobnicate").AsT1;

        Assert.Equal(PlanRule.UnknownCode, error.Code);
        Assert.DoesNotContain("Did you mean", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Blank_BlankError(string text) =>
        Assert.Equal(PlanRule.BlankCode, PlanRule.Parse(text).AsT1.Code);

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(RuleLikeText.ToArbitrary(), text =>
        {
            var parsed = PlanRule.Parse(text);
            return parsed.Match(
                rule => PlanRule.List.Contains(rule),
                error => error.Code is PlanRule.BlankCode or PlanRule.UnknownCode);
        });

    [Property(MaxTest = 10_000)]
    public Property Parse_CaseOfCodeOrName_DoesNotMatter() =>
        Prop.ForAll(Gen.Elements(PlanRule.List.ToArray()).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), ArbMap.Default.ArbFor<bool>(),
            (rule, byCode, upper) =>
            {
                var text = byCode ? rule.Code : rule.Name;
                text = upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
                return ReferenceEquals(rule, PlanRule.Parse(text).AsT0);
            });

    // Arbitrary strings, and near misses: codes and names with a character dropped, doubled or changed.
    private static Gen<string> RuleLikeText { get; } = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
        from rule in Gen.Elements(PlanRule.List.ToArray())
        from byCode in ArbMap.Default.GeneratorFor<bool>()
        let text = byCode ? rule.Code : rule.Name
        from at in Gen.Choose(0, text.Length - 1)
        from edit in Gen.Choose(0, 2)
        from c in ArbMap.Default.GeneratorFor<char>()
        select edit switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, text.Substring(at, 1)),
            _ => text[..at] + c + text[(at + 1)..],
        });
}
