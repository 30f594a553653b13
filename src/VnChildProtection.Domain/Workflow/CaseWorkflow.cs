using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Takes steps on cases by the rules of a <see cref="WorkflowDefinition"/>, counting time limits on a
/// <see cref="WorkingDayCalendar"/>: every step returns a new <see cref="Case"/> or a typed <see cref="TransitionError"/>.
/// </summary>
/// <remarks>
/// <para>A step is checked in this order: the command names this case and carries the data its trigger needs
/// (<see cref="TransitionErrorKind.InvalidCommand"/>), it is not dated before the last event
/// (<see cref="TransitionErrorKind.OutOfOrder"/>), the trigger leaves the current state
/// (<see cref="TransitionErrorKind.NotAllowedInState"/>), the actor's role is named by the law
/// (<see cref="TransitionErrorKind.RoleNotAllowed"/>), a commune actor acts for the right commune
/// (<see cref="TransitionErrorKind.WrongCommune"/>), and every guard holds (<see cref="TransitionErrorKind.GuardFailed"/>).</para>
/// <para>The step's event records the time limits it fulfils (met or breached, <see cref="ObligationOutcome"/>) and those
/// it starts, with deadlines computed on the calendar at that moment.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CaseWorkflow
{
    /// <summary>Creates a workflow.</summary>
    /// <param name="definition">The definition table.</param>
    /// <param name="calendar">The working-day calendar of the commune administration.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public CaseWorkflow(WorkflowDefinition definition, WorkingDayCalendar calendar)
    {
        Definition = Preconditions.CheckNotNull(definition);
        Calendar = Preconditions.CheckNotNull(calendar);
    }

    /// <summary>The workflow of Decree 56/2017/NĐ-CP on the civil-service calendar (<see cref="WorkingDayCalendar.Default"/>).</summary>
    public static CaseWorkflow Default { get; } = new(WorkflowDefinition.Default, WorkingDayCalendar.Default);

    /// <summary>The definition table.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Opens a case with a <see cref="WorkflowTrigger.ReceiveReport"/> command.</summary>
    /// <param name="command">The report.</param>
    /// <returns>The new case, or why not.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="command"/> is null.</exception>
    public OneOf<Case, TransitionError> Open(CaseCommand command)
    {
        Preconditions.CheckNotNull(command);
        return Step(null, command);
    }

    /// <summary>Takes one step on a case.</summary>
    /// <param name="current">The case.</param>
    /// <param name="command">The step.</param>
    /// <returns>The case after the step (with its <see cref="Case.Notices"/>), or why not.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public OneOf<Case, TransitionError> Fire(Case current, CaseCommand command)
    {
        Preconditions.CheckNotNull(current);
        Preconditions.CheckNotNull(command);
        return Step(current, command);
    }

    /// <summary>
    /// The time limits a case received at <paramref name="received"/> meets if its assessments and needs meeting happen
    /// at once and every later step is taken one minute before its deadline: the statutory timetable of a case.
    /// </summary>
    /// <param name="received">When the report was received.</param>
    /// <param name="emergency">Whether the initial assessment finds serious harm (then the 12-hour limit applies and the
    /// working-day limits of art. 28 do not).</param>
    /// <returns>Each obligation with its start and deadline, in order.</returns>
    public ImmutableArray<PendingObligation> Timetable(Instant received, bool emergency)
    {
        var commune = AdministrativeUnitCode.Of("00001");
        var officer = new Actor("officer", WorkflowRole.CommuneOfficer, commune);
        var chair = new Actor("chair", WorkflowRole.CommuneChair, commune);
        var id = CaseId.Of("TIMETABLE");
        var current = Open(new CaseCommand(WorkflowTrigger.ReceiveReport, id, officer, received) { Source = ReportSource.Hotline111, Commune = commune }).AsT0;
        var opened = new List<PendingObligation>();
        void Take(CaseCommand command)
        {
            current = Fire(current, command).AsT0;
            opened.AddRange(current.History[^1].Opened);
        }
        Instant JustBefore(Obligation obligation) => current.Pending.Single(p => p.Obligation == obligation).Deadline.Due - Duration.FromMinutes(1);

        Take(new CaseCommand(WorkflowTrigger.AssessInitialRisk, id, officer, received) { Risk = emergency ? RiskLevel.Serious : RiskLevel.High });
        if (emergency)
        {
            Take(new CaseCommand(WorkflowTrigger.ApplyEmergencyMeasures, id, chair, JustBefore(Obligation.EmergencyProtection)));
        }
        var now = current.LastEventAt;
        Take(new CaseCommand(WorkflowTrigger.RecordDetailedAssessment, id, officer, now) { NeedsPlan = true });
        Take(new CaseCommand(WorkflowTrigger.HoldNeedsMeeting, id, chair, now));
        var submitAt = emergency ? now : JustBefore(Obligation.DraftPlan);
        Take(new CaseCommand(WorkflowTrigger.SubmitPlan, id, officer, submitAt));
        var decideAt = emergency ? submitAt : JustBefore(Obligation.DecideOnPlan);
        Take(new CaseCommand(WorkflowTrigger.ApprovePlan, id, chair, decideAt) { PlanVersion = current.SubmittedPlanVersion });
        return [.. opened];
    }

    private OneOf<Case, TransitionError> Step(Case? current, CaseCommand command)
    {
        var state = current?.State;
        TransitionError Error(TransitionErrorKind kind, string message) => new(kind, command.Trigger, state, message);

        if (current is not null && command.CaseId != current.Id)
        {
            return Error(TransitionErrorKind.InvalidCommand, "The command names another case.");
        }
        if (command.MissingData() is { } missing)
        {
            return Error(TransitionErrorKind.InvalidCommand, missing);
        }
        if (current is not null && command.At < current.LastEventAt)
        {
            return Error(TransitionErrorKind.OutOfOrder, "A step cannot be dated before the case's last event.");
        }
        var rule = Definition.Find(state, command.Trigger);
        if (rule is null)
        {
            return Error(TransitionErrorKind.NotAllowedInState, state is null
                ? "A case is opened by a report (ReceiveReport)."
                : $"{command.Trigger.Name} does not leave {state.Name}; allowed: {string.Join(", ", Definition.TriggersFrom(state).Select(t => t.Name))}.");
        }
        if (!rule.Roles.Contains(command.Actor.Role))
        {
            return Error(TransitionErrorKind.RoleNotAllowed,
                $"{rule.Citation} gives {command.Trigger.Name} to {string.Join(", ", rule.Roles.Select(r => r.Name))}, not {command.Actor.Role.Name}.");
        }
        var commune = current is null ? command.Commune : rule.ActsForReceivingCommune ? current.PendingTransferTo : current.Commune;
        if (command.Actor.Role.IsCommuneRole && commune is not null && !commune.Equals(command.Actor.Commune))
        {
            return Error(TransitionErrorKind.WrongCommune, rule.ActsForReceivingCommune
                ? "Only the commune the transfer was requested to may answer it."
                : "A commune role acts only on the cases of its own commune.");
        }
        if (current is null)
        {
            var first = NewEvent(null, rule, command, 1, null, [], []);
            return Notify(Case.Open(first), null, rule);
        }
        foreach (var guard in rule.Guards)
        {
            if (!guard.IsSatisfiedBy(current, command))
            {
                return Error(TransitionErrorKind.GuardFailed, $"Requires that {guard.Description} ({guard.Citation}).");
            }
        }

        var outcomes = current.Pending
            .Where(p => Definition.RuleFor(p.Obligation).FulfilledBy.Contains(command.Trigger))
            .Select(p => new ObligationOutcome
            {
                Obligation = p.Obligation, Citation = p.Citation, Start = p.Start, Deadline = p.Deadline,
                CompletedAt = command.At, CompletedBy = command.Trigger,
            })
            .ToImmutableArray();
        var opened = Definition.Obligations
            .Where(o => o.IsOpenedBy(current, command))
            .Select(o => o.Start(current, command.At, Calendar))
            .ToImmutableArray();
        int? version = command.Trigger == WorkflowTrigger.SubmitPlan || command.Trigger == WorkflowTrigger.AdjustPlan
            ? current.PlanVersion + 1
            : command.PlanVersion;
        var e = NewEvent(current, rule, command, current.History.Length + 1, version, opened, outcomes);
        return Notify(current.Apply(e), current, rule);
    }

    private static CaseEvent NewEvent(
        Case? current, TransitionRule rule, CaseCommand command, int sequence, int? version,
        ImmutableArray<PendingObligation> opened, ImmutableArray<ObligationOutcome> outcomes) => new()
    {
        CaseId = command.CaseId,
        Sequence = sequence,
        Trigger = command.Trigger,
        From = current?.State,
        To = rule.To,
        ActorId = command.Actor.Id,
        Role = command.Actor.Role,
        ActorCommune = command.Actor.Commune,
        At = command.At,
        Reason = command.Reason,
        Source = command.Source,
        Commune = command.Commune,
        Risk = command.Risk,
        NeedsPlan = command.NeedsPlan,
        PlanVersion = version,
        Finding = command.Finding,
        Level = command.Level,
        Categories = command.Categories.IsDefault ? [] : command.Categories,
        Opened = opened,
        Outcomes = outcomes,
    };

    private Case Notify(Case next, Case? before, TransitionRule rule)
    {
        var e = next.History[^1];
        var notices = ImmutableArray.CreateBuilder<CaseNotice>();
        // Transfer answers go back to the commune that asked; a request goes to the commune asked.
        var commune = e.Trigger == WorkflowTrigger.RequestTransfer ? next.PendingTransferTo
            : e.Trigger == WorkflowTrigger.AcceptTransfer || e.Trigger == WorkflowTrigger.RefuseTransfer ? before!.Commune
            : next.Commune;
        foreach (var role in rule.Notify)
        {
            notices.Add(new CaseNotice(next.Id, e.Trigger, e.At, role, commune,
                $"{e.Trigger.Name}: case {next.Id} is now {next.State.Name} ({rule.Citation})."));
        }
        foreach (var o in e.Opened)
        {
            notices.Add(new CaseNotice(next.Id, e.Trigger, e.At, Definition.RuleFor(o.Obligation).Responsible, next.Commune,
                $"{o.Obligation.Name} due {o.Deadline} ({o.Citation})."));
        }
        foreach (var o in e.Outcomes.Where(o => !o.IsMet))
        {
            notices.Add(new CaseNotice(next.Id, e.Trigger, e.At, WorkflowRole.CommuneChair, next.Commune,
                $"{o.Obligation.Name} breached by {o.Lateness.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} hours ({o.Citation})."));
        }
        return next.WithNotices(notices.ToImmutable());
    }
}
