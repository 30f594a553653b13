using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Docs;

/// <summary>docs/rules.md: every implemented rule is documented with a failing and a passing example that behave as stated.</summary>
public partial class RulesCatalogueTests
{
    private static readonly string Catalogue = File.ReadAllText(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "rules.md"));

    public static IEnumerable<object[]> ImplementedRules() => PlanValidator.ImplementedRules.Select(r => new object[] { r.Name });

    [Theory]
    [MemberData(nameof(ImplementedRules))]
    public void Catalogue_DocumentsRule_WithFailingAndPassingExample(string name)
    {
        var rule = PlanRule.FromName(name);
        var section = Section(rule);
        var failing = Example(section, "Failing example");
        var passing = Example(section, "Passing example");

        var importer = new PlanTextImporter();
        var validator = new PlanValidator();
        Assert.Contains(validator.Validate(importer.Import(failing).Plan), d => d.Rule == rule);
        Assert.DoesNotContain(validator.Validate(importer.Import(passing).Plan), d => d.Rule == rule);
    }

    [Fact]
    public void Catalogue_HasNoSectionForUnknownRules()
    {
        foreach (Match heading in RuleHeading().Matches(Catalogue))
        {
            Assert.True(PlanRule.TryFind(heading.Groups["code"].Value, out var rule), heading.Value);
            Assert.Equal(rule.Name, heading.Groups["name"].Value);
        }
    }

    [Fact]
    public void Catalogue_CodeExample_IsRunByATest() =>
        Domain.Tests.Docs.DocsCodeBlocks.AssertEveryExampleIsTested("docs/rules.md", "tests/VnChildProtection.Documents.Tests/Corpus/SeedValidationTests.cs", expectedBlocks: 1);

    private static string Section(PlanRule rule)
    {
        var start = Catalogue.IndexOf($"## {rule.Code} {rule.Name}\n", System.StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/rules.md has no section '## {rule.Code} {rule.Name}'");
        var end = Catalogue.IndexOf("\n## ", start + 3, System.StringComparison.Ordinal);
        return end < 0 ? Catalogue[start..] : Catalogue[start..end];
    }

    private static string Example(string section, string title)
    {
        var match = Regex.Match(section, "### " + title + "\\s*```[a-z]*\\n(?<body>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"missing '{title}'");
        return match.Groups["body"].Value;
    }

    [GeneratedRegex(@"^## (?<code>VNCP\d{4}) (?<name>[a-z0-9-]+)$", RegexOptions.Multiline)]
    private static partial Regex RuleHeading();
}
