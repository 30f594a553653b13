using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.DependencyInjection;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Units;

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
}
