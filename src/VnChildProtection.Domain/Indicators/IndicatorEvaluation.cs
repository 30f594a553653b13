using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Every measure of a registry evaluated for one year at every unit of a hierarchy: summed counts, values and
/// statuses against the national targets, as computed by <see cref="IndicatorEngine.Evaluate(IndicatorDataset)"/>.
/// </summary>
/// <remarks>
/// <para>Values equal those of <see cref="IndicatorEngine.Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/> and statuses those of
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

    /// <summary>The year evaluated (of the period's identifier).</summary>
    public int Year { get; internal set; }

    /// <summary>The period evaluated.</summary>
    public Period Period { get; internal set; }

    /// <summary>The part of the disaggregation evaluated.</summary>
    public DisaggregationKey Disaggregation { get; internal set; } = DisaggregationKey.Total;

    internal int[] TimeDivisors { get; set; } = [];

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
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The measure or unit is unknown.</exception>
    public IndicatorStatus GetStatus(MeasureId measure, AdministrativeUnitCode unitCode) =>
        Statuses[Engine.SlotOf(measure, Preconditions.CheckNotNull(unitCode))];

    /// <summary>The status of a measure for the national total (every root of the hierarchy).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The status (<see cref="IndicatorStatus.NoData"/> without a value or a national target).</returns>
    /// <exception cref="KeyNotFoundException">The measure is unknown.</exception>
    public IndicatorStatus GetNationalStatus(MeasureId measure) => Statuses[Engine.SlotOf(measure, null)];

    /// <summary>The value of a measure at a unit, with its summed counts and coverage.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="unitCode">The unit code.</param>
    /// <returns>The value, equal to what <see cref="IndicatorEngine.Rollup(IReadOnlyList{Observation}, MeasureId, Period, DisaggregationKey?)"/> computes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The measure or unit is unknown.</exception>
    public IndicatorValue GetValue(MeasureId measure, AdministrativeUnitCode unitCode) =>
        ValueAt(Engine.SlotOf(measure, Preconditions.CheckNotNull(unitCode)));

    /// <summary>The value of a measure for the national total, with its summed counts and coverage.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The value, equal to <see cref="IndicatorRollup.National"/>.</returns>
    /// <exception cref="KeyNotFoundException">The measure is unknown.</exception>
    public IndicatorValue GetNationalValue(MeasureId measure) => ValueAt(Engine.SlotOf(measure, null));

    private IndicatorValue ValueAt(int slot) => Engine.ValueAt(slot, Period, Disaggregation, TimeDivisors, Numerators[slot], Denominators[slot], Reported[slot]);
}
