using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.SeparateTemporarily"/>: temporary separation and alternative care, form 07 (art. 32.2).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="Reason">The legal ground of the separation; no personal data.</param>
public sealed record SeparateTemporarilyCommand(CaseId CaseId, Actor Actor, Instant At, string Reason)
    : CaseCommand(CaseId, Actor, At, Reason), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.SeparateTemporarily"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.SeparateTemporarily;

    static ImmutableArray<string> IStepCommand.Data => ["reason: string"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;

    /// <inheritdoc />
    private protected override string? Problem() => RequireReason();
}
