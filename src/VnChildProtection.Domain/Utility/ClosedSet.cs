using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.SmartEnum;

namespace VnChildProtection.Domain.Utility;

/// <summary>
/// A smart enum whose members are listed by the type itself (<see cref="IClosedSet{TSelf}.Members"/>) instead of
/// being found by reflection, so that <see cref="List"/>, <see cref="FromName"/> and the other lookups work the same
/// under the JIT, trimming and Native AOT.
/// </summary>
/// <typeparam name="TSelf">The closed set type, e.g. <see cref="Units.AdministrativeLevel"/>.</typeparam>
/// <remarks>
/// <para>The static lookups hide those of <see cref="SmartEnum{TEnum, TValue}"/>, which scan the assembly's types
/// (<c>Assembly.GetTypes</c> is empty under Native AOT, so every lookup there failed). Generic code must call them
/// through <c>ClosedSet&lt;TSelf&gt;</c>, never through <c>SmartEnum&lt;TSelf&gt;</c>.</para>
/// <para>Instances are immutable; the lookups are thread-safe.</para>
/// </remarks>
public abstract class ClosedSet<TSelf> : SmartEnum<TSelf>
    where TSelf : ClosedSet<TSelf>, IClosedSet<TSelf>
{
    /// <summary>Creates a member of the set.</summary>
    /// <param name="name">The member's English identifier, e.g. <c>Province</c>.</param>
    /// <param name="value">The member's number.</param>
    protected ClosedSet(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Every member of the set, ordered by <see cref="SmartEnum{TEnum, TValue}.Name"/> (ordinal, so the same in every
    /// culture and under invariant globalization).</summary>
    public static new IReadOnlyCollection<TSelf> List => Index.ByOrdinalName;

    /// <summary>Finds the member named <paramref name="name"/>.</summary>
    /// <param name="name">A member name, e.g. <c>Province</c>.</param>
    /// <param name="ignoreCase">Whether to compare names ignoring case.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="SmartEnumNotFoundException">No member has that name (a programmer error; use
    /// <see cref="TryFromName(string?, out TSelf)"/> for input).</exception>
    public static new TSelf FromName(string name, bool ignoreCase = false)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A name is required.", nameof(name));
        }
        return TryFromName(name, ignoreCase, out var result)
            ? result
            : throw new SmartEnumNotFoundException("No " + typeof(TSelf).Name + " with Name \"" + name + "\" found.");
    }

    /// <summary>Finds the member named exactly <paramref name="name"/> (case-sensitive).</summary>
    /// <param name="name">A member name, e.g. <c>Province</c>; null or empty finds nothing.</param>
    /// <param name="result">The member, or null.</param>
    /// <returns>Whether a member has that name.</returns>
    public static new bool TryFromName([NotNullWhen(true)] string? name, [NotNullWhen(true)] out TSelf? result) =>
        TryFromName(name, false, out result);

    /// <summary>Finds the member named <paramref name="name"/>.</summary>
    /// <param name="name">A member name, e.g. <c>Province</c>; null or empty finds nothing.</param>
    /// <param name="ignoreCase">Whether to compare names ignoring case.</param>
    /// <param name="result">The member, or null.</param>
    /// <returns>Whether a member has that name.</returns>
    public static new bool TryFromName([NotNullWhen(true)] string? name, bool ignoreCase, [NotNullWhen(true)] out TSelf? result)
    {
        if (string.IsNullOrEmpty(name))
        {
            result = null;
            return false;
        }
        return (ignoreCase ? Index.ByNameIgnoringCase : Index.ByName).TryGetValue(name, out result);
    }

    /// <summary>Finds the member numbered <paramref name="value"/>.</summary>
    /// <param name="value">A member number.</param>
    /// <returns>The member.</returns>
    /// <exception cref="SmartEnumNotFoundException">No member has that number (a programmer error; use
    /// <see cref="TryFromValue(int, out TSelf)"/> for input).</exception>
    public static new TSelf FromValue(int value) =>
        TryFromValue(value, out var result)
            ? result
            : throw new SmartEnumNotFoundException("No " + typeof(TSelf).Name + " with Value " + value + " found.");

    /// <summary>Finds the member numbered <paramref name="value"/>, or gives <paramref name="defaultValue"/>.</summary>
    /// <param name="value">A member number.</param>
    /// <param name="defaultValue">What to return when no member has that number.</param>
    /// <returns>The member, or <paramref name="defaultValue"/>.</returns>
    public static new TSelf FromValue(int value, TSelf defaultValue) =>
        TryFromValue(value, out var result) ? result : defaultValue;

    /// <summary>Finds the member numbered <paramref name="value"/>.</summary>
    /// <param name="value">A member number.</param>
    /// <param name="result">The member (the first by name when several share the number), or null.</param>
    /// <returns>Whether a member has that number.</returns>
    public static new bool TryFromValue(int value, [NotNullWhen(true)] out TSelf? result) =>
        Index.ByValue.TryGetValue(value, out result);

    // A nested class with an explicit static constructor: built on first lookup, never while TSelf's own static
    // fields are still being initialised.
    private static class Index
    {
        internal static readonly TSelf[] ByOrdinalName;
        internal static readonly Dictionary<string, TSelf> ByName;
        internal static readonly Dictionary<string, TSelf> ByNameIgnoringCase;
        internal static readonly Dictionary<int, TSelf> ByValue;

        static Index()
        {
            var members = TSelf.Members;
            ByOrdinalName = [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)];
            ByName = new Dictionary<string, TSelf>(StringComparer.Ordinal);
            ByNameIgnoringCase = new Dictionary<string, TSelf>(StringComparer.OrdinalIgnoreCase);
            ByValue = [];
            foreach (var member in ByOrdinalName)
            {
                ByName.Add(member.Name, member);
                ByNameIgnoringCase.TryAdd(member.Name, member);
                ByValue.TryAdd(member.Value, member);
            }
        }
    }
}
