using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// One target of a plan on the evaluation date: what it asks, the value the data gives, where the value should be on
/// the trajectory, the status with the rule that decided it, and who leads and supports it.
/// </summary>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record TargetProgress
{
    /// <summary>The plan indicator's number (the "1." of the plan's list of indicators).</summary>
    public required int IndicatorNumber { get; init; }

    /// <summary>The plan objective the indicator belongs to, when the plan groups indicators under objectives.</summary>
    public int? Objective { get; init; }

    /// <summary>The plan indicator's text as written.</summary>
    public required string IndicatorText { get; init; }

    /// <summary>The target's words in the plan.</summary>
    public required string TargetText { get; init; }

    /// <summary>The target's shape, as parsed.</summary>
    public required Target Target { get; init; }

    /// <summary>
    /// The measure whose data the target is read against: a national measure (CT3.a) when the plan names one, else the
    /// plan's own measure (see <see cref="PlanMeasureMap"/>).
    /// </summary>
    public required MeasureId Measure { get; init; }

    /// <summary>Whether <see cref="Measure"/> is a measure of the national catalogue (not the plan's own).</summary>
    public required bool IsNationalMeasure { get; init; }

    /// <summary>The unit values are expressed in.</summary>
    public required IndicatorUnit Unit { get; init; }

    /// <summary>The year by which the applicable milestone is due (its 31 December is the due date), when one is known.</summary>
    public int? Deadline { get; init; }

    /// <summary>The threshold the value is compared with, when the rule could compute one.</summary>
    public TargetThreshold? Threshold { get; init; }

    /// <summary>The baseline: stated by the target, or the value the data gives for the baseline year.</summary>
    public TargetBaseline? Baseline { get; init; }

    /// <summary>The latest value by the evaluation date, dated at the end of the period it measures.</summary>
    public ProgressPoint? Observed { get; init; }

    /// <summary>How many of the units below the evaluated unit reported the latest value.</summary>
    public Coverage? Coverage { get; init; }

    /// <summary>The expected value on the trajectory on the evaluation date.</summary>
    public decimal? Expected { get; init; }

    /// <summary>The expected value on the trajectory on the date of <see cref="Observed"/>: what the status compares with.</summary>
    public decimal? ExpectedAtObservation { get; init; }

    /// <summary>The trajectory from baseline (or first milestone) to the final target, when one is known.</summary>
    public ProgressTrajectory? Trajectory { get; init; }

    /// <summary>Every value by the evaluation date, oldest first: the points of the report's chart.</summary>
    public ValueList<ProgressPoint> Series { get; init; } = ValueList<ProgressPoint>.Empty;

    /// <summary>The status.</summary>
    public required ProgressStatus Status { get; init; }

    /// <summary>The rule that decided <see cref="Status"/>.</summary>
    public required ProgressRule Rule { get; init; }

    /// <summary>The agencies the plan names to lead the indicator (chủ trì).</summary>
    public ValueList<string> LeadAgencies { get; init; } = ValueList<string>.Empty;

    /// <summary>The agencies the plan names to support it (phối hợp, góp phần).</summary>
    public ValueList<string> SupportingAgencies { get; init; } = ValueList<string>.Empty;

    /// <summary>Where the target is written in the plan.</summary>
    public SourceSpan? Source { get; init; }
}
