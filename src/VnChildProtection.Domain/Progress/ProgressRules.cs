using System;
using System.Collections.Generic;
using NodaTime;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// The status rule of every target shape (docs/progress.md has the worked examples). Each shape only says which
/// threshold, deadline, baseline and trajectory apply to the latest value; one classification then decides:
/// the threshold met → met; else the deadline passed → off track when the value covers the deadline year, no data when
/// it does not; else the trajectory → on track at or ahead of it, at risk behind it by at most the tolerated share of the
/// baseline-to-target distance, off track beyond; no trajectory → not yet due.
/// </summary>
internal static class ProgressRules
{
    /// <param name="target">The target.</param>
    /// <param name="planYear">The plan's year: the deadline of a target without one, and the start of its baseline search.</param>
    /// <param name="series">Values (dated at the end of their yearly period) of periods begun by the evaluation date, oldest first.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="atRiskShare">The tolerated share of the baseline-to-target distance.</param>
    internal static ProgressDecision Decide(Target target, int planYear, IReadOnlyList<ProgressPoint> series, LocalDate asOf, decimal atRiskShare)
    {
        // A yearly reduction "from 2025" is not due before its period starts, whatever the data says.
        if (target is AnnualReductionTarget { FromYear: { } from } && asOf.Year < from)
        {
            return ProgressDecision.Undecided(ProgressStatus.NotYetDue, ProgressRule.PeriodNotStarted, from);
        }
        if (series.Count == 0)
        {
            return ProgressDecision.Undecided(ProgressStatus.NoData, ProgressRule.NoObservation, DeadlineOf(target, planYear, asOf.Year));
        }
        var latest = series[^1];
        var year = latest.Date.Year;
        return target switch
        {
            AnnualReductionTarget annual => Annual(annual, series, latest, asOf, atRiskShare),
            RelativeReductionTarget relative => Relative(relative, planYear, series, latest, asOf, atRiskShare),
            CountFractionTarget fraction => Classify(
                latest, fraction.ThresholdFor(year)!.Value, fraction.TargetYear, fraction.StatedBaseline,
                Line(fraction.StatedBaseline!.Value, fraction.ThresholdFor(year)!.Value.Value, fraction.TargetYear), asOf, atRiskShare),
            ThresholdTarget threshold => Threshold(threshold, planYear, series, latest, asOf, atRiskShare),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.GetType().Name, "A target shape without a progress rule."),
        };
    }

    /// <summary>
    /// A threshold with milestones: the milestone due in or after the value's year applies (a target with no year is
    /// due in the plan's year); the baseline is the latest value before the plan's year; the trajectory runs through
    /// the baseline and every milestone.
    /// </summary>
    private static ProgressDecision Threshold(ThresholdTarget target, int planYear, IReadOnlyList<ProgressPoint> series, ProgressPoint latest, LocalDate asOf, decimal share)
    {
        var milestone = target.MilestoneFor(latest.Date.Year);
        var deadline = milestone.Year ?? planYear;
        TargetBaseline? baseline = null;
        foreach (var point in series)
        {
            if (point.Date.Year < planYear)
            {
                baseline = new TargetBaseline(point.Date.Year, point.Value);
            }
        }
        var points = new List<ProgressPoint>();
        if (baseline is { } b)
        {
            points.Add(new ProgressPoint(ProgressDecision.DueDate(b.Year), b.Value));
        }
        foreach (var m in target.Milestones)
        {
            var due = ProgressDecision.DueDate(m.Year ?? planYear);
            if (points.Count == 0 || due > points[^1].Date)
            {
                points.Add(new ProgressPoint(due, m.Value));
            }
        }
        return Classify(latest, milestone.Threshold, deadline, baseline, new ProgressTrajectory(points.ToValueList()), asOf, share);
    }

    /// <summary>
    /// A yearly reduction: each year's value against the year before, reduced by the smaller rate; the deadline is the
    /// value's own year. Without the year before, there is nothing to measure the reduction from.
    /// </summary>
    private static ProgressDecision Annual(AnnualReductionTarget target, IReadOnlyList<ProgressPoint> series, ProgressPoint latest, LocalDate asOf, decimal share)
    {
        var year = latest.Date.Year;
        if (series.Count < 2 || series[^2].Date.Year != year - 1)
        {
            return ProgressDecision.Undecided(ProgressStatus.NoData, ProgressRule.NoBaselineValue, year);
        }
        var baseline = new TargetBaseline(year - 1, series[^2].Value);
        var threshold = target.ThresholdFor(year, baseline)!.Value;
        return Classify(latest, threshold, year, baseline, Line(baseline, threshold.Value, year), asOf, share);
    }

    /// <summary>A reduction against a named year: that year's value is the baseline; due in the target year, else the plan's year.</summary>
    private static ProgressDecision Relative(RelativeReductionTarget target, int planYear, IReadOnlyList<ProgressPoint> series, ProgressPoint latest, LocalDate asOf, decimal share)
    {
        var deadline = target.TargetYear ?? Math.Max(planYear, target.BaselineYear + 1);
        foreach (var point in series)
        {
            if (point.Date.Year == target.BaselineYear)
            {
                var baseline = new TargetBaseline(target.BaselineYear, point.Value);
                var threshold = target.ThresholdFor(deadline, baseline)!.Value;
                return Classify(latest, threshold, deadline, baseline, Line(baseline, threshold.Value, deadline), asOf, share);
            }
        }
        return ProgressDecision.Undecided(ProgressStatus.NoData, ProgressRule.NoBaselineValue, deadline);
    }

    private static ProgressTrajectory Line(TargetBaseline baseline, decimal target, int deadline) =>
        deadline > baseline.Year
            ? new ProgressTrajectory(ValueList.Of(new ProgressPoint(ProgressDecision.DueDate(baseline.Year), baseline.Value), new ProgressPoint(ProgressDecision.DueDate(deadline), target)))
            : new ProgressTrajectory(ValueList.Of(new ProgressPoint(ProgressDecision.DueDate(deadline), target)));

    /// <summary>The one classification every shape ends in (see the class remarks).</summary>
    internal static ProgressDecision Classify(
        ProgressPoint latest, TargetThreshold threshold, int deadline, TargetBaseline? baseline, ProgressTrajectory trajectory, LocalDate asOf, decimal share)
    {
        var v = latest.Value;
        var reference = latest.Date < asOf ? latest.Date : asOf;
        var usable = trajectory.Points.Count >= 2 && reference >= trajectory.Start.Date;
        decimal? expected = usable ? trajectory.ValueAt(reference) : null;
        var decision = new ProgressDecision(ProgressStatus.Met, ProgressRule.ThresholdMet, threshold, deadline, baseline, trajectory.Points.Count >= 2 ? trajectory : null, expected);
        if (threshold.IsMetBy(v))
        {
            return decision;
        }
        if (asOf >= ProgressDecision.DueDate(deadline))
        {
            return latest.Date.Year >= deadline
                ? decision with { Status = ProgressStatus.OffTrack, Rule = ProgressRule.MissedAtDeadline }
                : decision with { Status = ProgressStatus.NoData, Rule = ProgressRule.NoValueForDeadline };
        }
        if (expected is not { } e)
        {
            return decision with { Status = ProgressStatus.NotYetDue, Rule = ProgressRule.NoTrajectoryBeforeDeadline };
        }
        var behind = threshold.Direction == IndicatorDirection.HigherIsBetter ? e - v : v - e;
        return behind <= 0 ? decision with { Status = ProgressStatus.OnTrack, Rule = ProgressRule.AheadOfTrajectory }
            : behind <= Math.Abs(threshold.Value - trajectory.Start.Value) * share ? decision with { Status = ProgressStatus.AtRisk, Rule = ProgressRule.BehindWithinTolerance }
            : decision with { Status = ProgressStatus.OffTrack, Rule = ProgressRule.BehindBeyondTolerance };
    }

    /// <summary>The deadline reported when there is no value: the one the target states for the evaluation year.</summary>
    private static int? DeadlineOf(Target target, int planYear, int year) => target switch
    {
        ThresholdTarget threshold => threshold.MilestoneFor(year).Year ?? planYear,
        RelativeReductionTarget relative => relative.TargetYear ?? Math.Max(planYear, relative.BaselineYear + 1),
        _ => target.DeadlineFor(year),
    };
}
