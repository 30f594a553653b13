using NodaTime;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Progress;

/// <summary>What a status rule decided for one target: the status, the rule, and the figures it used.</summary>
internal readonly record struct ProgressDecision(
    ProgressStatus Status,
    ProgressRule Rule,
    TargetThreshold? Threshold = null,
    int? Deadline = null,
    TargetBaseline? Baseline = null,
    ProgressTrajectory? Trajectory = null,
    decimal? ExpectedAtObservation = null)
{
    internal static ProgressDecision Undecided(ProgressStatus status, ProgressRule rule, int? deadline = null) => new(status, rule, Deadline: deadline);

    /// <summary>The due date of a deadline year: its last day.</summary>
    internal static LocalDate DueDate(int year) => ProgressData.PeriodEnd(year);
}
