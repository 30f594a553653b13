using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.DependencyInjection;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.DependencyInjection;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddVnChildProtection_RegistersSingletonsBuiltFromShippedData()
    {
        using var provider = new ServiceCollection().AddVnChildProtection().BuildServiceProvider();
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(provider.GetRequiredService<AgencyRegistry>(), provider.GetRequiredService<AgencyRegistry>());
        Assert.Equal(34, provider.GetRequiredService<AdministrativeUnitRegistry>().GetUnitsValidOn(new LocalDate(2026, 1, 1), AdministrativeLevel.Province).Count);
        Assert.NotNull(provider.GetRequiredService<CitationFinder>());
        Assert.NotNull(provider.GetRequiredService<KnownLawRegistry>());
        Assert.NotNull(provider.GetRequiredService<PlanValidator>());
        Assert.False(provider.GetRequiredService<WorkingDayCalendar>().IsWorkingDay(new LocalDate(2025, 5, 2)));
    }

    [Fact]
    public void AddVnChildProtection_KeepsAClockAlreadyRegistered()
    {
        var fake = new FakeClock(Instant.FromUtc(2026, 11, 25, 0, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(fake).AddVnChildProtection().BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Options_AddAliasesRestDaysAndValidation()
    {
        using var provider = new ServiceCollection().AddVnChildProtection(options =>
        {
            options.AgencyAliases["so-ldtbxh"] = new[] { "Sở LĐ-TB&XH Quảng Ngãi" };
            options.WeeklyRestDays = new[] { IsoDayOfWeek.Sunday };
            options.Validation = PlanValidatorOptions.Default.WithRuleDisabled(PlanRule.SectionNumbering);
        }).BuildServiceProvider();

        Assert.Equal("so-ldtbxh", provider.GetRequiredService<AgencyRegistry>().Resolve("Sở LĐ-TB&XH Quảng Ngãi").AsT0.Kind.Id);
        Assert.True(provider.GetRequiredService<WorkingDayCalendar>().IsWorkingDay(new LocalDate(2026, 11, 21)));
        Assert.False(provider.GetRequiredService<PlanValidator>().Options.IsEnabled(PlanRule.SectionNumbering));
    }

    [Fact]
    public void Options_AliasForUnknownKind_FailsAtRegistration()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddVnChildProtection(o => o.AgencyAliases["no-such-kind"] = new[] { "x" }));
    }

    [Fact]
    public void Registries_AreSafeToResolveConcurrently()
    {
        using var provider = new ServiceCollection().AddVnChildProtection().BuildServiceProvider();
        var results = new AgencyRegistry[16];
        Parallel.For(0, results.Length, i => results[i] = provider.GetRequiredService<AgencyRegistry>());
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public void AddVnChildProtection_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddVnChildProtection(null!));
    }

    [Fact]
    public void AddVnChildProtection_ResolvesEveryServiceAHostNeeds()
    {
        using var provider = new ServiceCollection().AddVnChildProtection().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var calendar = provider.GetRequiredService<WorkingDayCalendar>();
        Assert.Same(calendar, provider.GetRequiredService<CaseWorkflow>().Calendar);
        Assert.Same(WorkflowDefinition.Default, provider.GetRequiredService<CaseWorkflow>().Definition);
        Assert.Same(calendar, provider.GetRequiredService<ReportingCalendar>().WorkingDays);
        Assert.Same(IndicatorRegistry.Default, provider.GetRequiredService<IndicatorRegistry>());
        Assert.NotNull(provider.GetRequiredService<IndicatorEngine>());
        Assert.NotNull(provider.GetRequiredService<IndicatorRuleEvaluator>());
        Assert.Contains(AdministrativeUnitCode.Of("01"), provider.GetRequiredService<IUnitHierarchy>().Units);
        Assert.NotNull(provider.GetRequiredService<VnChildProtectionOptions>());
    }

    [Fact]
    public void Options_AConfiguredHolidayMovesACaseDeadline()
    {
        // Tue 29/4/2025: 5 working days to draft a plan end on Fri 9/5 (30/4, 1/5 holidays, 2/5 swapped off).
        var extra = WorkingDayCalendar.Default.GetSchedule(2025).WithHoliday(new LocalDate(2025, 5, 5), PublicHoliday.InternationalLabourDay);
        using var configured = new ServiceCollection().AddVnChildProtection(o => o.HolidaySchedules.Add(extra)).BuildServiceProvider();
        using var plain = new ServiceCollection().AddVnChildProtection().BuildServiceProvider();

        Assert.Equal(new LocalDate(2025, 5, 9), DraftPlanDueDate(plain.GetRequiredService<CaseWorkflow>()));
        Assert.Equal(new LocalDate(2025, 5, 12), DraftPlanDueDate(configured.GetRequiredService<CaseWorkflow>()));
        Assert.Equal(new LocalDate(2025, 5, 9), DraftPlanDueDate(CaseWorkflow.Default));
    }

    [Fact]
    public void Options_AHostHierarchyReachesTheIndicatorEngine()
    {
        var hierarchy = new UnitHierarchy([new(AdministrativeUnitCode.Of("22001"), AdministrativeUnitCode.Of("22")), new(AdministrativeUnitCode.Of("22002"), AdministrativeUnitCode.Of("22"))]);
        using var provider = new ServiceCollection().AddVnChildProtection(o => o.UnitHierarchy = hierarchy).BuildServiceProvider();
        Assert.Same(hierarchy, provider.GetRequiredService<IUnitHierarchy>());
        var infant = new MeasureId(3, 'b');
        var province = provider.GetRequiredService<IndicatorEngine>().Compute(
            [Observation.FromCounts(AdministrativeUnitCode.Of("22001"), 2024, infant, 5, 500), Observation.FromCounts(AdministrativeUnitCode.Of("22002"), 2024, infant, 10, 1500)], AdministrativeUnitCode.Of("22"), infant, 2024);
        Assert.Equal(7.5m, province.Value);
    }

    private static LocalDate? DraftPlanDueDate(CaseWorkflow workflow)
    {
        var commune = AdministrativeUnitCode.Of("00070");
        var officer = new Actor("officer-17", WorkflowRole.CommuneOfficer, commune);
        var chair = new Actor("chair-02", WorkflowRole.CommuneChair, commune);
        var id = CaseId.Of("HN-2025-000123");
        var received = new LocalDateTime(2025, 4, 29, 9, 0).InZoneStrictly(Deadline.VietnamTimeZone).ToInstant();
        var open = workflow.Open(new ReceiveReportCommand(id, new Actor("operator-5", WorkflowRole.Hotline111), received, ReportSource.Hotline111, commune)).AsT0;
        open = workflow.Fire(open, new AssessInitialRiskCommand(id, officer, received, RiskLevel.High)).AsT0;
        open = workflow.Fire(open, new RecordDetailedAssessmentCommand(id, officer, received, NeedsPlan: true)).AsT0;
        open = workflow.Fire(open, new HoldNeedsMeetingCommand(id, chair, received)
            { Level = ProtectionLevel.Intervention, Categories = [SpecialCircumstance.SeriouslyHarmedByViolence] }).AsT0;
        return open.Pending.Single().Deadline.DueDate;
    }
}
