using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>What rule checks may consult besides the plan: registries and catalogues.</summary>
internal sealed class PlanValidationContext(AgencyRegistry agencies, AdministrativeUnitRegistry units, IndicatorRegistry indicators)
{
    /// <summary>The context with the shipped registries.</summary>
    public static PlanValidationContext Default { get; } = new(AgencyRegistry.Default, AdministrativeUnitRegistry.Default, IndicatorRegistry.Default);

    public AgencyRegistry Agencies { get; } = agencies;

    public AdministrativeUnitRegistry Units { get; } = units;

    public IndicatorRegistry Indicators { get; } = indicators;

    public ConsistencyChecker Consistency { get; } = new(indicators);
}
