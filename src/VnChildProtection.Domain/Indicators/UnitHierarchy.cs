using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// An immutable unit hierarchy built from parent links (unit code → parent code, null for a root). Parents that
/// are not themselves listed become roots.
/// </summary>
/// <remarks>
/// <para>Codes are compared ordinally, as administrative unit codes are digits.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class UnitHierarchy : IUnitHierarchy
{
    private readonly Dictionary<string, string?> _parents;
    private readonly Dictionary<string, List<string>> _children;

    /// <summary>Creates a hierarchy from parent links.</summary>
    /// <param name="parentByUnit">Each unit's parent code, or null for a root.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parentByUnit"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is blank, or the links form a cycle.</exception>
    public UnitHierarchy(IEnumerable<KeyValuePair<string, string?>> parentByUnit)
    {
        Preconditions.CheckNotNull(parentByUnit);
        _parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (unit, parent) in parentByUnit)
        {
            Preconditions.CheckNotBlank(unit, nameof(parentByUnit));
            Preconditions.CheckArgument(parent is null || !string.IsNullOrWhiteSpace(parent), nameof(parentByUnit), "A parent code cannot be blank.");
            Preconditions.CheckArgument(_parents.TryAdd(unit, parent), nameof(parentByUnit), "Each unit may appear once.");
        }
        var implicitRoots = new List<string>();
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
        _children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
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
        foreach (var unit in _parents.Keys)
        {
            var steps = 0;
            for (var p = _parents[unit]; p is not null; p = _parents[p])
            {
                Preconditions.CheckArgument(++steps <= _parents.Count, nameof(parentByUnit), "The parent links form a cycle.");
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Units => _parents.Keys;

    /// <inheritdoc />
    public string? ParentOf(string unitCode) => _parents.TryGetValue(Preconditions.CheckNotNull(unitCode), out var parent) ? parent : null;

    /// <summary>The direct children of a unit (empty for a leaf or unknown code).</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The children's codes.</returns>
    public IReadOnlyList<string> ChildrenOf(string unitCode) =>
        _children.TryGetValue(Preconditions.CheckNotNull(unitCode), out var list) ? list.AsReadOnly() : [];

    /// <summary>Whether the code is in the hierarchy.</summary>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string unitCode) => _parents.ContainsKey(Preconditions.CheckNotNull(unitCode));
}
