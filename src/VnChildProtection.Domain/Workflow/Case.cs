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
/// <para>A case is exactly the replay of its events: <see cref="Replay(IEnumerable{CaseEvent})"/> folds
/// <see cref="History"/> through the rows of the definition table and every property follows from it; steps are taken with <see cref="CaseWorkflow.Fire"/>, which returns a new value.
/// Two cases are equal when they have the same identifier and the same history.</para>
/// <para>The child is known only by the pseudonymous <see cref="Id"/>; no name, birth date or address is held, and
/// <see cref="ToString"/> shows no reason text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "The domain word and the name the project's API asks for; VB callers can write [Case].")]
public sealed class Case : IEquatable<Case>
{
    // The opening row sets the commune and the source; a case is never seen before it has.
    private Case(CaseId id, WorkflowDefinition definition)
    {
        Id = id;
        Definition = definition;
        Commune = null!;
        Source = null!;
    }

    /// <summary>The pseudonymous case identifier.</summary>
    public CaseId Id { get; }

    /// <summary>The table whose rows made the case and take its next steps.</summary>
    internal WorkflowDefinition Definition { get; }

    /// <summary>Where the case stands.</summary>
    public CaseState State { get; private set; } = CaseState.Received;

    /// <summary>The commune-level unit that owns the case (Law on Children art. 52.2); changes only when a transfer is accepted.</summary>
    public AdministrativeUnitCode Commune { get; internal set; }

    /// <summary>Where the report of the current cycle came from.</summary>
    public ReportSource Source { get; internal set; }

    /// <summary>The cycle: 1, then one more each time a closed case is reopened.</summary>
    public int Cycle { get; internal set; } = 1;

    /// <summary>When the report of the current cycle was received (the start of the 12-hour limit).</summary>
    public Instant ReceivedAt { get; internal set; }

    /// <summary>The initial assessment's risk level in this cycle; null before it.</summary>
    public RiskLevel? Risk { get; internal set; }

    /// <summary>Whether the detailed assessment of this cycle found a plan needed; null before it.</summary>
    public bool? NeedsPlan { get; internal set; }

    /// <summary>The protection level recorded (support, intervention); null if not recorded.</summary>
    public ProtectionLevel? Level { get; private set; }

    /// <summary>The child's special circumstances recorded (Law on Children art. 10).</summary>
    public ImmutableArray<SpecialCircumstance> Categories { get; private set; } = [];

    /// <summary>The latest plan version (1, 2, ... over the whole case); 0 before any plan.</summary>
    public int PlanVersion { get; internal set; }

    /// <summary>The plan version awaiting the chair's decision; null if none.</summary>
    public int? SubmittedPlanVersion { get; internal set; }

    /// <summary>The plan version in force (approved, or made by an adjustment); null if none in this cycle.</summary>
    public int? ApprovedPlanVersion { get; internal set; }

    /// <summary>The reason the last plan was returned, kept for the redraft; null if none in this cycle.</summary>
    public string? ReturnReason { get; internal set; }

    /// <summary>The finding of the review under way; null if none.</summary>
    public ReviewFinding? Finding { get; internal set; }

    /// <summary>The commune a transfer has been requested to; null if none pending.</summary>
    public AdministrativeUnitCode? PendingTransferTo { get; internal set; }

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
    /// Rebuilds a case from its history by the rows of <see cref="WorkflowDefinition.Default"/>; see
    /// <see cref="Replay(IEnumerable{CaseEvent}, WorkflowDefinition)"/>.
    /// </summary>
    /// <param name="events">The history, oldest first.</param>
    /// <returns>The case, or a <see cref="TransitionErrorKind.InvalidHistory"/> error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static OneOf<Case, TransitionError> Replay(IEnumerable<CaseEvent> events) => Replay(events, WorkflowDefinition.Default);

    /// <summary>
    /// Rebuilds a case from its history, applying each event through the row of <paramref name="definition"/> that
    /// took it. The events must belong to one case, be numbered from 1, start with a step that opens a case, chain
    /// their states along rows of the table, carry the data their steps record and never go back in time; their
    /// legality was checked when they were made.
    /// </summary>
    /// <param name="events">The history, oldest first.</param>
    /// <param name="definition">The table the events were made by.</param>
    /// <returns>The case, or a <see cref="TransitionErrorKind.InvalidHistory"/> error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<Case, TransitionError> Replay(IEnumerable<CaseEvent> events, WorkflowDefinition definition)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(definition);
        Case? current = null;
        foreach (var e in events)
        {
            var problem = Check(current, e);
            var rule = problem is null ? definition.Find(e!.From, e.Trigger) : null;
            if (problem is null && (rule is null || rule.To != e!.To))
            {
                problem = "An event takes no step of the table from the state it starts from.";
            }
            var next = problem is null ? (current is null ? Open(e!, rule!, definition) : current.Apply(e!, rule!)) : null;
            if (next is null)
            {
                return new TransitionError(TransitionErrorKind.InvalidHistory, e?.Trigger ?? WorkflowTrigger.ReceiveReport, current?.State,
                    problem ?? "An event lacks the data its step needs.");
            }
            current = next;
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
        return count == 0 ? null : Replay(History.Take(count), Definition).AsT0;
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

    /// <summary>The case opened by <paramref name="e"/>, a step of <paramref name="rule"/>; null when the event lacks its data.</summary>
    internal static Case? Open(CaseEvent e, TransitionRule rule, WorkflowDefinition definition) =>
        new Case(e.CaseId, definition).Apply(e, rule);

    internal Case WithNotices(ImmutableArray<CaseNotice> notices)
    {
        var copy = (Case)MemberwiseClone();
        copy.Notices = notices;
        return copy;
    }

    /// <summary>
    /// The case after <paramref name="e"/>, a step of <paramref name="rule"/>: what every step does (the state, the
    /// history, the level and categories recorded, the time limits fulfilled and opened), then the row's own change.
    /// </summary>
    /// <returns>The next case, or null when the event lacks the data its step records.</returns>
    internal Case? Apply(CaseEvent e, TransitionRule rule)
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
        if (!e.Outcomes.IsDefaultOrEmpty || !e.Opened.IsDefaultOrEmpty)
        {
            var fulfilled = e.Outcomes.IsDefault ? [] : e.Outcomes.Select(o => o.Obligation).ToHashSet();
            next.Pending = Pending.Where(p => !fulfilled.Contains(p.Obligation)).Concat(e.Opened.IsDefault ? [] : e.Opened).ToImmutableArray();
        }
        return rule.Change(next, e) ? next : null;
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
            return e.Sequence != 1 || e.From is not null
                ? "A history starts with event #1, the report that opened the case."
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
        return e.At < current.LastEventAt ? "Events never go back in time." : null;
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
