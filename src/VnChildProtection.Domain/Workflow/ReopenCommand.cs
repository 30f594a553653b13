using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.Reopen"/>: a new report about a closed case starts a new cycle (art. 25.1, 26.1; Law on Children art. 51).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="Source">Where the new report came from.</param>
public sealed record ReopenCommand(CaseId CaseId, Actor Actor, Instant At, ReportSource Source)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>Where the new report came from.</summary>
    public ReportSource Source { get; init; } = Preconditions.CheckNotNull(Source);

    /// <summary>The step: <see cref="WorkflowTrigger.Reopen"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.Reopen;

    static ImmutableArray<string> IStepCommand.Data => ["source: ReportSource"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
