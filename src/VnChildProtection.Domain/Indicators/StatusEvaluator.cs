using System;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Classifies a value against a target for its year: <see cref="IndicatorStatus.Achieved"/>,
/// <see cref="IndicatorStatus.OnTrack"/>, <see cref="IndicatorStatus.AtRisk"/>, <see cref="IndicatorStatus.OffTrack"/>
/// or <see cref="IndicatorStatus.NoData"/>.
/// </summary>
/// <remarks>
/// <para>Rules, for the milestone the year works towards (threshold <c>T</c> due in year <c>D</c>) and a baseline
/// <c>(Y₀, B)</c> (given, or stated by the target itself):</para>
/// <list type="number">
/// <item>No value, or no threshold (a reduction without its baseline): NoData.</item>
/// <item>The value meets <c>T</c>: Achieved.</item>
/// <item>Expected value <c>E</c> = the straight line from <c>B</c> in <c>Y₀</c> to <c>T</c> in <c>D</c>, at the year
/// (<c>T</c> itself from <c>D</c> on). At or ahead of <c>E</c> before <c>D</c>: OnTrack.</item>
/// <item>Behind <c>E</c> by at most <see cref="AtRiskShare"/> of the planned change <c>|T − B|</c>: AtRisk; further
/// behind: OffTrack. So with the default 0.25 and a plan from 80% to 90%, 2.5 points behind the line is at risk.</item>
/// <item>Without a baseline there is no line: short of <c>T</c> before <c>D</c> is AtRisk, in or after <c>D</c> OffTrack.</item>
/// </list>
/// <para>The status never gets worse as the value improves (each step is a threshold on the value).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class StatusEvaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="atRiskShare">The share of the planned change a value may lag the trajectory and still be at risk
    /// rather than off track; 0 to 1, default 0.25.</param>
    /// <exception cref="ArgumentException"><paramref name="atRiskShare"/> is outside 0–1.</exception>
    public StatusEvaluator(decimal atRiskShare = 0.25m)
    {
        Preconditions.CheckArgument(atRiskShare is >= 0 and <= 1, nameof(atRiskShare), "The share must be between 0 and 1.");
        AtRiskShare = atRiskShare;
    }

    /// <summary>An evaluator with the default tolerance of 0.25.</summary>
    public static StatusEvaluator Default { get; } = new();

    /// <summary>The share of the planned change a value may lag the trajectory and still be <see cref="IndicatorStatus.AtRisk"/>.</summary>
    public decimal AtRiskShare { get; }

    /// <summary>Assesses a computed value against a target.</summary>
    /// <param name="target">The target.</param>
    /// <param name="value">The computed value (its year and coverage are used).</param>
    /// <param name="baseline">The baseline, if known; the target's own stated baseline otherwise.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StatusAssessment Assess(Target target, IndicatorValue value, TargetBaseline? baseline = null)
    {
        Preconditions.CheckNotNull(value);
        return AssessValue(target, value.Year, value.Value, value.Coverage, baseline);
    }

    /// <summary>Assesses a value for a year against a target.</summary>
    /// <param name="target">The target.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="observed">The value, or null when there is none.</param>
    /// <param name="coverage">The coverage to carry on the result.</param>
    /// <param name="baseline">The baseline, if known; the target's own stated baseline otherwise.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public StatusAssessment AssessValue(Target target, int year, decimal? observed, Coverage coverage, TargetBaseline? baseline = null)
    {
        Preconditions.CheckNotNull(target);
        baseline ??= target.StatedBaseline;
        var threshold = target.ThresholdFor(year, baseline);
        var deadline = target.DeadlineFor(year) ?? year;
        if (observed is not { } v || threshold is not { } t)
        {
            return new StatusAssessment(IndicatorStatus.NoData, year, observed, threshold, deadline, null, coverage);
        }
        var expected = Trajectory(baseline, t.Value, year, deadline);
        var status = Classify(v, t, expected, baseline, year, deadline, AtRiskShare);
        return new StatusAssessment(status, year, v, t, deadline, expected, coverage);
    }

    /// <summary>The status of a value against a threshold (rules 2–5 of the class remarks); shared with the engine's fast path so both classify alike.</summary>
    internal static IndicatorStatus Classify(decimal v, TargetThreshold t, decimal? expected, TargetBaseline? baseline, int year, int deadline, decimal atRiskShare)
    {
        if (t.IsMetBy(v))
        {
            return IndicatorStatus.Achieved;
        }
        if (expected is { } e && baseline is { } b)
        {
            var behind = t.Direction == IndicatorDirection.HigherIsBetter ? e - v : v - e;
            return behind <= 0 && year < deadline ? IndicatorStatus.OnTrack
                : behind <= Math.Abs(t.Value - b.Value) * atRiskShare ? IndicatorStatus.AtRisk
                : IndicatorStatus.OffTrack;
        }
        return year < deadline ? IndicatorStatus.AtRisk : IndicatorStatus.OffTrack;
    }

    internal static decimal? Trajectory(TargetBaseline? baseline, decimal target, int year, int deadline)
    {
        if (baseline is not { } b)
        {
            return null;
        }
        if (year >= deadline || deadline <= b.Year)
        {
            return target;
        }
        if (year <= b.Year)
        {
            return b.Value;
        }
        return b.Value + ((target - b.Value) * (year - b.Year) / (deadline - b.Year));
    }
}
