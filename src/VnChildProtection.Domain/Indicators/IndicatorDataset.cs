using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Observations of one year compiled by <see cref="IndicatorEngine.Compile"/> for fast evaluation: counts in flat
/// arrays indexed by measure and unit ordinal, resolved once so that <see cref="IndicatorEngine.Evaluate(IndicatorDataset)"/>
/// needs no lookup.
/// </summary>
/// <remarks>
/// <para>Counts are summed exactly in 64-bit integers. The observations used and rejected are exactly those
/// <see cref="IndicatorEngine.Rollup"/> uses and rejects: among the rejected, a numerator, denominator or value that is
/// not a whole number from 0 to <see cref="MaxCount"/> (both paths refuse fractional counts; see
/// <see cref="IndicatorEngine"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorDataset
{
    /// <summary>The largest count the engine accepts (10^12): sums over every commune of the country stay exact in a double.</summary>
    public const long MaxCount = 1_000_000_000_000L;

    internal IndicatorDataset(IndicatorEngine engine, int year, long[] numerators, long[] denominators, int[] reported, int rejected)
    {
        Engine = engine;
        Year = year;
        Numerators = numerators;
        Denominators = denominators;
        Reported = reported;
        RejectedObservations = rejected;
        Preconditions.DebugCheck(numerators.Length == denominators.Length && numerators.Length == reported.Length, "Arrays share one layout.");
    }

    /// <summary>The engine (hierarchy and registry) the data was compiled for.</summary>
    public IndicatorEngine Engine { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>
    /// Observations of <see cref="Year"/> not used: unknown unit or measure, a unit that is not lowest-level, a
    /// duplicate, a bare value for a measure that sums counts, or a count that is not a whole number up to <see cref="MaxCount"/>.
    /// </summary>
    public int RejectedObservations { get; }

    // [measure * units + unit]; for measures that sum values, Numerators holds the value.
    internal long[] Numerators { get; }

    internal long[] Denominators { get; }

    internal int[] Reported { get; }
}
