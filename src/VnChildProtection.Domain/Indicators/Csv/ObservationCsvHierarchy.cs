using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace VnChildProtection.Domain.Indicators.Csv;

/// <summary>
/// A unit hierarchy built from an administrative unit registry and an observations file's <c>parent_code</c> column
/// (<see cref="ObservationCsvResult.BuildHierarchy(Units.AdministrativeUnitRegistry, NodaTime.LocalDate)"/>), with the
/// file's parent links that contradict the registry.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ObservationCsvHierarchy
{
    private readonly ReadOnlyCollection<ObservationCsvError> _conflicts;

    internal ObservationCsvHierarchy(UnitHierarchy hierarchy, List<ObservationCsvError> conflicts)
    {
        Hierarchy = hierarchy;
        _conflicts = conflicts.AsReadOnly();
    }

    /// <summary>The hierarchy: the registry's links, completed by the file's.</summary>
    public UnitHierarchy Hierarchy { get; }

    /// <summary>
    /// One <see cref="ObservationCsvErrorCodes.ParentCodeConflict"/> error per unit whose <c>parent_code</c> differs from
    /// its parent in the registry (the registry's is used), at the line and column of the first row giving it; in line order.
    /// </summary>
    public IReadOnlyList<ObservationCsvError> Conflicts => _conflicts;

    /// <summary>Whether the file's parent links agree with the registry everywhere both give one.</summary>
    public bool IsConsistent => _conflicts.Count == 0;
}
