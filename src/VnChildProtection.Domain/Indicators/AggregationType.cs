using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// How a measure's values aggregate over time and over the unit hierarchy, with DHIS2's aggregation type names
/// (<c>SUM</c>, <c>AVERAGE</c>, <c>AVERAGE_SUM_ORG_UNIT</c>, <c>LAST_IN_PERIOD</c>, <c>LAST_IN_PERIOD_AVERAGE_ORG_UNIT</c>, <c>NONE</c>).
/// </summary>
/// <remarks>
/// <para>Over units a value is summed, or averaged over the units that reported when <see cref="AveragesOverUnits"/>;
/// a ratio measure always sums its numerators and denominators (the ratio of the sums, never a mean of ratios).
/// <see cref="None"/> gives values at the reporting units only.</para>
/// <para>DHIS2's <c>LAST</c> also looks back before the period for the latest value ever reported; here only data
/// inside the period is used, so <c>LAST</c> reads as <see cref="LastInPeriod"/>.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class AggregationType : ClosedSet<AggregationType>, IClosedSet<AggregationType>
{
    /// <summary>Summed over time and over units (DHIS2 <c>SUM</c>): flows such as births or reports received.</summary>
    public static readonly AggregationType Sum = new(nameof(Sum), 1, "SUM", TimeAggregation.Sum, false, true);

    /// <summary>Averaged over time and over units (DHIS2 <c>AVERAGE</c>): scores.</summary>
    public static readonly AggregationType Average = new(nameof(Average), 2, "AVERAGE", TimeAggregation.Average, true, true);

    /// <summary>Averaged over time, summed over units (DHIS2 <c>AVERAGE_SUM_ORG_UNIT</c>): a population counted each month.</summary>
    public static readonly AggregationType AverageSumOrgUnit = new(nameof(AverageSumOrgUnit), 3, "AVERAGE_SUM_ORG_UNIT", TimeAggregation.Average, false, true);

    /// <summary>The last value in the period, summed over units (DHIS2 <c>LAST_IN_PERIOD</c>): stocks such as children in
    /// special circumstances at the end of the period.</summary>
    public static readonly AggregationType LastInPeriod = new(nameof(LastInPeriod), 4, "LAST_IN_PERIOD", TimeAggregation.LastInPeriod, false, true);

    /// <summary>The last value in the period, averaged over units (DHIS2 <c>LAST_IN_PERIOD_AVERAGE_ORG_UNIT</c>).</summary>
    public static readonly AggregationType LastInPeriodAverageOrgUnit = new(nameof(LastInPeriodAverageOrgUnit), 5, "LAST_IN_PERIOD_AVERAGE_ORG_UNIT", TimeAggregation.LastInPeriod, true, true);

    /// <summary>Not aggregated (DHIS2 <c>NONE</c>): a value for exactly the period reported, at the reporting units only.</summary>
    public static readonly AggregationType None = new(nameof(None), 6, "NONE", TimeAggregation.None, false, false);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<AggregationType> IClosedSet<AggregationType>.Members { get; } =
        [Sum, Average, AverageSumOrgUnit, LastInPeriod, LastInPeriodAverageOrgUnit, None];

    private AggregationType(string name, int value, string dhis2Name, TimeAggregation overTime, bool averagesOverUnits, bool aggregatesOverUnits)
        : base(name, value)
    {
        Dhis2Name = dhis2Name;
        OverTime = overTime;
        AveragesOverUnits = averagesOverUnits;
        AggregatesOverUnits = aggregatesOverUnits;
    }

    /// <summary>DHIS2's name: <c>SUM</c>, <c>AVERAGE</c>, <c>AVERAGE_SUM_ORG_UNIT</c>, <c>LAST_IN_PERIOD</c>, …</summary>
    public string Dhis2Name { get; }

    /// <summary>How shorter periods combine.</summary>
    public TimeAggregation OverTime { get; }

    /// <summary>Whether values are averaged over the units that reported rather than summed.</summary>
    public bool AveragesOverUnits { get; }

    /// <summary>Whether a unit above the reporting units has a value at all (false for <see cref="None"/>).</summary>
    public bool AggregatesOverUnits { get; }

    /// <summary>Finds a type by DHIS2's name, ignoring case; <c>LAST</c> reads as <see cref="LastInPeriod"/> and
    /// <c>LAST_AVERAGE_ORG_UNIT</c> as <see cref="LastInPeriodAverageOrgUnit"/>.</summary>
    /// <param name="name">The DHIS2 name.</param>
    /// <param name="type">The type, or null.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryFromDhis2Name(string? name, [NotNullWhen(true)] out AggregationType? type)
    {
        var key = name?.Trim().ToUpperInvariant();
        type = key switch
        {
            "LAST" => LastInPeriod,
            "LAST_AVERAGE_ORG_UNIT" => LastInPeriodAverageOrgUnit,
            _ => null,
        };
        foreach (var candidate in List)
        {
            if (type is null && string.Equals(candidate.Dhis2Name, key, StringComparison.Ordinal))
            {
                type = candidate;
            }
        }
        return type is not null;
    }
}
