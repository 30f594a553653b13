namespace VnChildProtection.Domain.Progress;

/// <summary>
/// The rule that decided a <see cref="TargetProgress"/>'s status, so a report can say why (docs/progress.md lists each
/// with a worked example).
/// </summary>
public enum ProgressRule
{
    /// <summary>No observation for the target's measure and unit in any period that began by the evaluation date.</summary>
    NoObservation = 1,

    /// <summary>The target is stated against a baseline year (relative or yearly reduction) that has no value.</summary>
    NoBaselineValue = 2,

    /// <summary>The deadline has passed, the value does not meet the target and no value covers the deadline year.</summary>
    NoValueForDeadline = 3,

    /// <summary>The target's period (a yearly reduction "from year X") has not begun on the evaluation date.</summary>
    PeriodNotStarted = 4,

    /// <summary>The value meets the threshold of the milestone that applies.</summary>
    ThresholdMet = 5,

    /// <summary>The value for the deadline year (or later) does not meet the threshold and the deadline has passed.</summary>
    MissedAtDeadline = 6,

    /// <summary>The value is at or ahead of the trajectory where it was measured.</summary>
    AheadOfTrajectory = 7,

    /// <summary>The value is behind the trajectory by no more than the tolerated share of the baseline-to-target distance.</summary>
    BehindWithinTolerance = 8,

    /// <summary>The value is behind the trajectory by more than the tolerated share of the baseline-to-target distance.</summary>
    BehindBeyondTolerance = 9,

    /// <summary>The value does not meet the target, the deadline has not come, and without a baseline there is no trajectory.</summary>
    NoTrajectoryBeforeDeadline = 10,
}
