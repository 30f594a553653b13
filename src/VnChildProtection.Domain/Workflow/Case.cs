using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A child-protection case (hồ sơ trường hợp trẻ em cần hỗ trợ, can thiệp) handled by a commune under Decree
/// 56/2017/NĐ-CP art. 25–32 and the Law on Children 2016 art. 49–52: its state, owning commune, risk, protection level,
/// categories, plan versions, running time limits and the full history.
/// </summary>
/// <remarks>
/// <para>A case is exactly the replay of its events: <see cref="Replay"/> folds <see cref="History"/> and every
/// property follows from it; steps are taken with <see cref="CaseWorkflow.Fire"/>, which returns a new value.
/// Two cases are equal when they have the same identifier and the same history.</para>
/// <para>The child is known only by the pseudonymous <see cref="Id"/>; no name, birth date or address is held, and
/// <see cref="ToString"/> shows no reason text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "The domain word and the name the project's API asks for; VB callers can write [Case].")]
public sealed class Case : IEquatable<Case>
{
    private Case(CaseId id, AdministrativeUnitCode commune, ReportSource source)
    {
        Id = id;
        Commune = commune;
        Source = source;
    }

    /// <summary>The pseudonymous case identifier.</summary>
    public CaseId Id { get; }

    /// <summary>Where the case stands.</summary>
    public CaseState State { get; private set; } = CaseState.Received;

    /// <summary>The commune-level unit that owns the case (Law on Children art. 52.2); changes only when a transfer is accepted.</summary>
    public AdministrativeUnitCode Commune { get; private set; }

    /// <summary>Where the report of the current cycle came from.</summary>
    public ReportSource Source { get; private set; }

    /// <summary>The cycle: 1, then one more each time a closed case is reopened.</summary>
    public int Cycle { get; private set; } = 1;

    /// <summary>When the report of the current cycle was received (the start of the 12-hour limit).</summary>
    public Instant ReceivedAt { get; private set; }

    /// <summary>The initial assessment's risk level in this cycle; null before it.</summary>
    public RiskLevel? Risk { get; private set; }

    /// <summary>Whether the detailed assessment of this cycle found a plan needed; null before it.</summary>
    public bool? NeedsPlan { get; private set; }

    /// <summary>The protection level recorded (support, intervention); null if not recorded.</summary>
    public ProtectionLevel? Level { get; private set; }

    /// <summary>The child's special circumstances recorded (Law on Children art. 10).</summary>
    public ImmutableArray<SpecialCircumstance> Categories { get; private set; } = [];

    /// <summary>The latest plan version (1, 2, ... over the whole case); 0 before any plan.</summary>
    public int PlanVersion { get; private set; }

    /// <summary>The plan version awaiting the chair's decision; null if none.</summary>
    public int? SubmittedPlanVersion { get; private set; }

    /// <summary>The plan version in force (approved, or made by an adjustment); null if none in this cycle.</summary>
    public int? ApprovedPlanVersion { get; private set; }

    /// <summary>The reason the last plan was returned, kept for the redraft; null if none in this cycle.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>The finding of the review under way; null if none.</summary>
    public ReviewFinding? Finding { get; private set; }

    /// <summary>The commune a transfer has been requested to; null if none pending.</summary>
    public AdministrativeUnitCode? PendingTransferTo { get; private set; }

    /// <summary>The time limits running now.</summary>
    public ImmutableArray<PendingObligation> Pending { get; private set; } = [];

    /// <summary>The history, oldest first.</summary>
    public ImmutableArray<CaseEvent> History { get; private set; } = [];

    /// <summary>The domain events raised by the step that produced this value; empty for a replayed case.</summary>
    public ImmutableArray<CaseNotice> Notices { get; private set; } = [];

    /// <summary>Whether this cycle is an emergency: the initial assessment found serious harm (Decree 56/2017 art. 26.3, 31.1).</summary>
    public bool IsEmergency => Risk?.RequiresEmergencyProtection == true;

    /// <summary>When the last step was taken.</summary>
    public Instant LastEventAt => History[^1].At;

    /// <summary>Every time limit fulfilled so far, met or breached, oldest first.</summary>
    public IEnumerable<ObligationOutcome> Outcomes => History.SelectMany(e => e.Outcomes);

    /// <summary>
    /// Rebuilds a case from its history. The events must belong to one case, be numbered from 1, start with a report,
    /// chain their states and never go back in time; their legality was checked when they were made.
    /// </summary>
    /// <param name="events">The history, oldest first.</param>
    /// <returns>The case, or a <see cref="TransitionErrorKind.InvalidHistory"/> error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static OneOf<Case, TransitionError> Replay(IEnumerable<CaseEvent> events)
    {
        Preconditions.CheckNotNull(events);
        Case? current = null;
        foreach (var e in events)
        {
            if (Check(current, e) is { } problem)
            {
                return new TransitionError(TransitionErrorKind.InvalidHistory, e?.Trigger ?? WorkflowTrigger.ReceiveReport, current?.State, problem);
            }
            current = current is null ? Open(e!) : current.Apply(e!);
        }
        return current is null
            ? new TransitionError(TransitionErrorKind.InvalidHistory, WorkflowTrigger.ReceiveReport, null, "A history has at least the report that opened the case.")
            : current;
    }

    /// <summary>The case as it stood at <paramref name="at"/>: the replay of the events taken up to then.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The earlier case, or null if the report came later.</returns>
    public Case? AsOf(Instant at)
    {
        if (LastEventAt <= at)
        {
            return this;
        }
        var count = History.TakeWhile(e => e.At <= at).Count();
        return count == 0 ? null : Replay(History.Take(count)).AsT0;
    }

    /// <summary>The time limits running on the case at <paramref name="at"/>; use <see cref="PendingObligation.IsOverdueAt"/> for which are overdue.</summary>
    /// <param name="at">The instant asked about (earlier instants look at the history up to then).</param>
    /// <returns>The running obligations, soonest due first.</returns>
    public ImmutableArray<PendingObligation> ObligationsAt(Instant at) =>
        AsOf(at)?.Pending.OrderBy(p => p.Deadline).ToImmutableArray() ?? [];

    /// <summary>The running time limits overdue at <paramref name="at"/>.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The overdue obligations, most overdue first.</returns>
    public ImmutableArray<PendingObligation> OverdueAt(Instant at) =>
        ObligationsAt(at).Where(p => p.IsOverdueAt(at)).ToImmutableArray();

    internal static Case Open(CaseEvent e)
    {
        var opened = new Case(e.CaseId, e.Commune!, e.Source!);
        return opened.Apply(e);
    }

    internal Case WithNotices(ImmutableArray<CaseNotice> notices)
    {
        var copy = (Case)MemberwiseClone();
        copy.Notices = notices;
        return copy;
    }

    internal Case Apply(CaseEvent e)
    {
        var next = (Case)MemberwiseClone();
        next.Notices = [];
        next.History = History.Add(e);
        next.State = e.To;
        if (e.Level is not null)
        {
            next.Level = e.Level;
        }
        if (!e.Categories.IsDefaultOrEmpty)
        {
            next.Categories = e.Categories;
        }
        switch (e.Trigger.Name)
        {
            case nameof(WorkflowTrigger.ReceiveReport):
            case nameof(WorkflowTrigger.Reopen):
                next.Cycle = e.Trigger == WorkflowTrigger.Reopen ? Cycle + 1 : 1;
                next.ReceivedAt = e.At;
                next.Source = e.Source!;
                next.Risk = null;
                next.NeedsPlan = null;
                next.SubmittedPlanVersion = null;
                next.ApprovedPlanVersion = null;
                next.ReturnReason = null;
                next.Finding = null;
                break;
            case nameof(WorkflowTrigger.AssessInitialRisk):
                next.Risk = e.Risk;
                break;
            case nameof(WorkflowTrigger.RecordDetailedAssessment):
                next.NeedsPlan = e.NeedsPlan;
                break;
            case nameof(WorkflowTrigger.SubmitPlan):
                next.PlanVersion = e.PlanVersion ?? PlanVersion + 1;
                next.SubmittedPlanVersion = next.PlanVersion;
                break;
            case nameof(WorkflowTrigger.ApprovePlan):
                next.ApprovedPlanVersion = e.PlanVersion;
                next.SubmittedPlanVersion = null;
                next.ReturnReason = null;
                break;
            case nameof(WorkflowTrigger.ReturnPlan):
                next.SubmittedPlanVersion = null;
                next.ReturnReason = e.Reason;
                break;
            case nameof(WorkflowTrigger.AdjustPlan):
                next.PlanVersion = e.PlanVersion ?? PlanVersion + 1;
                next.ApprovedPlanVersion = next.PlanVersion;
                break;
            case nameof(WorkflowTrigger.RecordReview):
                next.Finding = e.Finding;
                break;
            case nameof(WorkflowTrigger.Replan):
                next.Finding = null;
                next.ApprovedPlanVersion = null;
                break;
            case nameof(WorkflowTrigger.RequestTransfer):
                next.PendingTransferTo = e.Commune;
                break;
            case nameof(WorkflowTrigger.AcceptTransfer):
                next.Commune = PendingTransferTo!;
                next.PendingTransferTo = null;
                break;
            case nameof(WorkflowTrigger.RefuseTransfer):
                next.PendingTransferTo = null;
                break;
        }
        if (!e.Outcomes.IsDefaultOrEmpty || !e.Opened.IsDefaultOrEmpty)
        {
            var fulfilled = e.Outcomes.IsDefault ? [] : e.Outcomes.Select(o => o.Obligation).ToHashSet();
            next.Pending = Pending.Where(p => !fulfilled.Contains(p.Obligation)).Concat(e.Opened.IsDefault ? [] : e.Opened).ToImmutableArray();
        }
        return next;
    }

    private static string? Check(Case? current, CaseEvent? e)
    {
        if (e is null || e.CaseId is null || e.Trigger is null || e.To is null || e.Role is null || string.IsNullOrWhiteSpace(e.ActorId))
        {
            return "An event lacks its case, trigger, target state, role or actor.";
        }
        if (e.Categories.IsDefault || e.Opened.IsDefault || e.Outcomes.IsDefault
            || e.Categories.Any(c => c is null)
            || e.Opened.Any(o => o is null || o.Obligation is null || o.Citation is null)
            || e.Outcomes.Any(o => o is null || o.Obligation is null || o.Citation is null || o.CompletedBy is null))
        {
            return "An event lists a category or time limit that is empty or incomplete.";
        }
        if (current is null)
        {
            return e.Trigger != WorkflowTrigger.ReceiveReport || e.Sequence != 1 || e.From is not null || e.Commune is null || e.Source is null
                ? "A history starts with event #1, the report, naming its source and commune."
                : null;
        }
        if (e.CaseId != current.Id)
        {
            return "An event belongs to another case.";
        }
        if (e.Sequence != current.History.Length + 1)
        {
            return "Events are numbered without gaps from 1.";
        }
        if (e.From != current.State)
        {
            return "An event starts from the state the previous one reached.";
        }
        if (e.At < current.LastEventAt)
        {
            return "Events never go back in time.";
        }
        if (e.Trigger == WorkflowTrigger.ReceiveReport
            || (e.Trigger == WorkflowTrigger.AcceptTransfer && current.PendingTransferTo is null)
            || (e.Trigger == WorkflowTrigger.Reopen && e.Source is null))
        {
            return "An event lacks the data its step needs.";
        }
        return null;
    }

    /// <inheritdoc />
    public bool Equals(Case? other) => other is not null && Id == other.Id && History.SequenceEqual(other.History);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Case);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, History.Length, LastEventAt);

    /// <summary><c>Case QN-1: Drafting, commune 00070, cycle 1, 4 events</c>; no reasons or personal data.</summary>
    /// <returns>The case as text.</returns>
    public override string ToString() =>
        $"Case {Id}: {State.Name}, commune {Commune}, cycle {Cycle}, {History.Length} events";

    /// <summary>Value equality.</summary>
    public static bool operator ==(Case? left, Case? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Case? left, Case? right) => !(left == right);
}
