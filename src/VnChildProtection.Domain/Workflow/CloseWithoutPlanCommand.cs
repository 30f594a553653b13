using System.Collections.Immutable;
using NodaTime;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.CloseWithoutPlan"/>: closing when the assessment found no plan is needed (art. 26.2, 27.2).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
public sealed record CloseWithoutPlanCommand(CaseId CaseId, Actor Actor, Instant At)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.CloseWithoutPlan"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.CloseWithoutPlan;

    static ImmutableArray<string> IStepCommand.Data => [];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
