using System.Collections.Immutable;
using NodaTime;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.AcceptTransfer"/>: the receiving commune accepts a requested transfer; ownership moves (Law on Children art. 52.2).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
public sealed record AcceptTransferCommand(CaseId CaseId, Actor Actor, Instant At)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.AcceptTransfer"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.AcceptTransfer;

    static ImmutableArray<string> IStepCommand.Data => [];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
