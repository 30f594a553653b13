using System.Collections.Immutable;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// One row of the workflow's definition table: a trigger from one state to another, the roles the law allows to fire
/// it, the conditions it requires, the article it rests on and who is told.
/// </summary>
/// <remarks>
/// <para>The same rows drive <see cref="CaseWorkflow"/> and draw <see cref="WorkflowDiagram"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TransitionRule
{
    internal TransitionRule(
        WorkflowTrigger trigger, CaseState? from, CaseState to, ImmutableArray<WorkflowRole> roles,
        ImmutableArray<TransitionGuard> guards, string citation, bool actsForReceivingCommune, ImmutableArray<WorkflowRole> notify)
    {
        Trigger = trigger;
        From = from;
        To = to;
        Roles = roles;
        Guards = guards;
        Citation = citation;
        ActsForReceivingCommune = actsForReceivingCommune;
        Notify = notify;
    }

    /// <summary>The trigger.</summary>
    public WorkflowTrigger Trigger { get; }

    /// <summary>The state left; null for the report that opens a case.</summary>
    public CaseState? From { get; }

    /// <summary>The state reached (the same as <see cref="From"/> for a step that records without moving).</summary>
    public CaseState To { get; }

    /// <summary>The roles the law allows to fire the trigger.</summary>
    public ImmutableArray<WorkflowRole> Roles { get; }

    /// <summary>The conditions, all of which must hold.</summary>
    public ImmutableArray<TransitionGuard> Guards { get; }

    /// <summary>The legal basis, e.g. <c>Decree 56/2017/NĐ-CP art. 28.4</c>.</summary>
    public string Citation { get; }

    /// <summary>
    /// Whether a commune actor must belong to the commune a transfer was requested to (accept, refuse) rather than to
    /// the owning commune.
    /// </summary>
    public bool ActsForReceivingCommune { get; }

    /// <summary>The roles told when the step is taken (see <see cref="CaseNotice"/>).</summary>
    public ImmutableArray<WorkflowRole> Notify { get; }

    /// <summary><c>Reviewing --Close--&gt; Closed</c>.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() => $"{From?.Name ?? "[*]"} --{Trigger.Name}--> {To.Name}";
}
