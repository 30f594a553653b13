using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.AssessInitialRisk"/>: the initial risk and harm assessment, form 02 (art. 26.2).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="Risk">The risk and harm level found.</param>
public sealed record AssessInitialRiskCommand(CaseId CaseId, Actor Actor, Instant At, RiskLevel Risk)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The risk and harm level found.</summary>
    public RiskLevel Risk { get; init; } = Preconditions.CheckNotNull(Risk);

    /// <summary>The step: <see cref="WorkflowTrigger.AssessInitialRisk"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.AssessInitialRisk;

    static ImmutableArray<string> IStepCommand.Data => ["risk: RiskLevel"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
