using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.ReturnPlan"/>: the chair returns the plan version submitted for redrafting (art. 28.4).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="PlanVersion">The plan version returned: the one submitted.</param>
/// <param name="Reason">Why it is returned; no personal data.</param>
public sealed record ReturnPlanCommand(CaseId CaseId, Actor Actor, Instant At, int PlanVersion, string Reason)
    : CaseCommand(CaseId, Actor, At, Reason), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.ReturnPlan"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.ReturnPlan;

    static ImmutableArray<string> IStepCommand.Data => ["planVersion: int", "reason: string"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;

    /// <inheritdoc />
    private protected override string? Problem() => RequireReason();
}
