using System.Collections.Immutable;
using NodaTime;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.ApprovePlan"/>: the chair approves the plan version submitted (art. 28.4).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="PlanVersion">The plan version approved: the one submitted.</param>
public sealed record ApprovePlanCommand(CaseId CaseId, Actor Actor, Instant At, int PlanVersion)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.ApprovePlan"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.ApprovePlan;

    static ImmutableArray<string> IStepCommand.Data => ["planVersion: int"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
