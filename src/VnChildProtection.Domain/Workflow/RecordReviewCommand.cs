using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.RecordReview"/>: the review's finding, form 06 (art. 30.1.a, 30.2).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="Finding">What the review found.</param>
public sealed record RecordReviewCommand(CaseId CaseId, Actor Actor, Instant At, ReviewFinding Finding)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>What the review found.</summary>
    public ReviewFinding Finding { get; init; } = Preconditions.CheckNotNull(Finding);

    /// <summary>The step: <see cref="WorkflowTrigger.RecordReview"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.RecordReview;

    static ImmutableArray<string> IStepCommand.Data => ["finding: ReviewFinding"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
