using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Many cases indexed for dashboard questions (số liệu theo dõi): how many running time limits are overdue at an
/// instant, by owning commune and by obligation.
/// </summary>
/// <remarks>
/// <para>The running obligations of every case (<see cref="Case.Pending"/>) are flattened once into arrays sorted by
/// due instant; an overdue count at any instant is then a binary search plus a pass over the overdue prefix, so asking
/// about many instants costs little. The answers concern each case's current pending obligations: build a new
/// caseload when cases change.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Caseload
{
    private readonly long[] dueTicks;
    private readonly int[] communeIndex;
    private readonly int[] obligationIndex;
    private readonly AdministrativeUnitCode[] communes;

    /// <summary>Indexes cases.</summary>
    /// <param name="cases">The cases.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or one of them is null.</exception>
    public Caseload(IEnumerable<Case> cases)
    {
        Preconditions.CheckNotNull(cases);
        var rows = new List<(long Due, int Commune, int Obligation)>();
        var communeIds = new Dictionary<AdministrativeUnitCode, int>();
        var caseCount = 0;
        foreach (var c in cases)
        {
            Preconditions.CheckNotNull(c);
            caseCount++;
            if (!communeIds.TryGetValue(c.Commune, out var commune))
            {
                commune = communeIds.Count;
                communeIds.Add(c.Commune, commune);
            }
            foreach (var pending in c.Pending)
            {
                rows.Add((pending.Deadline.Due.ToUnixTimeTicks(), commune, pending.Obligation.Value));
            }
        }
        rows.Sort((a, b) => a.Due.CompareTo(b.Due));
        CaseCount = caseCount;
        dueTicks = new long[rows.Count];
        communeIndex = new int[rows.Count];
        obligationIndex = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            (dueTicks[i], communeIndex[i], obligationIndex[i]) = rows[i];
        }
        communes = new AdministrativeUnitCode[communeIds.Count];
        foreach (var pair in communeIds)
        {
            communes[pair.Value] = pair.Key;
        }
    }

    /// <summary>The number of cases indexed.</summary>
    public int CaseCount { get; }

    /// <summary>The number of running obligations indexed.</summary>
    public int PendingCount => dueTicks.Length;

    /// <summary>How many running obligations are overdue at <paramref name="at"/>.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The count.</returns>
    public int OverdueCount(Instant at) => OverduePrefix(at);

    /// <summary>Overdue obligations at <paramref name="at"/> by owning commune; communes with none are left out.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns>Counts by commune code.</returns>
    public ImmutableDictionary<AdministrativeUnitCode, int> OverdueByCommune(Instant at)
    {
        var counts = new int[communes.Length];
        var end = OverduePrefix(at);
        for (var i = 0; i < end; i++)
        {
            counts[communeIndex[i]]++;
        }
        var result = ImmutableDictionary.CreateBuilder<AdministrativeUnitCode, int>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                result.Add(communes[i], counts[i]);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Overdue obligations at <paramref name="at"/> by obligation; obligations with none are left out.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns>Counts by obligation.</returns>
    public ImmutableDictionary<Obligation, int> OverdueByObligation(Instant at)
    {
        var counts = new int[Obligation.List.Count + 1];
        var end = OverduePrefix(at);
        for (var i = 0; i < end; i++)
        {
            counts[obligationIndex[i]]++;
        }
        var result = ImmutableDictionary.CreateBuilder<Obligation, int>();
        foreach (var obligation in Obligation.List)
        {
            if (counts[obligation.Value] > 0)
            {
                result.Add(obligation, counts[obligation.Value]);
            }
        }
        return result.ToImmutable();
    }

    // Overdue means due <= at (Deadline.IsPassedAt), so the overdue rows are the prefix up to the first due > at.
    private int OverduePrefix(Instant at)
    {
        var ticks = at.ToUnixTimeTicks();
        int low = 0, high = dueTicks.Length;
        while (low < high)
        {
            var mid = (int)((uint)(low + high) >> 1);
            if (dueTicks[mid] <= ticks)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
