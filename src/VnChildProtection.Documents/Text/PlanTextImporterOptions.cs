using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Documents.Text;

/// <summary>Settings of <see cref="PlanTextImporter"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlanTextImporterOptions
{
    /// <summary>The defaults.</summary>
    public static PlanTextImporterOptions Default { get; } = new();

    /// <summary>
    /// How many lines from the top are searched for the header (number, place and date, title). Web pages put
    /// boilerplate above the document (seed 002 has about 20 such lines), so the default is generous: 80.
    /// </summary>
    public int HeaderSearchLines { get; init; } = 80;

    /// <summary>The agencies that responsibilities resolve to; <see cref="AgencyRegistry.Default"/> unless replaced.</summary>
    public AgencyRegistry Agencies { get; init; } = AgencyRegistry.Default;

    /// <summary>The national indicator catalogue that labelled indicators are matched to; <see cref="IndicatorRegistry.Default"/> unless replaced.</summary>
    public IndicatorRegistry Indicators { get; init; } = IndicatorRegistry.Default;

    /// <summary>The administrative units that place names resolve to; <see cref="AdministrativeUnitRegistry.Default"/> unless replaced.</summary>
    public AdministrativeUnitRegistry Units { get; init; } = AdministrativeUnitRegistry.Default;
}
