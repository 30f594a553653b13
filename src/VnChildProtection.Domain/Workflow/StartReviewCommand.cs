using System.Collections.Immutable;
using NodaTime;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.StartReview"/>: the review after implementation starts (art. 30.1).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
public sealed record StartReviewCommand(CaseId CaseId, Actor Actor, Instant At)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.StartReview"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.StartReview;

    static ImmutableArray<string> IStepCommand.Data => [];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
