using System;
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
/// <para>A step is checked in this order: the command names this case and its data is usable
/// (<see cref="TransitionErrorKind.InvalidCommand"/>), the commune it names (the reporting or receiving commune) is a
/// commune-level unit of <see cref="Units"/> on the step's date in Vietnam (<see cref="TransitionErrorKind.UnknownCommune"/>;
/// a pre-reform commune code after 30 June 2025 is refused, with the units now holding it named), it is not dated before the last event
/// (<see cref="TransitionErrorKind.OutOfOrder"/>), the trigger leaves the current state
/// (<see cref="TransitionErrorKind.NotAllowedInState"/>), the command is the step's command type
/// (<see cref="TransitionErrorKind.InvalidCommand"/>), the actor's role is named by the law
/// (<see cref="TransitionErrorKind.RoleNotAllowed"/>), a commune actor acts for the right commune
/// (<see cref="TransitionErrorKind.WrongCommune"/>), and every guard holds (<see cref="TransitionErrorKind.GuardFailed"/>).</para>
/// <para>Everything step-specific comes from the step's <see cref="TransitionRule"/>: the data its event records, the
/// change it makes to the case and where its notices go. The step's event also records the time limits it fulfils (met or breached, <see cref="ObligationOutcome"/>) and those
/// it starts, with deadlines computed on the calendar at that moment.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CaseWorkflow
{
    /// <summary>Creates a workflow.</summary>
    /// <param name="definition">The definition table.</param>
    /// <param name="calendar">The working-day calendar of the commune administration.</param>
    /// <param name="units">The administrative units the communes named by commands are checked against, on each step's
    /// date; null to check only that a code is of commune level (for hosts whose units are not in any registry).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="definition"/> or <paramref name="calendar"/> is null.</exception>
    public CaseWorkflow(WorkflowDefinition definition, WorkingDayCalendar calendar, AdministrativeUnitRegistry? units = null)
    {
        Definition = Preconditions.CheckNotNull(definition);
        Calendar = Preconditions.CheckNotNull(calendar);
        Units = units;
    }

    private static readonly Lazy<CaseWorkflow> LazyDefault =
        new(() => new(WorkflowDefinition.Default, WorkingDayCalendar.Default, AdministrativeUnitRegistry.Default));

    /// <summary>
    /// The workflow of Decree 56/2017/NĐ-CP on the civil-service calendar (<see cref="WorkingDayCalendar.Default"/>),
    /// checking communes against <see cref="AdministrativeUnitRegistry.Default"/> (both built on first use).
    /// </summary>
    public static CaseWorkflow Default => LazyDefault.Value;

    /// <summary>The definition table.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The registry communes are checked against, or null when only their level is checked.</summary>
    public AdministrativeUnitRegistry? Units { get; }

    /// <summary>Opens a case with a command of a step that leaves no state, such as <see cref="ReceiveReportCommand"/>.</summary>
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
    /// <returns>Each obligation with its start and deadline, in order; or, when the definition table does not allow the
    /// procedure of Decree 56/2017/NĐ-CP, the error of the first step it refuses (its trigger and state).</returns>
    public OneOf<ImmutableArray<PendingObligation>, TransitionError> Timetable(Instant received, bool emergency)
    {
        // A statutory timetable holds for any commune: the placeholder code is not checked against the registry.
        var workflow = Units is null ? this : new CaseWorkflow(Definition, Calendar);
        var commune = AdministrativeUnitCode.Of("00001");
        var officer = new Actor("officer", WorkflowRole.CommuneOfficer, commune);
        var chair = new Actor("chair", WorkflowRole.CommuneChair, commune);
        var id = CaseId.Of("TIMETABLE");
        var opening = workflow.Open(new ReceiveReportCommand(id, officer, received, ReportSource.Hotline111, commune));
        if (!opening.TryPickT0(out var current, out var refused))
        {
            return refused;
        }
        var opened = new List<PendingObligation>();
        TransitionError? Take(Func<Case, CaseCommand> next)
        {
            var result = workflow.Fire(current, next(current));
            if (result.TryPickT1(out var error, out var after))
            {
                return error;
            }
            current = after;
            opened.AddRange(after.History[^1].Opened);
            return null;
        }
        Instant JustBefore(Case c, Obligation obligation) =>
            c.Pending.FirstOrDefault(p => p.Obligation == obligation) is { } pending ? pending.Deadline.Due - Duration.FromMinutes(1) : c.LastEventAt;

        Func<Case, CaseCommand>[] steps =
        [
            c => new AssessInitialRiskCommand(id, officer, received, emergency ? RiskLevel.Serious : RiskLevel.High),
            .. emergency ? [c => new ApplyEmergencyMeasuresCommand(id, chair, JustBefore(c, Obligation.EmergencyProtection))] : Array.Empty<Func<Case, CaseCommand>>(),
            c => new RecordDetailedAssessmentCommand(id, officer, c.LastEventAt, NeedsPlan: true),
            c => new HoldNeedsMeetingCommand(id, chair, c.LastEventAt),
            c => new SubmitPlanCommand(id, officer, emergency ? c.LastEventAt : JustBefore(c, Obligation.DraftPlan)),
            c => new ApprovePlanCommand(id, chair, emergency ? c.LastEventAt : JustBefore(c, Obligation.DecideOnPlan), c.SubmittedPlanVersion ?? 0),
        ];
        foreach (var step in steps)
        {
            if (Take(step) is { } error)
            {
                return error;
            }
        }
        return opened.ToImmutableArray();
    }

    private OneOf<Case, TransitionError> Step(Case? current, CaseCommand command)
    {
        var state = current?.State;
        TransitionError Error(TransitionErrorKind kind, string message) => new(kind, command.Trigger, state, message);

        if (current is not null && command.CaseId != current.Id)
        {
            return Error(TransitionErrorKind.InvalidCommand, "The command names another case.");
        }
        if (command.Validate() is { } problem)
        {
            return Error(TransitionErrorKind.InvalidCommand, problem);
        }
        if (UnknownCommune(command) is { } unknown)
        {
            return Error(TransitionErrorKind.UnknownCommune, unknown);
        }
        if (current is not null && command.At < current.LastEventAt)
        {
            return Error(TransitionErrorKind.OutOfOrder, "A step cannot be dated before the case's last event.");
        }
        var rule = Definition.Find(state, command.Trigger);
        if (rule is null)
        {
            return Error(TransitionErrorKind.NotAllowedInState, state is null
                ? $"A case is opened by {string.Join(", ", Definition.Transitions.Where(t => t.From is null).Select(t => t.Trigger.Name))}."
                : $"{command.Trigger.Name} does not leave {state.Name}; allowed: {string.Join(", ", Definition.TriggersFrom(state).Select(t => t.Name))}.");
        }
        if (!rule.Accepts(command))
        {
            return Error(TransitionErrorKind.InvalidCommand, $"{command.Trigger.Name} is taken with a {rule.CommandType.Name}.");
        }
        if (!rule.Roles.Contains(command.Actor.Role))
        {
            return Error(TransitionErrorKind.RoleNotAllowed,
                $"{rule.Citation} gives {command.Trigger.Name} to {string.Join(", ", rule.Roles.Select(r => r.Name))}, not {command.Actor.Role.Name}.");
        }
        if (current is not null)
        {
            if (WrongCommune(rule, command, rule.ActsForReceivingCommune ? current.PendingTransferTo : current.Commune) is { } wrong)
            {
                return wrong;
            }
            foreach (var guard in rule.Guards)
            {
                if (!guard.IsSatisfiedBy(current, command))
                {
                    return Error(TransitionErrorKind.GuardFailed, $"Requires that {guard.Description} ({guard.Citation}).");
                }
            }
        }

        var outcomes = current is null ? [] : current.Pending
            .Where(p => Definition.RuleFor(p.Obligation).FulfilledBy.Contains(command.Trigger))
            .Select(p => new ObligationOutcome
            {
                Obligation = p.Obligation, Citation = p.Citation, Start = p.Start, Deadline = p.Deadline,
                CompletedAt = command.At, CompletedBy = command.Trigger,
            })
            .ToImmutableArray();
        var opened = current is null ? [] : Definition.Obligations
            .Where(o => o.IsOpenedBy(current, command))
            .Select(o => o.Start(current, command.At, Calendar))
            .ToImmutableArray();
        var envelope = new CaseEvent
        {
            CaseId = command.CaseId,
            Sequence = (current?.History.Length ?? 0) + 1,
            Trigger = command.Trigger,
            From = state,
            To = rule.To,
            ActorId = command.Actor.Id,
            Role = command.Actor.Role,
            ActorCommune = command.Actor.Commune,
            At = command.At,
            Reason = command.Reason,
            Level = command.Level,
            Categories = command.Categories.IsDefault ? [] : command.Categories,
            Opened = opened,
            Outcomes = outcomes,
        };
        var e = rule.Record(current, command, envelope);
        var next = current is null ? Case.Open(e, rule, Definition) : current.Apply(e, rule);
        if (next is null)
        {
            return Error(TransitionErrorKind.InvalidCommand, "The step's row records less data than it applies.");
        }
        if (current is null && WrongCommune(rule, command, next.Commune) is { } wrongOpening)
        {
            return wrongOpening;
        }
        return Notify(next, current, rule);
    }

    // The commune a command names must hold its code on the step's date in Vietnam: after 1 July 2025 the ~10,000 old
    // commune codes are gone (some reused by other units, which then pass: a code is what the registry says on the date).
    private string? UnknownCommune(CaseCommand command)
    {
        if (Units is null || command.CommuneNamed() is not { } code)
        {
            return null;
        }
        var date = command.At.InZone(Calendars.Deadline.VietnamTimeZone).Date;
        return Units.FindByCode(code, date).Match<string?>(
            _ => null,
            failure =>
            {
                var day = NodaTime.Text.LocalDatePattern.Iso.Format(date);
                var now = failure.Candidates.Count == 0 || Units.GetSuccessorsOn(failure.Candidates[^1], date).TryPickT1(out _, out var successors)
                    ? ""
                    : $"; its territory is now in {string.Join(", ", successors.Select(unit => $"{unit.FullName} ({unit.Code})"))}";
                return failure.Reason == UnitLookupFailureReason.NotValidOnDate
                    ? $"No commune-level unit holds code {code} on {day}: it was {failure.Candidates[^1]}{now}."
                    : $"No commune-level unit holds code {code} on {day}.";
            });
    }

    private static TransitionError? WrongCommune(TransitionRule rule, CaseCommand command, AdministrativeUnitCode? commune) =>
        command.Actor.Role.IsCommuneRole && commune is not null && !commune.Equals(command.Actor.Commune)
            ? new TransitionError(TransitionErrorKind.WrongCommune, command.Trigger, rule.From, rule.ActsForReceivingCommune
                ? "Only the commune the transfer was requested to may answer it."
                : "A commune role acts only on the cases of its own commune.")
            : null;

    private Case Notify(Case next, Case? before, TransitionRule rule)
    {
        var e = next.History[^1];
        var notices = ImmutableArray.CreateBuilder<CaseNotice>();
        var commune = rule.NoticeCommune(before, next);
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
