using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.AdjustPlan"/>: the chair adjusts the plan in force on the officer's proposal, making a new plan version (art. 29.1.a).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why it is adjusted; no personal data.</param>
public sealed record AdjustPlanCommand(CaseId CaseId, Actor Actor, Instant At, string Reason)
    : CaseCommand(CaseId, Actor, At, Reason), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.AdjustPlan"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.AdjustPlan;

    static ImmutableArray<string> IStepCommand.Data => ["reason: string"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;

    /// <inheritdoc />
    private protected override string? Problem() => RequireReason();
}
