using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// Puts a plan's own targets and its data together: for every measurable target, the latest value by the evaluation
/// date for the chosen unit, the trajectory, the status and its rule; then the roll-ups per agency and per objective.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class PlanProgress
{
    /// <summary>The default share of the baseline-to-target distance a value may lag the trajectory and be "at risk" (the same as <see cref="Indicators.StatusEvaluator"/>'s).</summary>
    public const decimal DefaultAtRiskShare = 0.25m;

    /// <summary>Assesses a plan's progress.</summary>
    /// <param name="plan">The plan, as imported.</param>
    /// <param name="measures">The plan's measure map (<see cref="PlanMeasureMap.For"/>); the data's engine must use its registry.</param>
    /// <param name="data">The compiled observations.</param>
    /// <param name="asOf">The evaluation date: periods that began after it are ignored.</param>
    /// <param name="unit">The unit to report on; <see langword="null"/> for the total of every unit in the data.</param>
    /// <param name="atRiskShare">The tolerated lag behind the trajectory, as a share of the baseline-to-target distance (0 to 1).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException"><paramref name="atRiskShare"/> is outside 0–1.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="unit"/> is not in the data's hierarchy, or a measure of the map is unknown to the engine.</exception>
    public static ProgressReport Assess(
        PlanDocument plan, PlanMeasureMap measures, ProgressData data, LocalDate asOf, AdministrativeUnitCode? unit = null, decimal atRiskShare = DefaultAtRiskShare)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(measures);
        Preconditions.CheckNotNull(data);
        Preconditions.CheckArgument(atRiskShare is >= 0 and <= 1, nameof(atRiskShare), "The share must be between 0 and 1.");
        var planYear = plan.Header.IssueDate?.Year ?? plan.Header.IssueYear ?? asOf.Year;
        var (lead, support) = Responsibilities(plan);
        var targets = new List<TargetProgress>();
        var qualitative = 0;
        foreach (var indicator in plan.Indicators)
        {
            for (var t = 0; t < indicator.Targets.Count; t++)
            {
                var planTarget = indicator.Targets[t];
                if (planTarget.Target is not { } target || !measures.TryGetMeasure(indicator.Number, t, out var measure))
                {
                    qualitative++;
                    continue;
                }
                var series = data.Series(measure, unit, asOf);
                var points = series.Select(s => s.Point).ToArray();
                var decision = ProgressRules.Decide(target, planYear, points, asOf, atRiskShare);
                targets.Add(new TargetProgress
                {
                    IndicatorNumber = indicator.Number,
                    Objective = indicator.Objective,
                    IndicatorText = indicator.Text,
                    TargetText = planTarget.Text,
                    Target = target,
                    Measure = measure,
                    IsNationalMeasure = measure.Indicator.Value < PlanMeasureMap.OwnIndicatorOffset,
                    Unit = measures.Registry.GetMeasure(measure).Unit,
                    Deadline = decision.Deadline,
                    Threshold = decision.Threshold,
                    Baseline = decision.Baseline,
                    Observed = points.Length == 0 ? null : points[^1],
                    Coverage = series.Count == 0 ? null : series[^1].Coverage,
                    Expected = decision.Trajectory?.ValueAt(asOf),
                    ExpectedAtObservation = decision.ExpectedAtObservation,
                    Trajectory = decision.Trajectory,
                    Series = points.ToValueList(),
                    Status = decision.Status,
                    Rule = decision.Rule,
                    LeadAgencies = Names(lead, indicator.Number),
                    SupportingAgencies = Names(support, indicator.Number),
                    Source = planTarget.Source,
                });
            }
        }
        return new ProgressReport
        {
            Plan = plan.Header,
            AsOf = asOf,
            Unit = unit,
            AtRiskShare = atRiskShare,
            Targets = targets.ToValueList(),
            Agencies = Agencies(plan, targets),
            Objectives = plan.Objectives
                .Select(o => new ObjectiveProgress { Number = o.Number, Title = o.Title, Targets = targets.Where(t => t.Objective == o.Number).ToValueList() })
                .ToValueList(),
            QualitativeTargets = qualitative,
        };
    }

    private static (Dictionary<int, List<string>> Lead, Dictionary<int, List<string>> Support) Responsibilities(PlanDocument plan)
    {
        var lead = new Dictionary<int, List<string>>();
        var support = new Dictionary<int, List<string>>();
        foreach (var responsibility in plan.Responsibilities)
        {
            var into = responsibility.Role == ResponsibilityRole.Lead ? lead : support;
            foreach (var number in responsibility.Indicators)
            {
                if (!into.TryGetValue(number, out var names))
                {
                    into[number] = names = [];
                }
                if (!names.Contains(responsibility.Agency, StringComparer.Ordinal))
                {
                    names.Add(responsibility.Agency);
                }
            }
        }
        return (lead, support);
    }

    private static ValueList<string> Names(Dictionary<int, List<string>> byIndicator, int number) =>
        byIndicator.TryGetValue(number, out var names) ? names.ToValueList() : ValueList<string>.Empty;

    private static ValueList<AgencyProgress> Agencies(PlanDocument plan, List<TargetProgress> targets)
    {
        // One entry per agency (by registry id when resolved, else by name), in the order the plan first names it.
        var order = new List<string>();
        var byKey = new Dictionary<string, (string Name, string? Id, HashSet<int> Lead, HashSet<int> Support)>(StringComparer.Ordinal);
        foreach (var responsibility in plan.Responsibilities)
        {
            if (responsibility.Indicators.Count == 0)
            {
                continue;
            }
            var key = responsibility.AgencyId ?? responsibility.Agency;
            if (!byKey.TryGetValue(key, out var entry))
            {
                byKey[key] = entry = (responsibility.Agency, responsibility.AgencyId, [], []);
                order.Add(key);
            }
            (responsibility.Role == ResponsibilityRole.Lead ? entry.Lead : entry.Support).UnionWith(responsibility.Indicators);
        }
        return order.Select(key =>
        {
            var (name, id, led, supported) = byKey[key];
            return new AgencyProgress
            {
                Agency = name,
                AgencyId = id,
                Leads = targets.Where(t => led.Contains(t.IndicatorNumber)).ToValueList(),
                Supports = targets.Where(t => supported.Contains(t.IndicatorNumber) && !led.Contains(t.IndicatorNumber)).ToValueList(),
            };
        }).ToValueList();
    }
}
