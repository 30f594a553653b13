using System.Collections.Immutable;
using NodaTime;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.Replan"/>: planning again after the review (art. 30.1.c).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
public sealed record ReplanCommand(CaseId CaseId, Actor Actor, Instant At)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.Replan"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.Replan;

    static ImmutableArray<string> IStepCommand.Data => [];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
