using System.Collections.Generic;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The administrative units values are aggregated over, as parent links: communes (<i>xã, phường, đặc khu</i>)
/// under provinces, or communes under districts under provinces for data before 1 July 2025. The national total
/// is not a unit: <see cref="IndicatorEngine"/> adds it above the roots.
/// </summary>
/// <remarks>
/// Units are official codes (<c>22</c> a province, <c>22001</c> a commune). Implementations must be immutable;
/// <see cref="UnitHierarchy"/> is the one shipped here, built from links or from an <see cref="AdministrativeUnitRegistry"/>.
/// </remarks>
public interface IUnitHierarchy
{
    /// <summary>Every unit in the hierarchy.</summary>
    IReadOnlyCollection<AdministrativeUnitCode> Units { get; }

    /// <summary>The parent of a unit, or null for a root (directly under the national total) or an unknown code.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The parent's code or null.</returns>
    AdministrativeUnitCode? ParentOf(AdministrativeUnitCode unitCode);
}
