using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A request to take one step on a case: the trigger, the case, who acts and when, and the data the step records
/// (the report source, a risk level, a plan version, a reason...).
/// </summary>
/// <remarks>
/// <para>Which data each trigger needs: <see cref="WorkflowTrigger.ReceiveReport"/> a <see cref="Source"/> and the
/// <see cref="Commune"/> where it happened; <see cref="WorkflowTrigger.Reopen"/> a <see cref="Source"/>;
/// <see cref="WorkflowTrigger.AssessInitialRisk"/> a <see cref="Risk"/>; <see cref="WorkflowTrigger.RecordDetailedAssessment"/>
/// <see cref="NeedsPlan"/>; <see cref="WorkflowTrigger.ApprovePlan"/> a <see cref="PlanVersion"/>;
/// <see cref="WorkflowTrigger.ReturnPlan"/> a plan version and a <see cref="Reason"/>; <see cref="WorkflowTrigger.AdjustPlan"/>,
/// <see cref="WorkflowTrigger.SeparateTemporarily"/> and <see cref="WorkflowTrigger.RefuseTransfer"/> a reason;
/// <see cref="WorkflowTrigger.RecordReview"/> a <see cref="Finding"/>; <see cref="WorkflowTrigger.RequestTransfer"/> the
/// receiving <see cref="Commune"/>. A missing item is a <see cref="TransitionErrorKind.InvalidCommand"/> error.</para>
/// <para>A <see cref="Reason"/> is kept in the history: write the legal ground, never a name or other personal data.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Trigger">The step.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
public sealed record CaseCommand(WorkflowTrigger Trigger, CaseId CaseId, Actor Actor, Instant At)
{
    /// <summary>Where the report came from (report and reopen).</summary>
    public ReportSource? Source { get; init; }

    /// <summary>The commune where it happened (report) or the receiving commune (transfer request).</summary>
    public AdministrativeUnitCode? Commune { get; init; }

    /// <summary>The initial assessment's risk and harm level (form 02).</summary>
    public RiskLevel? Risk { get; init; }

    /// <summary>Whether the detailed assessment (form 03) found that a support/intervention plan is needed.</summary>
    public bool? NeedsPlan { get; init; }

    /// <summary>The plan version approved or returned.</summary>
    public int? PlanVersion { get; init; }

    /// <summary>The review's finding (form 06).</summary>
    public ReviewFinding? Finding { get; init; }

    /// <summary>The protection level decided (support or intervention), if known.</summary>
    public ProtectionLevel? Level { get; init; }

    /// <summary>The child's special circumstances (Law on Children art. 10), if known.</summary>
    public ImmutableArray<SpecialCircumstance> Categories { get; init; } = [];

    /// <summary>The legal ground or explanation: no personal data.</summary>
    public string? Reason { get; init; }

    /// <summary>The trigger, case and actor role; never the reason.</summary>
    /// <returns>The command as text.</returns>
    public override string ToString() => $"{Trigger.Name} on {CaseId} by {Actor} at {At}";

    internal string? MissingData()
    {
        bool blank = string.IsNullOrWhiteSpace(Reason);
        return Trigger.Name switch
        {
            nameof(WorkflowTrigger.ReceiveReport) when Source is null || Commune is null => "A report names its source and the commune where it happened.",
            nameof(WorkflowTrigger.ReceiveReport) when Commune!.Level != AdministrativeLevel.Commune => "A case belongs to a commune-level unit.",
            nameof(WorkflowTrigger.Reopen) when Source is null => "A new report names its source.",
            nameof(WorkflowTrigger.AssessInitialRisk) when Risk is null => "The initial assessment (form 02) records a risk level.",
            nameof(WorkflowTrigger.RecordDetailedAssessment) when NeedsPlan is null => "The detailed assessment (form 03) says whether a plan is needed.",
            nameof(WorkflowTrigger.ApprovePlan) when PlanVersion is null => "An approval names the plan version.",
            nameof(WorkflowTrigger.ReturnPlan) when PlanVersion is null || blank => "A return names the plan version and gives a reason.",
            nameof(WorkflowTrigger.AdjustPlan) or nameof(WorkflowTrigger.SeparateTemporarily) or nameof(WorkflowTrigger.RefuseTransfer) when blank => "This step gives a reason.",
            nameof(WorkflowTrigger.RecordReview) when Finding is null => "The review (form 06) records a finding.",
            nameof(WorkflowTrigger.RequestTransfer) when Commune is null || Commune.Level != AdministrativeLevel.Commune => "A transfer names a receiving commune-level unit.",
            _ => null,
        };
    }
}
