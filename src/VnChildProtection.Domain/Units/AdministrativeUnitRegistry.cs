using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// An immutable, effective-dated registry of administrative units (<c>đơn vị hành chính</c>): which unit holds a
/// code or name on a date, which units succeeded a unit (transitively, so a 2023 province resolves to today's),
/// which units a unit absorbed, and which units were valid on a date at a level.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the shipped data: the 63 provinces and centrally-run cities in force before
/// 1 July 2025 and the 34 formed on that date (Resolution 202/2025/QH15; codes from Decision 124/2004/QĐ-TTg and
/// Decision 19/2025/QĐ-TTg), the 696 districts and 10,035 commune-level units in force until 30 June 2025 and the
/// 3,321 commune-level units from 1 July 2025 with their successor links (see docs/units.md). Add or override records
/// with <see cref="WithUnits"/>, which returns a new registry and leaves this one unchanged. A record added with the same code and start date as an
/// existing one replaces it.</para>
/// <para>Codes are reused across periods, so every lookup takes a date. Lookups return <c>OneOf</c> values with a
/// <see cref="UnitLookupFailure"/> (carrying candidates) instead of throwing.</para>
/// <para>Name lookup accepts the variants found in documents: with or without diacritics, old or new tone placement
/// (<c>Khánh Hoà</c>), dash and spacing variants (<c>Thừa Thiên - Huế</c>, <c>Bà Rịa-Vũng Tàu</c>), a kind prefix
/// (<c>tỉnh</c>, <c>thành phố</c>, <c>TP.</c>, <c>phường</c>…, which also narrows the kind) and each unit's
/// <see cref="AdministrativeUnit.AlternativeNames"/> (<c>TPHCM</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class AdministrativeUnitRegistry
{
    private const int MaxNameDistance = 2;
    private const int MaxNameCandidates = 5;

    private static readonly Lazy<AdministrativeUnitRegistry> LazyDefault =
        new(() => new AdministrativeUnitRegistry(AdministrativeUnitData.Provinces.Concat(AdministrativeUnitDataFile.Load())));

    private readonly Dictionary<AdministrativeUnitCode, AdministrativeUnit[]> byCode;
    private readonly Dictionary<string, AdministrativeUnit[]> byName;
    private readonly Dictionary<AdministrativeUnit, AdministrativeUnit[]> predecessors;

    // Plain loops rather than LINQ: the shipped map (about 14,000 records) is indexed here on first use, so this is
    // the registry's cold-start path (docs/performance.md).
    private AdministrativeUnitRegistry(IEnumerable<AdministrativeUnit> units)
    {
        var all = units.ToArray();
        Array.Sort(all, CompareIdentity);
        byCode = new Dictionary<AdministrativeUnitCode, AdministrativeUnit[]>(all.Length);
        for (var start = 0; start < all.Length;)
        {
            var end = start + 1;
            while (end < all.Length && all[end].Code == all[start].Code)
            {
                if (all[end - 1].Overlaps(all[end]))
                {
                    throw new ArgumentException($"Two records of code {all[end].Code} overlap: a code has at most one unit on any date.", nameof(units));
                }
                end++;
            }
            byCode[all[start].Code] = all[start..end];
            start = end;
        }

        var predecessorLists = new Dictionary<AdministrativeUnit, List<AdministrativeUnit>>();
        foreach (var unit in all)
        {
            foreach (var successorCode in unit.SuccessorCodes)
            {
                var successor = FindExact(successorCode, unit.ValidTo!.Value.PlusDays(1))
                    ?? throw new ArgumentException(
                        $"The successor {successorCode} of {unit.Code} is not in the registry on the day after the unit ends.", nameof(units));
                if (!predecessorLists.TryGetValue(successor, out var list))
                {
                    predecessorLists[successor] = list = [];
                }
                list.Add(unit);
            }
        }
        predecessors = new Dictionary<AdministrativeUnit, AdministrativeUnit[]>(predecessorLists.Count);
        foreach (var (successor, list) in predecessorLists)
        {
            predecessors[successor] = [.. list];
        }

        var nameLists = new Dictionary<string, List<AdministrativeUnit>>(all.Length, StringComparer.Ordinal);
        foreach (var unit in all)
        {
            AddName(nameLists, unit.Name, unit);
            foreach (var alias in unit.AlternativeNames)
            {
                AddName(nameLists, alias, unit);
            }
        }
        byName = new Dictionary<string, AdministrativeUnit[]>(nameLists.Count, StringComparer.Ordinal);
        foreach (var (key, list) in nameLists)
        {
            byName[key] = [.. list];
        }

        Units = new ReadOnlyCollection<AdministrativeUnit>(all);
    }

    private static int CompareIdentity(AdministrativeUnit x, AdministrativeUnit y)
    {
        var byCodeOrder = x.Code.CompareTo(y.Code);
        return byCodeOrder != 0 ? byCodeOrder : (x.ValidFrom ?? LocalDate.MinIsoValue).CompareTo(y.ValidFrom ?? LocalDate.MinIsoValue);
    }

    // One entry per unit under each of its name keys, in registry order (a unit whose alias folds like its name once).
    private static void AddName(Dictionary<string, List<AdministrativeUnit>> names, string name, AdministrativeUnit unit)
    {
        var key = UnitNameKey.Of(name);
        if (key.Length == 0)
        {
            return;
        }
        if (!names.TryGetValue(key, out var list))
        {
            names[key] = list = new List<AdministrativeUnit>(1);
        }
        if (list.Count == 0 || !ReferenceEquals(list[^1], unit) && !list.Contains(unit))
        {
            list.Add(unit);
        }
    }

    /// <summary>A registry with no units, to build custom data sets on.</summary>
    public static AdministrativeUnitRegistry Empty { get; } = new(Array.Empty<AdministrativeUnit>());

    /// <summary>
    /// The registry of the shipped data: every province-level unit before and after 1 July 2025, and every district
    /// and commune-level unit of <see cref="AdministrativeUnitDataFile"/>, loaded on first use.
    /// </summary>
    public static AdministrativeUnitRegistry Default => LazyDefault.Value;

    /// <summary>Every record, ordered by code and then start date.</summary>
    public IReadOnlyList<AdministrativeUnit> Units { get; }

    /// <summary>
    /// Returns a new registry with <paramref name="units"/> added; a record with the same code and
    /// <see cref="AdministrativeUnit.ValidFrom"/> as an existing one replaces it.
    /// </summary>
    /// <param name="units">The records to add or override. Within the batch, a later record with the same identity wins.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two records of one code would overlap in time, or a successor code does
    /// not resolve on the day after its predecessor ends.</exception>
    public AdministrativeUnitRegistry WithUnits(IEnumerable<AdministrativeUnit> units)
    {
        Preconditions.CheckNotNull(units);
        var added = new Dictionary<(AdministrativeUnitCode, LocalDate?), AdministrativeUnit>();
        foreach (var unit in units)
        {
            Preconditions.CheckNotNull(unit, nameof(units));
            added[(unit.Code, unit.ValidFrom)] = unit;
        }
        var kept = Units.Where(unit => !added.ContainsKey((unit.Code, unit.ValidFrom)));
        return new AdministrativeUnitRegistry(kept.Concat(added.Values));
    }

    /// <summary>Returns a new registry with one record added or overriding the record with the same identity.</summary>
    /// <param name="unit">The record.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="WithUnits"/>.</exception>
    public AdministrativeUnitRegistry WithUnit(AdministrativeUnit unit) => WithUnits([Preconditions.CheckNotNull(unit)]);

    /// <summary>Finds the unit that holds <paramref name="code"/> on <paramref name="date"/>.</summary>
    /// <param name="code">The official code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The unit, or a failure: <see cref="UnitLookupFailureReason.NotValidOnDate"/> with the records of that
    /// code on other dates, or <see cref="UnitLookupFailureReason.NotFound"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public OneOf<AdministrativeUnit, UnitLookupFailure> FindByCode(AdministrativeUnitCode code, LocalDate date)
    {
        Preconditions.CheckNotNull(code);
        var found = FindExact(code, date);
        if (found is not null)
        {
            return found;
        }
        return byCode.TryGetValue(code, out var records)
            ? new UnitLookupFailure(UnitLookupFailureReason.NotValidOnDate, date, records)
            : new UnitLookupFailure(UnitLookupFailureReason.NotFound, date, []);
    }

    /// <summary>
    /// Finds the unit called <paramref name="name"/> on <paramref name="date"/>, accepting the variants described in
    /// the remarks of <see cref="AdministrativeUnitRegistry"/>.
    /// </summary>
    /// <param name="name">The name as written, e.g. <c>TP. Hồ Chí Minh</c>, <c>tinh Khanh Hoa</c>.</param>
    /// <param name="date">The date.</param>
    /// <param name="level">Restricts the search to one level; null searches all.</param>
    /// <returns>The unit, or a failure: <see cref="UnitLookupFailureReason.Ambiguous"/> (several valid matches, e.g. a
    /// bare <c>Quảng Ngãi</c> before 1 July 2025: the province and its city; pass a level or a kind prefix),
    /// <see cref="UnitLookupFailureReason.NotValidOnDate"/> (matches on other dates) or
    /// <see cref="UnitLookupFailureReason.NotFound"/> (with up to five similar names valid on the date).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public OneOf<AdministrativeUnit, UnitLookupFailure> FindByName(string name, LocalDate date, AdministrativeLevel? level = null)
    {
        Preconditions.CheckNotNull(name);
        AdministrativeUnit[]? otherDates = null;
        string? lastKey = null;
        foreach (var (key, kinds) in UnitNameKey.ForQuery(name))
        {
            lastKey = key;
            if (!byName.TryGetValue(key, out var matches))
            {
                continue;
            }
            var fitting = matches
                .Where(unit => level is null || unit.Level == level)
                .Where(unit => kinds is null || kinds.Contains(unit.Kind))
                .ToArray();
            var valid = fitting.Where(unit => unit.IsValidOn(date)).ToArray();
            if (valid.Length == 1)
            {
                return valid[0];
            }
            if (valid.Length > 1)
            {
                return new UnitLookupFailure(UnitLookupFailureReason.Ambiguous, date, valid);
            }
            if (fitting.Length > 0)
            {
                otherDates ??= fitting;
            }
        }
        if (otherDates is not null)
        {
            return new UnitLookupFailure(UnitLookupFailureReason.NotValidOnDate, date, otherDates);
        }
        return new UnitLookupFailure(UnitLookupFailureReason.NotFound, date, lastKey is null ? [] : NearestNames(lastKey, date, level));
    }

    /// <summary>
    /// Resolves the units that hold <paramref name="unit"/>'s territory on <paramref name="date"/>, following
    /// successor links transitively: the unit itself if it is valid then, otherwise its successors' successors on.
    /// </summary>
    /// <param name="unit">The unit, typically found on an earlier date (e.g. the province named in a 2023 plan).</param>
    /// <param name="date">The date to resolve to, on or after the unit's start.</param>
    /// <returns>The units valid on <paramref name="date"/>, ordered by code (more than one when a unit was split),
    /// or a failure: <see cref="UnitLookupFailureReason.DateBeforeUnit"/>, or
    /// <see cref="UnitLookupFailureReason.NoSuccessor"/> when the chain ends in units abolished without successor
    /// (those units are the candidates).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public OneOf<IReadOnlyList<AdministrativeUnit>, UnitLookupFailure> GetSuccessorsOn(AdministrativeUnit unit, LocalDate date)
    {
        Preconditions.CheckNotNull(unit);
        if (unit.ValidFrom is not null && date < unit.ValidFrom.Value)
        {
            return new UnitLookupFailure(UnitLookupFailureReason.DateBeforeUnit, date, [unit]);
        }
        var reached = new List<AdministrativeUnit>();
        var deadEnds = new List<AdministrativeUnit>();
        var pending = new Stack<AdministrativeUnit>();
        var seen = new HashSet<AdministrativeUnit>();
        pending.Push(unit);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current))
            {
                continue;
            }
            if (current.IsValidOn(date))
            {
                reached.Add(current);
                continue;
            }
            var next = current.SuccessorCodes
                .Select(code => FindExact(code, current.ValidTo!.Value.PlusDays(1)))
                .OfType<AdministrativeUnit>()
                .ToArray();
            if (next.Length == 0)
            {
                deadEnds.Add(current);
            }
            foreach (var successor in next)
            {
                pending.Push(successor);
            }
        }
        if (reached.Count == 0)
        {
            return new UnitLookupFailure(UnitLookupFailureReason.NoSuccessor, date, deadEnds);
        }
        return new ReadOnlyCollection<AdministrativeUnit>(reached.OrderBy(found => found.Code).ToArray());
    }

    /// <summary>
    /// The units whose territory passed (wholly or in part) to <paramref name="unit"/> when it started: for a merged
    /// province, the provinces it absorbed, including the earlier record of the same name.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The predecessors, ordered by code; empty when none are recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnit> GetPredecessors(AdministrativeUnit unit)
    {
        Preconditions.CheckNotNull(unit);
        return predecessors.TryGetValue(unit, out var found)
            ? new ReadOnlyCollection<AdministrativeUnit>(found.OrderBy(predecessor => predecessor.Code).ToArray())
            : Array.Empty<AdministrativeUnit>();
    }

    /// <summary>All units of <paramref name="level"/> valid on <paramref name="date"/>, ordered by code.</summary>
    /// <param name="date">The date.</param>
    /// <param name="level">The level.</param>
    /// <returns>The units; empty when none is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnit> GetUnitsValidOn(LocalDate date, AdministrativeLevel level)
    {
        Preconditions.CheckNotNull(level);
        return new ReadOnlyCollection<AdministrativeUnit>(
            Units.Where(unit => unit.Level == level && unit.IsValidOn(date)).ToArray());
    }

    /// <summary>The unit containing <paramref name="unit"/> on <paramref name="date"/> (its parent code resolved then).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="date">The date.</param>
    /// <returns>The parent, or a <see cref="UnitLookupFailureReason.NoParent"/> failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public OneOf<AdministrativeUnit, UnitLookupFailure> GetParent(AdministrativeUnit unit, LocalDate date)
    {
        Preconditions.CheckNotNull(unit);
        var parent = unit.ParentCode is null ? null : FindExact(unit.ParentCode, date);
        return parent is null ? new UnitLookupFailure(UnitLookupFailureReason.NoParent, date, []) : parent;
    }

    private AdministrativeUnit? FindExact(AdministrativeUnitCode code, LocalDate date) =>
        byCode.TryGetValue(code, out var records) ? Array.Find(records, record => record.IsValidOn(date)) : null;

    private AdministrativeUnit[] NearestNames(string key, LocalDate date, AdministrativeLevel? level) =>
        byName
            .Select(entry => (Distance: StringSimilarity.Levenshtein(key, entry.Key, MaxNameDistance), Units: entry.Value))
            .Where(entry => entry.Distance <= MaxNameDistance)
            .OrderBy(entry => entry.Distance)
            .SelectMany(entry => entry.Units)
            .Where(unit => unit.IsValidOn(date) && (level is null || unit.Level == level))
            .Distinct()
            .Take(MaxNameCandidates)
            .ToArray();
}
