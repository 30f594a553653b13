using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Every measure of a registry evaluated for one year at every unit of a hierarchy: summed counts, values and
/// statuses against the national targets, as computed by <see cref="IndicatorEngine.Evaluate(IndicatorDataset)"/>.
/// </summary>
/// <remarks>
/// <para>Values equal those of <see cref="IndicatorEngine.Rollup"/> and statuses those of
/// <see cref="StatusEvaluator.Assess"/> with each target's stated baseline; values are built on request.</para>
/// <para>An evaluation can be passed back to <see cref="IndicatorEngine.Evaluate(IndicatorDataset, StatusEvaluator, IndicatorEvaluation?)"/>
/// to be overwritten, so repeated evaluations allocate nothing. Reading it is thread-safe; reading while it is being
/// overwritten is not.</para>
/// </remarks>
public sealed class IndicatorEvaluation
{
    internal IndicatorEvaluation(IndicatorEngine engine, int size)
    {
        Engine = engine;
        Numerators = new long[size];
        Denominators = new long[size];
        Reported = new int[size];
        Statuses = new IndicatorStatus[size];
    }

    /// <summary>The engine (hierarchy and registry) that produced the evaluation.</summary>
    public IndicatorEngine Engine { get; }

    /// <summary>The year evaluated.</summary>
    public int Year { get; internal set; }

    /// <summary>Observations of the dataset that could not be used (see <see cref="IndicatorDataset.RejectedObservations"/>).</summary>
    public int RejectedObservations { get; internal set; }

    internal long[] Numerators { get; }

    internal long[] Denominators { get; }

    internal int[] Reported { get; }

    internal IndicatorStatus[] Statuses { get; }

    internal StatusEvaluator? RulesEvaluator { get; set; }

    internal int RulesYear { get; set; }

    internal StatusRule[]? Rules { get; set; }

    /// <summary>The status of a measure at a unit.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The status (<see cref="IndicatorStatus.NoData"/> without a value or a national target).</returns>
    /// <exception cref="KeyNotFoundException">The measure or unit is unknown.</exception>
    public IndicatorStatus GetStatus(MeasureId measure, string unitCode) => Statuses[Engine.SlotOf(measure, unitCode)];

    /// <summary>The value of a measure at a unit, with its summed counts and coverage.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The value, equal to what <see cref="IndicatorEngine.Rollup"/> computes.</returns>
    /// <exception cref="KeyNotFoundException">The measure or unit is unknown.</exception>
    public IndicatorValue GetValue(MeasureId measure, string unitCode)
    {
        Preconditions.CheckNotNull(unitCode);
        var slot = Engine.SlotOf(measure, unitCode);
        var definition = Engine.Registry.GetMeasure(measure);
        var unit = slot % Engine.UnitCount;
        var coverage = new Coverage(Reported[slot], Engine.LeafCount(unit));
        var sumsCounts = definition.Rollup == RollupPolicy.SumNumeratorsAndDenominators;
        return new IndicatorValue(
            unitCode, Year, measure, sumsCounts ? Numerators[slot] : null, sumsCounts ? Denominators[slot] : null,
            IndicatorEngine.IsPresent(Engine.MissingValues, coverage.Reported, coverage.Expected) ? Engine.ExactValue(definition, Numerators[slot], Denominators[slot], coverage) : null, coverage);
    }
}
