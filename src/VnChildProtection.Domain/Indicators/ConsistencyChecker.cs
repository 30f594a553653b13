using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Checks targets and values for contradictions: percentages within 0–100, targets in the measure's unit and
/// direction, milestones that move in that direction, neonatal ≤ infant ≤ under-5 mortality, and provincial
/// targets weaker than the national ones for the same year (a warning).
/// </summary>
/// <remarks>
/// <para>Neonatal deaths are a subset of infant (under-1) deaths, which are a subset of under-5 deaths, and all three
/// rates share the live-birth denominator, so their targets and values must be ordered. Seed 002 (An Giang 2024)
/// sets neonatal <c>dưới 9,5</c> and under-1 <c>dưới 8,5</c>: an error.</para>
/// <para>Comparisons use milestone values only: <c>dưới 2%</c> and <c>không quá 2%</c> count as equally ambitious.
/// A provincial milestone is compared with a national one due in exactly the same year; a yearless milestone takes
/// the plan year when one is given.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ConsistencyChecker
{
    private static readonly MeasureId[] MortalityOrder = [new(3, 'a'), new(3, 'b'), new(3, 'c')];

    private readonly IndicatorRegistry _registry;

    /// <summary>Creates a checker.</summary>
    /// <param name="registry">The measures and national targets; <see cref="IndicatorRegistry.Default"/> when null.</param>
    public ConsistencyChecker(IndicatorRegistry? registry = null) => _registry = registry ?? IndicatorRegistry.Default;

    /// <summary>A checker over the shipped catalogue.</summary>
    public static ConsistencyChecker Default { get; } = new();

    /// <summary>
    /// Checks reported totals against their parts: a total (or a partial key such as <c>sex=female</c> of a sex × age
    /// measure) reported by a unit for a period must equal the sum of the disaggregated cells it covers, when the unit
    /// reported any.
    /// </summary>
    /// <param name="observations">The observations.</param>
    /// <returns>One <see cref="IndicatorErrorCodes.TotalMismatch"/> error per contradicting total, in input order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="observations"/> is null.</exception>
    public IReadOnlyList<ConsistencyIssue> CheckTotals(IReadOnlyList<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        var issues = new List<ConsistencyIssue>();
        foreach (var mismatch in TotalCheck.Find(observations, _registry))
        {
            var total = observations[mismatch.Index];
            issues.Add(new(IndicatorErrorCodes.TotalMismatch, ConsistencySeverity.Error, total.Measure, total.Year, total.UnitCode,
                string.Create(CultureInfo.InvariantCulture,
                    $"The reported {total.Disaggregation} of {total.Period}, {mismatch.Reported}, differs from the sum of its {mismatch.Parts} part(s), {mismatch.PartsSum}.")));
        }
        return issues;
    }

    /// <summary>Checks a plan's targets.</summary>
    /// <param name="targets">The targets by measure.</param>
    /// <param name="planYear">The plan's year, which dates milestones stated without a year; null to leave them undated.</param>
    /// <returns>The issues, in measure order; empty when consistent.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="targets"/> is null.</exception>
    public IReadOnlyList<ConsistencyIssue> CheckTargets(IReadOnlyDictionary<MeasureId, Target> targets, int? planYear = null)
    {
        Preconditions.CheckNotNull(targets);
        var issues = new List<ConsistencyIssue>();
        var ids = new List<MeasureId>(targets.Keys);
        ids.Sort();
        foreach (var id in ids)
        {
            var target = targets[id];
            if (!_registry.TryGetMeasure(id, out var measure) || target is null)
            {
                continue;
            }
            if (target.Direction != measure.Direction)
            {
                issues.Add(new(IndicatorErrorCodes.TargetDirection, ConsistencySeverity.Error, id, null, null,
                    $"The target asks {Describe(target.Direction)} values but {measure.EnglishName} improves with {Describe(measure.Direction)} ones."));
            }
            if (target is not ThresholdTarget threshold)
            {
                continue;
            }
            if (threshold.Unit != measure.Unit)
            {
                issues.Add(new(IndicatorErrorCodes.UnitMismatch, ConsistencySeverity.Error, id, null, null,
                    $"The target is in {threshold.Unit.EnglishName} but the measure in {measure.Unit.EnglishName}."));
            }
            Milestone? previous = null;
            foreach (var milestone in threshold.Milestones)
            {
                var year = milestone.Year ?? planYear;
                if (threshold.Unit == IndicatorUnit.Percent && milestone.Value > 100)
                {
                    issues.Add(new(IndicatorErrorCodes.PercentRange, ConsistencySeverity.Error, id, year, null, "A percentage target cannot exceed 100%."));
                }
                if (previous is not null && Worse(measure.Direction, milestone.Value, previous.Value))
                {
                    issues.Add(new(IndicatorErrorCodes.MilestoneDirection, ConsistencySeverity.Error, id, year, null,
                        "A later milestone is less ambitious than an earlier one."));
                }
                if (year is { } y && measure.NationalTarget is ThresholdTarget national && national.Unit == threshold.Unit
                    && national.MilestoneIn(y) is { Year: not null } nationalMilestone && Worse(measure.Direction, milestone.Value, nationalMilestone.Value))
                {
                    issues.Add(new(IndicatorErrorCodes.WeakerThanNational, ConsistencySeverity.Warning, id, y, null, string.Create(CultureInfo.InvariantCulture,
                        $"The target {milestone.Value} is weaker than the national {nationalMilestone.Value} for {y}.")));
                }
                previous = milestone;
            }
        }
        CheckMortalityTargets(targets, planYear, issues);
        return issues;
    }

    /// <summary>Checks computed or reported values: percentages within 0–100 and the mortality order per unit and year.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The issues; empty when consistent.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="values"/> is null.</exception>
    public IReadOnlyList<ConsistencyIssue> CheckValues(IEnumerable<IndicatorValue> values)
    {
        Preconditions.CheckNotNull(values);
        var issues = new List<ConsistencyIssue>();
        var mortality = new Dictionary<(AdministrativeUnitCode? Unit, int Year), decimal?[]>();
        foreach (var value in values)
        {
            if (value?.Value is not { } v || !_registry.TryGetMeasure(value.Measure, out var measure))
            {
                continue;
            }
            if (measure.Unit == IndicatorUnit.Percent && v > 100)
            {
                issues.Add(new(IndicatorErrorCodes.PercentRange, ConsistencySeverity.Error, value.Measure, value.Year, value.UnitCode, "A percentage cannot exceed 100%."));
            }
            var rank = System.Array.IndexOf(MortalityOrder, value.Measure);
            if (rank >= 0)
            {
                if (!mortality.TryGetValue((value.UnitCode, value.Year), out var rates))
                {
                    mortality[(value.UnitCode, value.Year)] = rates = new decimal?[MortalityOrder.Length];
                }
                rates[rank] = v;
            }
        }
        foreach (var ((unit, year), rates) in mortality)
        {
            AddMortalityIssues(rates, year, unit, issues);
        }
        return issues;
    }

    private static void CheckMortalityTargets(IReadOnlyDictionary<MeasureId, Target> targets, int? planYear, List<ConsistencyIssue> issues)
    {
        var byYear = new SortedDictionary<int, decimal?[]>();
        var undated = new decimal?[MortalityOrder.Length];
        for (var rank = 0; rank < MortalityOrder.Length; rank++)
        {
            if (!targets.TryGetValue(MortalityOrder[rank], out var target) || target is not ThresholdTarget threshold)
            {
                continue;
            }
            foreach (var milestone in threshold.Milestones)
            {
                var rates = undated;
                if ((milestone.Year ?? planYear) is { } year && !byYear.TryGetValue(year, out rates))
                {
                    byYear[year] = rates = new decimal?[MortalityOrder.Length];
                }
                rates[rank] = milestone.Value;
            }
        }
        AddMortalityIssues(undated, null, null, issues);
        foreach (var (year, rates) in byYear)
        {
            AddMortalityIssues(rates, year, null, issues);
        }
    }

    private static void AddMortalityIssues(decimal?[] rates, int? year, AdministrativeUnitCode? unit, List<ConsistencyIssue> issues)
    {
        for (var i = 0; i < rates.Length; i++)
        {
            for (var j = i + 1; j < rates.Length; j++)
            {
                if (rates[i] is { } smaller && rates[j] is { } larger && smaller > larger)
                {
                    issues.Add(new(IndicatorErrorCodes.MortalityOrder, ConsistencySeverity.Error, MortalityOrder[i], year, unit, string.Create(CultureInfo.InvariantCulture,
                        $"{MortalityOrder[i]} ({smaller}) exceeds {MortalityOrder[j]} ({larger}); neonatal ≤ infant ≤ under-5 deaths on the same live births.")));
                }
            }
        }
    }

    private static bool Worse(IndicatorDirection direction, decimal candidate, decimal reference) =>
        direction == IndicatorDirection.HigherIsBetter ? candidate < reference : candidate > reference;

    private static string Describe(IndicatorDirection direction) => direction == IndicatorDirection.HigherIsBetter ? "higher" : "lower";

}
