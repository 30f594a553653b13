using System.Collections.Immutable;
using NodaTime;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The command of <see cref="WorkflowTrigger.RecordDetailedAssessment"/>: the detailed assessment, form 03 (art. 27.1).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Actor">Who takes the step.</param>
/// <param name="At">When.</param>
/// <param name="NeedsPlan">Whether a support/intervention plan is needed.</param>
public sealed record RecordDetailedAssessmentCommand(CaseId CaseId, Actor Actor, Instant At, bool NeedsPlan)
    : CaseCommand(CaseId, Actor, At), IStepCommand
{
    /// <summary>The step: <see cref="WorkflowTrigger.RecordDetailedAssessment"/>.</summary>
    public static WorkflowTrigger Step => WorkflowTrigger.RecordDetailedAssessment;

    static ImmutableArray<string> IStepCommand.Data => ["needsPlan: bool"];

    /// <inheritdoc />
    public override WorkflowTrigger Trigger => Step;
}
