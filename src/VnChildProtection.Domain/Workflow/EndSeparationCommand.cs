using System.Collections.Immutable;
using NodaTime;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.EndSeparation"/>: the separation ends when the family is assessed safe (art. 32.3).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
public sealed record EndSeparationCommand(CaseId CaseId, Actor Actor, Instant At)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.EndSeparation"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.EndSeparation;

    static ImmutableArray<string> IStepCommand.Data => [];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
