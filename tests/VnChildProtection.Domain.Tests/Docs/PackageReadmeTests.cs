using System.IO;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.DependencyInjection;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>
/// The README each package shows on its package page (docs/packages/): its example runs as written, and its links are
/// absolute, since a package page has no repository to resolve a relative link against.
/// </summary>
public class PackageReadmeTests
{
    [Fact]
    public void DomainPackage_FirstExample_RunsAndGivesTheStatedResults()
    {
        var services = new ServiceCollection().AddVnChildProtection().BuildServiceProvider();

        // Code 91 was Kiên Giang's; since 1 July 2025 it is the merged An Giang's.
        var units = services.GetRequiredService<AdministrativeUnitRegistry>();
        var province = units.FindByCode(AdministrativeUnitCode.Parse("91").AsT0, new LocalDate(2026, 1, 1)).AsT0.FullName;

        // Five working days from 29 April 2025, across the 30/4–1/5 holidays.
        var calendar = services.GetRequiredService<WorkingDayCalendar>();
        var due = calendar.AddWorkingDays(new LocalDate(2025, 4, 29), 5);

        Assert.Equal("Tỉnh An Giang", province);
        Assert.Equal(new LocalDate(2025, 5, 9), due);
    }

    [Fact]
    public void DomainPackage_ShowsTheExampleVerbatim() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/packages/VnChildProtection.Domain.md", "tests/VnChildProtection.Domain.Tests/Docs/PackageReadmeTests.cs", expectedBlocks: 1);

    [Theory]
    [InlineData("VnChildProtection.Domain")]
    [InlineData("VnChildProtection.Documents")]
    [InlineData("VnChildProtection.Interop.Dhis2")]
    [InlineData("VnChildProtection.Cli")]
    public void PackageReadme_IsTitledWithItsIdAndLinksOnlyAbsolutely(string id)
    {
        var text = File.ReadAllText(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "packages", id + ".md"));
        Assert.StartsWith("# " + id, text, System.StringComparison.Ordinal);
        Assert.Empty(Regex.Matches(text, @"\]\((?!https://)[^)]*\)"));
        Assert.Contains("Requires", text, System.StringComparison.Ordinal);
    }
}
