using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

// The map queries: children on a date, conversion with shares, and addresses ("Phường Hàng Trống, quận Hoàn Kiếm, Hà Nội").
public sealed partial class AdministrativeUnitRegistry
{
    private const int MaxAddressCandidates = 10;

    private static readonly char[] AddressSeparators = [',', ';', '\n'];

    private Dictionary<AdministrativeUnitCode, AdministrativeUnit[]>? byParent;

    /// <summary>The units whose parent is <paramref name="unit"/> on <paramref name="date"/>, ordered by code.</summary>
    /// <param name="unit">The containing unit (a province or, until 30 June 2025, a district).</param>
    /// <param name="date">The date; the unit itself must be valid then.</param>
    /// <returns>The children valid on the date; empty when the unit is not valid then or has none (a district's
    /// children are its communes; a province's are its districts until 30 June 2025 and its communes from 1 July 2025).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnit> GetChildren(AdministrativeUnit unit, LocalDate date)
    {
        Preconditions.CheckNotNull(unit);
        if (!unit.IsValidOn(date) || !ChildrenIndex().TryGetValue(unit.Code, out var children))
        {
            return Array.Empty<AdministrativeUnit>();
        }
        return new ReadOnlyCollection<AdministrativeUnit>(Array.FindAll(children, child => child.IsValidOn(date)));
    }

    /// <summary>
    /// Converts <paramref name="unit"/> to the units that hold its territory on <paramref name="date"/>, with the
    /// share each took: the unit itself (<see cref="UnitShare.Whole"/>) if it is valid then, otherwise its successors,
    /// followed transitively. A split unit gives every successor; none is chosen for the caller.
    /// </summary>
    /// <param name="unit">The unit, typically found on an earlier date.</param>
    /// <param name="date">The date to convert to, on or after the unit's start.</param>
    /// <returns>The conversion, or a failure: <see cref="UnitLookupFailureReason.DateBeforeUnit"/>, or
    /// <see cref="UnitLookupFailureReason.NoSuccessor"/> (the unit, or a unit on the way, ended without successor;
    /// districts end so on 30 June 2025) with those units as candidates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public OneOf<UnitConversion, UnitLookupFailure> Convert(AdministrativeUnit unit, LocalDate date)
    {
        Preconditions.CheckNotNull(unit);
        if (unit.ValidFrom is not null && date < unit.ValidFrom.Value)
        {
            return new UnitLookupFailure(UnitLookupFailureReason.DateBeforeUnit, date, [unit]);
        }
        if (unit.IsValidOn(date))
        {
            return new UnitConversion(unit, date, [new UnitSuccessor(unit, UnitShare.Whole, null)]);
        }
        var reached = new Dictionary<AdministrativeUnit, UnitSuccessor>();
        var deadEnds = new List<AdministrativeUnit>();
        var seen = new HashSet<AdministrativeUnit> { unit };
        var pending = new Stack<(AdministrativeUnit Unit, UnitShare Share, string? Wording)>();
        pending.Push((unit, UnitShare.Whole, null));
        while (pending.Count > 0)
        {
            var (current, share, wording) = pending.Pop();
            var next = 0;
            foreach (var succession in current.Successions)
            {
                var successor = FindExact(succession.SuccessorCode, current.ValidTo!.Value.PlusDays(1));
                if (successor is null)
                {
                    continue;
                }
                next++;
                // The first partial share on the way is the one that matters: a part of a part is still "a part".
                var (nextShare, nextWording) = share == UnitShare.Whole ? (succession.Share, succession.Wording) : (share, wording);
                if (successor.IsValidOn(date))
                {
                    reached.TryAdd(successor, new UnitSuccessor(successor, nextShare, nextWording));
                }
                else if (seen.Add(successor))
                {
                    pending.Push((successor, nextShare, nextWording));
                }
            }
            if (next == 0)
            {
                deadEnds.Add(current);
            }
        }
        if (reached.Count == 0)
        {
            return new UnitLookupFailure(UnitLookupFailureReason.NoSuccessor, date, deadEnds);
        }
        return new UnitConversion(unit, date, reached.Values.OrderBy(successor => successor.Unit.Code));
    }

    /// <summary>
    /// Finds the unit an address names on <paramref name="date"/>: comma-separated parts, most specific first, such as
    /// <c>xã Tân Lập, huyện Đan Phượng, Hà Nội</c> or <c>P. Hàng Trống, Q. Hoàn Kiếm, TP. Hà Nội</c>.
    /// </summary>
    /// <remarks>
    /// <para>Parts are read from the right: the last names units valid on the date (any level), and each part to its
    /// left units inside those found so far (a commune may follow its province directly), until one unit remains. Each part is matched like <see cref="FindByName"/>: with or without diacritics,
    /// old or new tone placement, with a kind prefix or its abbreviation (<c>P.</c>, <c>Q.</c>, <c>H.</c>,
    /// <c>TX.</c>, <c>TP.</c>, <c>X.</c>, <c>TT.</c>), which also narrows the kind.</para>
    /// <para>Parts left of the most specific unit that name no unit and carry no kind prefix (a house number, a
    /// street) are ignored. A part with a kind prefix that names no unit inside the one found is an error.</para>
    /// </remarks>
    /// <param name="address">The address text.</param>
    /// <param name="date">The date the address refers to.</param>
    /// <returns>The most specific unit named, or a failure: <see cref="UnitLookupFailureReason.Ambiguous"/> with the
    /// matching units, <see cref="UnitLookupFailureReason.NotFound"/> with the units a failing part may have meant
    /// (inside the unit found so far), or <see cref="UnitLookupFailureReason.NotValidOnDate"/> when the outermost
    /// part names units of other dates only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public OneOf<AdministrativeUnit, UnitLookupFailure> FindByAddress(string address, LocalDate date)
    {
        Preconditions.CheckNotNull(address);
        var parts = address.Split(AddressSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return new UnitLookupFailure(UnitLookupFailureReason.NotFound, date, []);
        }
        var candidates = MatchPart(parts[^1], date, out _).ToArray();
        if (candidates.Length == 0)
        {
            return FindByName(parts[^1], date).Match<OneOf<AdministrativeUnit, UnitLookupFailure>>(
                unit => new UnitLookupFailure(UnitLookupFailureReason.NotFound, date, [unit]),
                failure => failure);
        }
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            var within = candidates;
            var matches = MatchPart(parts[i], date, out var prefixed)
                .Where(match => Array.Exists(within, container => IsInside(match, container, date)))
                .ToArray();
            if (matches.Length > 0)
            {
                candidates = matches;
                continue;
            }
            if (prefixed)
            {
                var inside = within.SelectMany(container => Descendants(container, date)).ToArray();
                return new UnitLookupFailure(UnitLookupFailureReason.NotFound, date, NearestAmong(parts[i], inside));
            }
            break;
        }
        return candidates.Length == 1
            ? candidates[0]
            : new UnitLookupFailure(UnitLookupFailureReason.Ambiguous, date, candidates.OrderBy(unit => unit.Code).Take(MaxAddressCandidates));
    }

    /// <summary>
    /// Converts an address (or a unit name) to the unit(s) that hold its territory on <paramref name="date"/>:
    /// <c>Phường Hàng Trống, quận Hoàn Kiếm, Hà Nội</c> on 1 July 2025 gives Phường Hoàn Kiếm (a part) and Phường
    /// Cửa Nam (the remainder, with the resolution's wording).
    /// </summary>
    /// <param name="address">The address, read as described for <see cref="FindByAddress"/>.</param>
    /// <param name="date">The date to convert to.</param>
    /// <param name="writtenOn">The date the address was written for; when null, the address is read on
    /// <paramref name="date"/> and, if it names no single unit then, on 30 June 2025 (the last day of the old map).</param>
    /// <returns>The conversion, or the failure of <see cref="FindByAddress"/> (an ambiguity is reported rather than
    /// guessed) or of <see cref="Convert(AdministrativeUnit, LocalDate)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public OneOf<UnitConversion, UnitLookupFailure> ConvertAddress(string address, LocalDate date, LocalDate? writtenOn = null)
    {
        Preconditions.CheckNotNull(address);
        var found = FindByAddress(address, writtenOn ?? date);
        if (writtenOn is null && found.IsT1 && found.AsT1.Reason != UnitLookupFailureReason.Ambiguous && date != AdministrativeUnit.LastDayOfDistrictLevel)
        {
            found = FindByAddress(address, AdministrativeUnit.LastDayOfDistrictLevel);
        }
        return found.Match<OneOf<UnitConversion, UnitLookupFailure>>(unit => Convert(unit, date), failure => failure);
    }

    // The valid units a part names, best key first; prefixed tells whether the part starts with a kind word.
    private List<AdministrativeUnit> MatchPart(string part, LocalDate date, out bool prefixed)
    {
        prefixed = false;
        foreach (var (key, kinds) in UnitNameKey.ForQuery(part))
        {
            prefixed |= kinds is not null;
            if (!byName.TryGetValue(key, out var matches))
            {
                continue;
            }
            var valid = matches.Where(unit => unit.IsValidOn(date) && (kinds is null || kinds.Contains(unit.Kind))).ToList();
            if (valid.Count > 0)
            {
                return valid;
            }
        }
        return [];
    }

    private bool IsInside(AdministrativeUnit unit, AdministrativeUnit container, LocalDate date)
    {
        var current = unit;
        for (var depth = 0; depth < 3 && current.ParentCode is not null; depth++)
        {
            if (current.ParentCode == container.Code)
            {
                return true;
            }
            current = FindExact(current.ParentCode, date);
            if (current is null)
            {
                return false;
            }
        }
        return false;
    }

    private IEnumerable<AdministrativeUnit> Descendants(AdministrativeUnit unit, LocalDate date)
    {
        foreach (var child in GetChildren(unit, date))
        {
            yield return child;
            foreach (var grandchild in GetChildren(child, date))
            {
                yield return grandchild;
            }
        }
    }

    private static AdministrativeUnit[] NearestAmong(string part, AdministrativeUnit[] units)
    {
        string? key = null;
        foreach (var (candidateKey, _) in UnitNameKey.ForQuery(part))
        {
            key = candidateKey;
        }
        if (key is null)
        {
            return [];
        }
        return units
            .Select(unit => (Unit: unit, Distance: StringSimilarity.Levenshtein(key, UnitNameKey.Of(unit.Name), MaxNameDistance)))
            .Where(entry => entry.Distance <= MaxNameDistance)
            .OrderBy(entry => entry.Distance)
            .ThenBy(entry => entry.Unit.Code)
            .Select(entry => entry.Unit)
            .Take(MaxNameCandidates)
            .ToArray();
    }

    private Dictionary<AdministrativeUnitCode, AdministrativeUnit[]> ChildrenIndex() =>
        LazyInitializer.EnsureInitialized(ref byParent, () => Units
            .Where(unit => unit.ParentCode is not null)
            .GroupBy(unit => unit.ParentCode!)
            .ToDictionary(group => group.Key, group => group.ToArray()));
}
