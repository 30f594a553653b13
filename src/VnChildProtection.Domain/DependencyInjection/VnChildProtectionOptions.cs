using System.Collections.Generic;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.DependencyInjection;

/// <summary>
/// Options for <see cref="ServiceCollectionExtensions.AddVnChildProtection"/>: how the shipped registries are
/// extended or overridden for one host.
/// </summary>
/// <remarks>
/// The shipped data sets are immutable; these additions are applied once, when each service is first resolved, by the
/// registries' own <c>With…</c> methods (an added entry with the key of a shipped one overrides it). This type is mutable
/// during configuration only and is not thread-safe.
/// </remarks>
public sealed class VnChildProtectionOptions
{
    /// <summary>Units to add to or override in <see cref="AdministrativeUnitRegistry.Default"/> (districts, communes, later changes).</summary>
    public IList<AdministrativeUnit> AdministrativeUnits { get; } = new List<AdministrativeUnit>();

    /// <summary>Agency kinds to add to or override in <see cref="AgencyRegistry.Default"/>.</summary>
    public IList<AgencyKind> AgencyKinds { get; } = new List<AgencyKind>();

    /// <summary>Extra names by agency kind id (for local spellings and abbreviations).</summary>
    public IDictionary<string, IList<string>> AgencyAliases { get; } = new Dictionary<string, IList<string>>();

    /// <summary>Laws known by name to add to <see cref="KnownLawRegistry.Default"/> (used by the citation finder).</summary>
    public IList<NumberedLegalReference> KnownLaws { get; } = new List<NumberedLegalReference>();

    /// <summary>Yearly holiday schedules that replace the shipped or statutory ones for their years.</summary>
    public IList<HolidaySchedule> HolidaySchedules { get; } = new List<HolidaySchedule>();

    /// <summary>The weekly rest days; null keeps the civil-service default (Saturday and Sunday).</summary>
    public IList<IsoDayOfWeek>? WeeklyRestDays { get; set; }

    /// <summary>Which plan rules run and with what severity.</summary>
    public PlanValidatorOptions Validation { get; set; } = PlanValidatorOptions.Default;

    /// <summary>The units indicator values are aggregated over (<see cref="IndicatorEngine"/>,
    /// <see cref="Indicators.Rules.IndicatorRuleEvaluator"/>); null (the default) for the registered administrative units
    /// in force today, each under its parent.</summary>
    public IUnitHierarchy? UnitHierarchy { get; set; }
}
