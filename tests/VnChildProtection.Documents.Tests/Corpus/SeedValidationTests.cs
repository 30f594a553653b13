using System.Linq;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Corpus;

/// <summary>The real defects of the seed plans (DOMAIN.md), found by importing the text and validating it.</summary>
public class SeedValidationTests
{
    private static readonly PlanTextImporter Importer = new();
    private static readonly PlanValidator Validator = new();

    private static (string Rule, int? Line)[] Findings(int seed) =>
        Validator.Validate(Importer.Import(SeedCorpus.ReadSeed(seed)).Plan)
            .Select(d => (d.Rule.Name, d.Location.Line))
            .ToArray();

    [Fact]
    public void Seed000_SectionIIIAfterIV_IsReported()
    {
        Assert.Equal(new (string, int?)[] { ("section-numbering", 325) }, Findings(0));
    }

    [Fact]
    public void Seed001_DraftHeaderAndDuplicateSectionV_AreReported()
    {
        Assert.Equal(new (string, int?)[]
        {
            ("draft-document-number-missing", 3),
            ("issue-date-missing", 5),
            ("section-numbering", 165),
        }, Findings(1));
    }

    [Fact]
    public void Seed002_CitationMortalityLeadAndSectionDefects_AreReported()
    {
        // Line 45 calls National Assembly resolution 121/2020/QH14 a decision (Quyết định); Chỉ tiêu 3 (line 75) sets
        // neonatal mortality below 9,5 but under-1 below 8,5; section IV gives indicator 14 only to Sở Tư pháp, which
        // coordinates (line 413); footnote [1] at line 592 cites Quyết định số 06/QĐ-TTg ngày 03/01/2029 in a plan
        // dated 28/02/2024.
        Assert.Equal(new (string, int?)[]
        {
            ("citation-malformed", 45),
            ("mortality-rates-inconsistent", 75),
            ("section-numbering", 125),
            ("indicator-without-lead", 413),
            ("citation-after-plan-date", 592),
        }, Findings(2));
    }

    [Fact]
    public void Seed003_HasNoStructuralFindings()
    {
        Assert.Empty(Findings(3));
    }

    [Fact]
    public void Options_DisableAndOverride_AreApplied()
    {
        var plan = Importer.Import(SeedCorpus.ReadSeed(1)).Plan;
        var options = PlanValidatorOptions.Default
            .WithRuleDisabled(PlanRule.SectionNumbering)
            .WithSeverity(PlanRule.IssueDateMissing, DiagnosticSeverity.Error);
        var diagnostics = new PlanValidator(options).Validate(plan);
        Assert.DoesNotContain(diagnostics, d => d.Rule == PlanRule.SectionNumbering);
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(d => d.Rule == PlanRule.IssueDateMissing).Severity);
    }
}
