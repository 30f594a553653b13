using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Plans;

public class PlanRuleTests
{
    [Fact]
    public void Codes_AreVncpAndFourDigits_AndUnique()
    {
        Assert.All(PlanRule.List, rule => Assert.Matches(new Regex("^VNCP[0-9]{4}$"), rule.Code));
        Assert.Equal(PlanRule.List.Count, PlanRule.List.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public void Names_AreKebabCase_AndUnique()
    {
        Assert.All(PlanRule.List, rule => Assert.Matches(new Regex("^[a-z]+(-[a-z0-9]+)*$"), rule.Name));
        Assert.Equal(PlanRule.List.Count, PlanRule.List.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("section-numbering")]
    [InlineData("VNCP0012")]
    [InlineData("vncp0012")]
    public void TryFind_ByNameOrCode_FindsRule(string text)
    {
        Assert.True(PlanRule.TryFind(text, out var rule));
        Assert.Same(PlanRule.SectionNumbering, rule);
    }

    [Fact]
    public void TryFind_Unknown_ReturnsFalse()
    {
        Assert.False(PlanRule.TryFind("no-such-rule", out _));
        Assert.False(PlanRule.TryFind(null, out _));
    }

    [Fact]
    public void Diagnostic_ToString_NamesCodeRuleSeverityAndLocation()
    {
        var diagnostic = new Diagnostic(PlanRule.SectionNumbering, DiagnosticSeverity.Warning,
            new SourceLocation("$.sections[5]", 325, 1, 9000, 25), "Section III follows section IV.", "Mục III đứng sau mục IV.");
        Assert.Equal("VNCP0012 section-numbering warning at $.sections[5] (325:1): Section III follows section IV.", diagnostic.ToString());
    }
}
