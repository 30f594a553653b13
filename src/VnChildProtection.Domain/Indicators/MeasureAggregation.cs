using System.Collections.Generic;
using System.Runtime.CompilerServices;
using VnChildProtection.Domain.Periods;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The one definition of how observations of one measure are aggregated under a <see cref="MissingValuePolicy"/>:
/// which observations are used (whole counts only), when an aggregate has a value (missing values), what an average
/// divides by, and the value itself. <see cref="IndicatorEngine.Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/>, <see cref="IndicatorEngine.Compile(IReadOnlyList{Observation}, Period, DisaggregationKey?)"/>,
/// <see cref="IndicatorEngine.Evaluate(IndicatorDataset)"/> and <see cref="IndicatorEvaluation.GetValue"/> all ask it,
/// so the exact and the fast path cannot disagree.
/// </summary>
/// <remarks>
/// <para><b>Fractional counts are rejected, by every path.</b> What is summed (a numerator, a denominator, or the value
/// of a measure that sums or averages values) must be a whole number from 0 to <see cref="IndicatorDataset.MaxCount"/>.
/// Numerators and denominators count children, births, deaths or communes: a fraction there is a rate or an estimate
/// typed where a count belongs, and adding it to real counts gives a total that counts nothing. Whole counts also make
/// the sums exact in 64-bit integers, and exact in a double up to 2^53 (10^12 × 3,321 communes stays below it), which is
/// what lets the fast path classify in floating point and still agree with the decimal rule. An averaged score must
/// therefore be recorded in whole points (scale it, e.g. tenths of a point, if needed).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
internal readonly struct MeasureAggregation
{
    public MeasureAggregation(IndicatorMeasure definition, MissingValuePolicy missingValues)
    {
        Definition = definition;
        MissingValues = missingValues;
        SumsCounts = definition.Rollup == RollupPolicy.SumNumeratorsAndDenominators;
        Averages = definition.Rollup == RollupPolicy.AverageValues;
        Time = definition.Aggregation.OverTime;
        AggregatesOverUnits = definition.Aggregation.AggregatesOverUnits;
    }

    /// <summary>How the periods inside the period asked for combine.</summary>
    public TimeAggregation Time { get; }

    /// <summary>Whether units above the reporting ones have a value (false for <see cref="AggregationType.None"/>).</summary>
    public bool AggregatesOverUnits { get; }

    public IndicatorMeasure Definition { get; }

    public MissingValuePolicy MissingValues { get; }

    /// <summary>Whether numerators and denominators are summed (a ratio measure); otherwise values are.</summary>
    public bool SumsCounts { get; }

    /// <summary>Whether the summed values are divided by a number of units (<see cref="RollupPolicy.AverageValues"/>).</summary>
    public bool Averages { get; }

    /// <summary>
    /// The amounts an observation contributes: a ratio measure needs counts; another measure takes the value (or the
    /// value its counts give). False when the observation cannot be used: no counts for a ratio, or an amount that is
    /// not a whole number from 0 to <see cref="IndicatorDataset.MaxCount"/>.
    /// </summary>
    /// <param name="observation">An observation of this measure.</param>
    /// <param name="numerator">The numerator, or the value for a measure that sums or averages values.</param>
    /// <param name="denominator">The denominator (0 for a measure that sums or averages values).</param>
    public bool TryAccept(Observation observation, out long numerator, out long denominator)
    {
        denominator = 0;
        if (SumsCounts)
        {
            numerator = 0;
            return observation.HasCounts && IsWhole(observation.Numerator!.Value, out numerator) && IsWhole(observation.Denominator!.Value, out denominator);
        }
        var value = observation.Value ?? Definition.Unit.Compute(observation.Numerator!.Value, observation.Denominator!.Value) ?? 0m;
        return IsWhole(value, out numerator);
    }

    /// <summary>Whether an aggregate has a value under the missing-value policy (before a zero denominator or divisor is considered).</summary>
    /// <param name="reported">Lowest-level units in scope that reported.</param>
    /// <param name="expected">Lowest-level units in scope.</param>
    public bool IsPresent(int reported, int expected) => IsPresent(MissingValues, reported, expected);

    /// <summary>The rule of <see cref="IsPresent(int, int)"/> for a policy held in a local, for the fast path's loops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPresent(MissingValuePolicy missingValues, int reported, int expected) =>
        missingValues == MissingValuePolicy.SkipIfAllValuesMissing ? reported != 0
        : missingValues != MissingValuePolicy.SkipIfAnyValueMissing || reported == expected;

    /// <summary>
    /// What the summed value is divided by: 1 unless the measure averages; for an average the units that reported, or
    /// every unit in scope when missing units count as zero (<see cref="MissingValuePolicy.TreatAsZero"/>).
    /// </summary>
    public int Divisor(int reported, int expected) => Divisor(Averages, MissingValues, reported, expected);

    /// <summary>The rule of <see cref="Divisor(int, int)"/> with the policy held in locals, for the fast path's loops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Divisor(bool averages, MissingValuePolicy missingValues, int reported, int expected) =>
        !averages ? 1 : missingValues == MissingValuePolicy.TreatAsZero ? expected : reported;

    /// <summary>The exact value of an aggregate from its sums, or null: not present, a zero denominator, nothing to average.</summary>
    /// <param name="numerator">The summed numerator, or summed value.</param>
    /// <param name="denominator">The summed denominator (ratio measures).</param>
    /// <param name="reported">Lowest-level units in scope that reported.</param>
    /// <param name="expected">Lowest-level units in scope.</param>
    /// <param name="timeDivisor">The number of shorter periods a time average divides by (1 otherwise); a ratio's
    /// numerator and denominator share it, so it cancels there.</param>
    public decimal? ExactValue(long numerator, long denominator, int reported, int expected, int timeDivisor = 1)
    {
        if (!IsPresent(reported, expected))
        {
            return null;
        }
        if (SumsCounts)
        {
            return Definition.Unit.Compute(numerator, denominator);
        }
        var divisor = (long)Divisor(reported, expected) * timeDivisor;
        return divisor == 0 ? null : (decimal)numerator / divisor;
    }

    /// <summary>The aggregate as an <see cref="IndicatorValue"/> (counts only for a ratio measure).</summary>
    /// <param name="unitCode">The unit, or null for the national total.</param>
    /// <param name="period">The period.</param>
    /// <param name="key">The part of the disaggregation.</param>
    /// <param name="numerator">The summed numerator, or summed value.</param>
    /// <param name="denominator">The summed denominator.</param>
    /// <param name="reported">Lowest-level units in scope that reported.</param>
    /// <param name="expected">Lowest-level units in scope.</param>
    /// <param name="timeDivisor">See <see cref="ExactValue"/>.</param>
    /// <param name="isLeaf">Whether the unit is a reporting (lowest-level) unit; above them, <see cref="AggregationType.None"/> has no value.</param>
    public IndicatorValue ToValue(Units.AdministrativeUnitCode? unitCode, Period period, DisaggregationKey key, long numerator, long denominator,
        int reported, int expected, int timeDivisor, bool isLeaf) =>
        new(unitCode, period, key, Definition.Id, SumsCounts ? numerator : null, SumsCounts ? denominator : null,
            AggregatesOverUnits || isLeaf ? ExactValue(numerator, denominator, reported, expected, timeDivisor) : null, new Coverage(reported, expected));

    private static bool IsWhole(decimal number, out long whole)
    {
        whole = 0;
        if (number is < 0 or > IndicatorDataset.MaxCount || decimal.Truncate(number) != number)
        {
            return false;
        }
        whole = (long)number;
        return true;
    }
}
