using System.Collections.Generic;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The administrative units values are aggregated over, as parent links: communes (<i>xã, phường, đặc khu</i>)
/// under provinces, or communes under districts under provinces for data before 1 July 2025.
/// </summary>
/// <remarks>
/// Units are plain code strings (<c>"22"</c> a province, <c>"22001"</c> a commune). Implementations must be
/// immutable; <see cref="UnitHierarchy"/> is the dictionary-based one shipped here.
/// </remarks>
public interface IUnitHierarchy
{
    /// <summary>Every unit code in the hierarchy.</summary>
    IReadOnlyCollection<string> Units { get; }

    /// <summary>The parent of a unit, or null for a root (or an unknown code).</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The parent's code or null.</returns>
    string? ParentOf(string unitCode);
}
