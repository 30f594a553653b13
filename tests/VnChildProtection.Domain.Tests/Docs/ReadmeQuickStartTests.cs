using System.IO;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.DependencyInjection;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>The quick start of README.md, run verbatim.</summary>
public class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_RunsAndGivesTheStatedResults()
    {
        var services = new ServiceCollection().AddVnChildProtection().BuildServiceProvider();

        // A citation as written in a plan, read into a typed reference.
        var decree = LegalReference.Parse("Nghị định số 56/2017/NĐ-CP ngày 09/5/2017").AsT0;
        var english = decree.ToEnglishString();               // "Decree No. 56/2017/NĐ-CP of 9 May 2017"

        // A 2023 responsibility of "Sở LĐTBXH" for child affairs: which body holds it in 2026?
        var agencies = services.GetRequiredService<AgencyRegistry>();
        var molisa = agencies.Resolve("Sở Lao động-Thương binh và Xã hội").AsT0.Kind;
        var holder = agencies.HolderOn(molisa, AgencySubject.ChildAffairs, new LocalDate(2026, 1, 1)).AsT0.Name; // "Sở Y tế"

        // Code 91 was Kiên Giang's; since 1 July 2025 it is the merged An Giang's.
        var units = services.GetRequiredService<AdministrativeUnitRegistry>();
        var code = AdministrativeUnitCode.Parse("91").AsT0;
        var province = units.FindByCode(code, new LocalDate(2026, 1, 1)).AsT0.FullName; // "Tỉnh An Giang"

        // 5 working days to draft a support plan (Decree 56/2017 art. 28), across the 30/4–1/5 break of 2025.
        var calendar = services.GetRequiredService<WorkingDayCalendar>();
        var due = calendar.AddWorkingDays(new LocalDate(2025, 4, 29), 5); // 2025-05-09

        Assert.Equal("Decree No. 56/2017/NĐ-CP of 9 May 2017", english);
        Assert.Equal("Sở Y tế", holder);
        Assert.Equal("Tỉnh An Giang", province);
        Assert.Equal(new LocalDate(2025, 5, 9), due);
    }

    [Fact]
    public void Readme_ShowsTheQuickStartVerbatim() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("README.md", "tests/VnChildProtection.Domain.Tests/Docs/ReadmeQuickStartTests.cs", expectedBlocks: 1);
}
