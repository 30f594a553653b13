using System;
using System.Collections.Generic;
using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// An immutable unit hierarchy built from parent links (unit code → parent code, null for a root), or from an
/// <see cref="AdministrativeUnitRegistry"/> as it stood on a date. Parents that are not themselves listed become roots.
/// </summary>
/// <remarks>
/// <para>A parent is always of a higher level than its unit (a province above a district above a commune), so the links
/// cannot form a cycle. Roots sit directly under the national total that <see cref="IndicatorEngine"/> adds.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class UnitHierarchy : IUnitHierarchy
{
    private readonly Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> _parents;
    private readonly Dictionary<AdministrativeUnitCode, List<AdministrativeUnitCode>> _children;

    /// <summary>Creates a hierarchy from parent links.</summary>
    /// <param name="parentByUnit">Each unit's parent code, or null for a root.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parentByUnit"/> or a unit code is null.</exception>
    /// <exception cref="ArgumentException">A unit appears twice, or a parent is not of a higher level than its unit.</exception>
    public UnitHierarchy(IEnumerable<KeyValuePair<AdministrativeUnitCode, AdministrativeUnitCode?>> parentByUnit)
    {
        Preconditions.CheckNotNull(parentByUnit);
        _parents = [];
        foreach (var (unit, parent) in parentByUnit)
        {
            Preconditions.CheckNotNull(unit, nameof(parentByUnit));
            Preconditions.CheckArgument(parent is null || IsAbove(parent, unit), nameof(parentByUnit), "A parent must be of a higher level than its unit.");
            Preconditions.CheckArgument(_parents.TryAdd(unit, parent), nameof(parentByUnit), "Each unit may appear once.");
        }
        var implicitRoots = new List<AdministrativeUnitCode>();
        foreach (var parent in _parents.Values)
        {
            if (parent is not null && !_parents.ContainsKey(parent))
            {
                implicitRoots.Add(parent);
            }
        }
        foreach (var root in implicitRoots)
        {
            _parents.TryAdd(root, null);
        }
        _children = [];
        foreach (var (unit, parent) in _parents)
        {
            if (parent is not null)
            {
                if (!_children.TryGetValue(parent, out var list))
                {
                    _children[parent] = list = [];
                }
                list.Add(unit);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyCollection<AdministrativeUnitCode> Units => _parents.Keys;

    /// <summary>
    /// The hierarchy of every unit of <paramref name="registry"/> valid on <paramref name="date"/>, each under the parent
    /// the registry gives it on that date (a unit whose parent is not in the registry then is a root).
    /// </summary>
    /// <param name="registry">The administrative units.</param>
    /// <param name="date">The date the units and their parents are taken on, e.g. the last day of the reporting year.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <remarks>Codes are reused across periods, so the date matters: before 1 July 2025 code <c>91</c> is Kiên Giang, after it An Giang.</remarks>
    public static UnitHierarchy FromRegistry(AdministrativeUnitRegistry registry, LocalDate date) => new(RegistryLinks(registry, date));

    /// <summary>The direct children of a unit (empty for a leaf or unknown code).</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The children's codes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnitCode> ChildrenOf(AdministrativeUnitCode unitCode) =>
        _children.TryGetValue(Preconditions.CheckNotNull(unitCode), out var list) ? list.AsReadOnly() : [];

    /// <summary>Whether the code is in the hierarchy.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>True when present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    public bool Contains(AdministrativeUnitCode unitCode) => _parents.ContainsKey(Preconditions.CheckNotNull(unitCode));

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    public AdministrativeUnitCode? ParentOf(AdministrativeUnitCode unitCode) =>
        _parents.TryGetValue(Preconditions.CheckNotNull(unitCode), out var parent) ? parent : null;

    /// <summary>Whether <paramref name="parent"/> may contain <paramref name="unit"/>: it is of a higher level.</summary>
    internal static bool IsAbove(AdministrativeUnitCode parent, AdministrativeUnitCode unit) => parent.Level.Value < unit.Level.Value;

    /// <summary>Each unit valid on the date with the code of its parent then (null when the registry has none).</summary>
    internal static Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> RegistryLinks(AdministrativeUnitRegistry registry, LocalDate date)
    {
        Preconditions.CheckNotNull(registry);
        var links = new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>();
        foreach (var unit in registry.Units)
        {
            if (unit.IsValidOn(date))
            {
                links[unit.Code] = registry.GetParent(unit, date).Match<AdministrativeUnitCode?>(parent => IsAbove(parent.Code, unit.Code) ? parent.Code : null, _ => null);
            }
        }
        return links;
    }
}
