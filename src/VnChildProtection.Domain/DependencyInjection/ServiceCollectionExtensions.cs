using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.DependencyInjection;

/// <summary>Registers the library's services in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons: <see cref="IClock"/> (the system clock), <see cref="AdministrativeUnitRegistry"/>,
    /// <see cref="AgencyRegistry"/>, <see cref="KnownLawRegistry"/>, <see cref="CitationFinder"/>,
    /// <see cref="WorkingDayCalendar"/>, <see cref="ReportingCalendar"/>, <see cref="WorkflowDefinition"/>,
    /// <see cref="CaseWorkflow"/>, <see cref="IndicatorRegistry"/>, <see cref="IUnitHierarchy"/>,
    /// <see cref="IndicatorEngine"/>, <see cref="IndicatorRuleEvaluator"/> and <see cref="PlanValidator"/>, each built
    /// from the shipped data plus <see cref="VnChildProtectionOptions"/>; services that count working days (case
    /// deadlines, report due dates) use the one <see cref="WorkingDayCalendar"/> built from the options. Services
    /// already registered win (<c>TryAdd</c>), so hosts and tests can substitute their own, for example a
    /// <c>FakeClock</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of <see cref="VnChildProtectionOptions"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (an alias for an unknown agency kind id, an empty rest-day list).</exception>
    public static IServiceCollection AddVnChildProtection(this IServiceCollection services, Action<VnChildProtectionOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services);
        var options = new VnChildProtectionOptions();
        configure?.Invoke(options);
        Validate(options);

        services.TryAddSingleton(options);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(_ => AdministrativeUnitRegistry.Default.WithUnits(options.AdministrativeUnits));
        services.TryAddSingleton(_ => BuildAgencies(options));
        services.TryAddSingleton(_ => KnownLawRegistry.Default.WithEntries(options.KnownLaws));
        services.TryAddSingleton(provider => new CitationFinder(provider.GetRequiredService<KnownLawRegistry>()));
        services.TryAddSingleton(_ => BuildCalendar(options));
        services.TryAddSingleton(provider => ReportingCalendar.Default.WithWorkingDays(provider.GetRequiredService<WorkingDayCalendar>()));
        services.TryAddSingleton(WorkflowDefinition.Default);
        services.TryAddSingleton(provider => new CaseWorkflow(
            provider.GetRequiredService<WorkflowDefinition>(), provider.GetRequiredService<WorkingDayCalendar>(),
            provider.GetRequiredService<AdministrativeUnitRegistry>()));
        services.TryAddSingleton(_ => IndicatorRegistry.Default);
        services.TryAddSingleton(provider => options.UnitHierarchy ?? UnitsInForce(
            provider.GetRequiredService<AdministrativeUnitRegistry>(), provider.GetRequiredService<IClock>()));
        services.TryAddSingleton(provider => new IndicatorEngine(
            provider.GetRequiredService<IUnitHierarchy>(), provider.GetRequiredService<IndicatorRegistry>()));
        services.TryAddSingleton(provider => new IndicatorRuleEvaluator(provider.GetRequiredService<IUnitHierarchy>()));
        services.TryAddSingleton(provider => new PlanValidator(options.Validation,
            provider.GetRequiredService<AgencyRegistry>(),
            provider.GetRequiredService<AdministrativeUnitRegistry>(),
            provider.GetRequiredService<IndicatorRegistry>()));
        return services;
    }

    // Options are checked at registration, not at first use, so a misconfigured host fails at start-up.
    private static void Validate(VnChildProtectionOptions options)
    {
        Preconditions.CheckArgument(options.Validation is not null, nameof(options), "Validation options must not be null.");
        Preconditions.CheckArgument(options.WeeklyRestDays is null || options.WeeklyRestDays.Count > 0, nameof(options), "WeeklyRestDays must not be empty; use null for the default.");
        var kinds = AgencyRegistry.Default.WithKinds(options.AgencyKinds);
        foreach (var id in options.AgencyAliases.Keys)
        {
            Preconditions.CheckArgument(kinds.Kinds.Any(k => k.Id == id), nameof(options), $"AgencyAliases names unknown agency kind id '{id}'.");
        }
    }

    // The registered units in force today (by the container's clock), each under its parent on that day: the shipped map
    // (provinces, districts and communes) and the units a host adds through options.AdministrativeUnits.
    private static UnitHierarchy UnitsInForce(AdministrativeUnitRegistry registry, IClock clock) =>
        UnitHierarchy.FromRegistry(registry, clock.GetCurrentInstant().InZone(Deadline.VietnamTimeZone).Date);

    private static AgencyRegistry BuildAgencies(VnChildProtectionOptions options)
    {
        var registry = AgencyRegistry.Default.WithKinds(options.AgencyKinds);
        foreach (var (id, aliases) in options.AgencyAliases)
        {
            registry = registry.WithAliases(id, aliases);
        }
        return registry;
    }

    private static WorkingDayCalendar BuildCalendar(VnChildProtectionOptions options)
    {
        var builder = WorkingDayCalendar.Default.ToBuilder();
        if (options.WeeklyRestDays is { } restDays)
        {
            builder = builder.WithWeeklyRestDays(restDays.ToArray());
        }
        foreach (var schedule in options.HolidaySchedules)
        {
            builder = builder.WithSchedule(schedule);
        }
        return builder.Build();
    }
}
