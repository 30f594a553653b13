using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.RefuseTransfer"/>: the receiving commune refuses a requested transfer; ownership stays (Law on Children art. 52.2).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why it is refused; no personal data.</param>
public sealed record RefuseTransferCommand(CaseId CaseId, Actor Actor, Instant At, string Reason)
    : CaseCommand(CaseId, Actor, At, Reason), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.RefuseTransfer"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.RefuseTransfer;

    static ImmutableArray<string> IStepCommand.Data => ["reason: string"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;

    /// <inheritdoc />
    private protected override string? Problem() => RequireReason();
}
