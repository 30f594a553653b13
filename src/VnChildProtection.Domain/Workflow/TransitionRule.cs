using System;
using System.Collections.Immutable;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// One row of the workflow's definition table: a step from one state to another and everything the step does — its
/// command type and the data it requires, the roles the law allows to fire it, the conditions it requires, the article
/// it rests on, the event it records, the change it makes to the case and who is told.
/// </summary>
/// <remarks>
/// <para>The same rows drive <see cref="CaseWorkflow"/>, replay histories (<see cref="Case.Replay(System.Collections.Generic.IEnumerable{CaseEvent})"/>)
/// and draw <see cref="WorkflowDiagram"/>; no other code knows what a trigger does.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TransitionRule
{
    private readonly Func<CaseCommand, bool> accepts;
    private readonly Func<Case?, CaseCommand, CaseEvent, CaseEvent> record;
    private readonly Func<Case, CaseEvent, bool> change;
    private readonly Func<Case?, Case, AdministrativeUnitCode?> noticeCommune;

    private TransitionRule(
        WorkflowTrigger trigger, Type commandType, ImmutableArray<string> data, CaseState? from, CaseState to,
        ImmutableArray<WorkflowRole> roles, ImmutableArray<TransitionGuard> guards, string citation,
        bool actsForReceivingCommune, ImmutableArray<WorkflowRole> notify, Func<CaseCommand, bool> accepts,
        Func<Case?, CaseCommand, CaseEvent, CaseEvent> record, Func<Case, CaseEvent, bool> change,
        Func<Case?, Case, AdministrativeUnitCode?> noticeCommune)
    {
        Trigger = trigger;
        CommandType = commandType;
        Data = data;
        From = from;
        To = to;
        Roles = roles;
        Guards = guards;
        Citation = citation;
        ActsForReceivingCommune = actsForReceivingCommune;
        Notify = notify;
        this.accepts = accepts;
        this.record = record;
        this.change = change;
        this.noticeCommune = noticeCommune;
    }

    /// <summary>The trigger.</summary>
    public WorkflowTrigger Trigger { get; }

    /// <summary>The command type that fires the step, such as <see cref="ApprovePlanCommand"/>.</summary>
    public Type CommandType { get; }

    /// <summary>The data the command requires, as <c>name: Type</c> (<c>planVersion: int</c>); empty when it needs none.</summary>
    public ImmutableArray<string> Data { get; }

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

    /// <summary>
    /// The rows of one step, one per state it leaves: the step fired by <typeparamref name="TCommand"/>, its guards, the
    /// data its event records (<paramref name="record"/>), the change the event makes to a case (<paramref name="change"/>,
    /// which returns false when an event lacks the data its step records) and the commune its notices go to
    /// (<paramref name="noticeCommune"/>, from the case before and after; the owning commune after the step when null).
    /// </summary>
    internal static ImmutableArray<TransitionRule> Step<TCommand>(
        ImmutableArray<CaseState?> from, CaseState? to, ImmutableArray<WorkflowRole> roles, string citation,
        ImmutableArray<TransitionGuard> guards = default, ImmutableArray<WorkflowRole> notify = default,
        bool actsForReceivingCommune = false,
        Func<Case?, TCommand, CaseEvent, CaseEvent>? record = null,
        Func<Case, CaseEvent, bool>? change = null,
        Func<Case?, Case, AdministrativeUnitCode?>? noticeCommune = null)
        where TCommand : CaseCommand, IStepCommand
    {
        Func<Case?, CaseCommand, CaseEvent, CaseEvent> recordAny = record is null
            ? static (_, _, e) => e
            : (c, command, e) => record(c, (TCommand)command, e);
        var rows = ImmutableArray.CreateBuilder<TransitionRule>(from.Length);
        foreach (var state in from)
        {
            rows.Add(new TransitionRule(
                TCommand.Step, typeof(TCommand), TCommand.Data, state, to ?? state!, roles,
                guards.IsDefault ? [] : guards, citation, actsForReceivingCommune, notify.IsDefault ? [] : notify,
                static command => command is TCommand, recordAny, change ?? (static (_, _) => true),
                noticeCommune ?? (static (_, after) => after.Commune)));
        }
        return rows.MoveToImmutable();
    }

    /// <summary>Whether <paramref name="command"/> is this step's command type.</summary>
    internal bool Accepts(CaseCommand command) => accepts(command);

    /// <summary>The event of the step: <paramref name="envelope"/> (who, when, states, time limits) with the step's data.</summary>
    internal CaseEvent Record(Case? current, CaseCommand command, CaseEvent envelope) => record(current, command, envelope);

    /// <summary>Applies the step's own change to <paramref name="next"/>, a fresh copy of the case; false when the event lacks its data.</summary>
    internal bool Change(Case next, CaseEvent e) => change(next, e);

    /// <summary>The commune whose roles are told of the step.</summary>
    internal AdministrativeUnitCode? NoticeCommune(Case? before, Case after) => noticeCommune(before, after);

    /// <summary><c>Reviewing --Close--&gt; Closed</c>.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() => $"{From?.Name ?? "[*]"} --{Trigger.Name}--> {To.Name}";
}
