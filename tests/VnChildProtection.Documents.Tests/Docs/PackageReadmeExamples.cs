using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Tests.Docs;

namespace VnChildProtection.Documents.Tests.Docs;

/// <summary>The first example of the Documents package's README (docs/packages/VnChildProtection.Documents.md).</summary>
public class PackageReadmeExamples
{
    [Fact]
    public void FirstExample_ImportsTheHeaderAndValidates()
    {
        var imported = new PlanTextImporter().Import("Số: 12/KH-UBND\n\nHà Tĩnh, ngày 10 tháng 01 năm 2024\n");
        var plan = imported.Plan;
        var findings = new PlanValidator().Validate(plan);

        Assert.Equal("12/KH-UBND", plan.Header.Number);
        Assert.Equal("Hà Tĩnh", plan.Header.Place);
        Assert.Equal(new LocalDate(2024, 1, 10), plan.Header.IssueDate);
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.Message)));
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/packages/VnChildProtection.Documents.md", "tests/VnChildProtection.Documents.Tests/Docs/PackageReadmeExamples.cs", expectedBlocks: 1);
}
