using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.ReceiveReport"/>: a report is recorded (form 01) and handed to the commune where it happened (Decree 56/2017/NĐ-CP art. 25.1, 26.1; Law on Children art. 51); it opens a case.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="Source">Where the report came from.</param>
/// <param name="Commune">The commune-level unit where it happened, which will own the case.</param>
public sealed record ReceiveReportCommand(CaseId CaseId, Actor Actor, Instant At, ReportSource Source, AdministrativeUnitCode Commune)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>Where the report came from.</summary>
    public ReportSource Source { get; init; } = Preconditions.CheckNotNull(Source);

    /// <summary>The commune-level unit where it happened, which will own the case.</summary>
    public AdministrativeUnitCode Commune { get; init; } = Preconditions.CheckNotNull(Commune);

    /// <summary>The step: <see cref="WorkflowTrigger.ReceiveReport"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.ReceiveReport;

    static ImmutableArray<string> IStepCommand.Data => ["source: ReportSource", "commune: AdministrativeUnitCode"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;

    /// <inheritdoc />
    /// <inheritdoc />
    private protected override AdministrativeUnitCode? NamedCommune => Commune;

    private protected override string? Problem() => Commune.Level != AdministrativeLevel.Commune ? "A case belongs to a commune-level unit." : null;
}
