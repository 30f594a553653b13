using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.RequestTransfer"/>: the owning commune asks another commune to take the case (Law on Children art. 52.2).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="ReceivingCommune">The commune-level unit asked to take the case.</param>
public sealed record RequestTransferCommand(CaseId CaseId, Actor Actor, Instant At, AdministrativeUnitCode ReceivingCommune)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The commune-level unit asked to take the case.</summary>
    public AdministrativeUnitCode ReceivingCommune { get; init; } = Preconditions.CheckNotNull(ReceivingCommune);

    /// <summary>The step: <see cref="WorkflowTrigger.RequestTransfer"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.RequestTransfer;

    static ImmutableArray<string> IStepCommand.Data => ["receivingCommune: AdministrativeUnitCode"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;

    /// <inheritdoc />
    /// <inheritdoc />
    private protected override AdministrativeUnitCode? NamedCommune => ReceivingCommune;

    private protected override string? Problem() => ReceivingCommune.Level != AdministrativeLevel.Commune ? "A transfer names a receiving commune-level unit." : null;
}
