using System.Collections.Generic;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Observations of one year compiled by <see cref="IndicatorEngine.Compile(IReadOnlyList{Observation}, Period, DisaggregationKey?)"/> for fast evaluation: counts in flat
/// arrays indexed by measure and unit ordinal, resolved once so that <see cref="IndicatorEngine.Evaluate(IndicatorDataset)"/>
/// needs no lookup.
/// </summary>
/// <remarks>
/// <para>Counts are summed exactly in 64-bit integers. The observations used and rejected are exactly those
/// <see cref="IndicatorEngine.Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/> uses and rejects: among the rejected, a numerator, denominator or value that is
/// not a whole number from 0 to <see cref="MaxCount"/> (both paths refuse fractional counts; see
/// <see cref="IndicatorEngine"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorDataset
{
    /// <summary>The largest count the engine accepts (10^12): sums over every commune of the country stay exact in a double.</summary>
    public const long MaxCount = 1_000_000_000_000L;

    internal IndicatorDataset(IndicatorEngine engine, Period period, DisaggregationKey disaggregation, long[] numerators, long[] denominators, int[] reported, int[] timeDivisors, int rejected)
    {
        Engine = engine;
        Period = period;
        Disaggregation = disaggregation;
        Year = period.Year;
        TimeDivisors = timeDivisors;
        Numerators = numerators;
        Denominators = denominators;
        Reported = reported;
        RejectedObservations = rejected;
        Preconditions.DebugCheck(numerators.Length == denominators.Length && numerators.Length == reported.Length, "Arrays share one layout.");
    }

    /// <summary>The engine (hierarchy and registry) the data was compiled for.</summary>
    public IndicatorEngine Engine { get; }

    /// <summary>The year of the period's identifier (the year itself for yearly data).</summary>
    public int Year { get; }

    /// <summary>The period.</summary>
    public Period Period { get; }

    /// <summary>The part of the disaggregation.</summary>
    public DisaggregationKey Disaggregation { get; }

    /// <summary>
    /// Observations of <see cref="Year"/> not used: unknown unit or measure, a unit that is not lowest-level, a
    /// duplicate, a bare value for a measure that sums counts, or a count that is not a whole number up to <see cref="MaxCount"/>.
    /// </summary>
    public int RejectedObservations { get; }

    // [measure * units + unit]; for measures that sum values, Numerators holds the value.
    internal long[] Numerators { get; }

    internal long[] Denominators { get; }

    internal int[] Reported { get; }

    // Per measure: the number of shorter periods a time average divides by; 1 otherwise.
    internal int[] TimeDivisors { get; }
}
