using System.IO;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.DependencyInjection;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>The examples of docs/dependency-injection.md, run verbatim.</summary>
public class DependencyInjectionDocsExamples
{
    [Fact]
    public void Example_OptionsAndSubstitutedClock()
    {
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 25, 0, 0)))
            .AddVnChildProtection(options =>
            {
                options.AgencyAliases["so-ldtbxh"] = new[] { "Sở LĐ-TB&XH Quảng Ngãi" };
                options.Validation = PlanValidatorOptions.Default.WithSeverity(PlanRule.SectionNumbering, DiagnosticSeverity.Error);
            })
            .BuildServiceProvider();

        var agency = services.GetRequiredService<AgencyRegistry>().Resolve("Sở LĐ-TB&XH Quảng Ngãi").AsT0.Kind.Id; // "so-ldtbxh"
        var severity = services.GetRequiredService<PlanValidator>().Options.SeverityOf(PlanRule.SectionNumbering); // Error

        Assert.Equal("so-ldtbxh", agency);
        Assert.Equal(DiagnosticSeverity.Error, severity);
    }

    [Fact]
    public void Example_AConfiguredHolidayReachesTheWorkflow()
    {
        var schedule = WorkingDayCalendar.Default.GetSchedule(2025)
            .WithHoliday(new LocalDate(2025, 5, 5), PublicHoliday.InternationalLabourDay);
        var host = new ServiceCollection()
            .AddVnChildProtection(options => options.HolidaySchedules.Add(schedule))
            .BuildServiceProvider();

        var workflow = host.GetRequiredService<CaseWorkflow>();
        var due = workflow.Calendar.AddWorkingDays(new LocalDate(2025, 4, 29), 5); // 2025-05-12

        Assert.Equal(new LocalDate(2025, 5, 12), due);
    }

    [Fact]
    public void Page_ShowsTheExampleVerbatim() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/dependency-injection.md", "tests/VnChildProtection.Domain.Tests/Docs/DependencyInjectionDocsExamples.cs");
}
