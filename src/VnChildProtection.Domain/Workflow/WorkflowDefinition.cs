using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The one definition table of the intervention workflow: every transition (trigger, command type, from, to, roles,
/// guards, article, recorded data, change to the case, notified roles) and every statutory time limit. It drives
/// <see cref="CaseWorkflow"/>, replays histories and draws <see cref="WorkflowDiagram"/>.
/// </summary>
/// <remarks>
/// <para>Sources: Law on Children 2016 (102/2016/QH13) art. 49–53; Decree 56/2017/NĐ-CP art. 25 (receiving reports,
/// form 01), 26 (initial assessment, form 02; 12 hours), 27 (detailed assessment, form 03; the chair's meeting),
/// 28 (plan, form 04: 5 working days to draft, 2 to approve, "except in an emergency"), 29 (implementation and
/// adjustment), 30 (review, form 06; close or plan again), 31 (emergency: no more than 12 hours), 32 (temporary
/// separation, form 07: within 12 hours, at most 15 days).</para>
/// <para>The decree sets no time limit for the initial or detailed assessment, the review or re-planning, and no
/// transfer procedure between communes: transfers rest on Law art. 52.2 (the commune where the child resides
/// organises the plan) and are modelled as a request the receiving commune accepts or refuses. Alternative care beyond
/// the temporary separation (Decree 56/2017 art. 38 onward, court orders under Law art. 52.3) is outside this table.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkflowDefinition
{
    private const string Decree = "Decree 56/2017/NĐ-CP ";
    private const string Law = "Law on Children 2016 ";

    private readonly ILookup<(CaseState? From, WorkflowTrigger Trigger), TransitionRule> byStateAndTrigger;

    /// <summary>A table of rows and time limits.</summary>
    /// <param name="transitions">The rows, in the order of the procedure.</param>
    /// <param name="obligations">The time limits.</param>
    /// <exception cref="System.ArgumentException">Two rows leave one state by one trigger, a trigger has two command
    /// types or a command type two triggers, or an obligation appears twice.</exception>
    internal WorkflowDefinition(IEnumerable<TransitionRule> transitions, IEnumerable<ObligationRule> obligations)
    {
        Transitions = [.. transitions];
        Obligations = [.. obligations];
        byStateAndTrigger = Transitions.ToLookup(t => (t.From, t.Trigger));
        Preconditions.CheckArgument(byStateAndTrigger.All(g => g.Count() == 1), nameof(transitions), "Two rows leave one state by one trigger.");
        var steps = Transitions.Select(t => (t.Trigger, t.CommandType)).Distinct().ToArray();
        Preconditions.CheckArgument(
            steps.Select(s => s.Trigger).Distinct().Count() == steps.Length && steps.Select(s => s.CommandType).Distinct().Count() == steps.Length,
            nameof(transitions), "Each trigger has one command type and each command type one trigger.");
        Preconditions.CheckArgument(Obligations.Select(o => o.Obligation).Distinct().Count() == Obligations.Length, nameof(obligations), "An obligation has one rule.");
    }

    /// <summary>The table of Decree 56/2017/NĐ-CP and the Law on Children 2016.</summary>
    public static WorkflowDefinition Default { get; } = Build();

    /// <summary>Every transition, in the order of the procedure.</summary>
    public ImmutableArray<TransitionRule> Transitions { get; }

    /// <summary>Every statutory time limit.</summary>
    public ImmutableArray<ObligationRule> Obligations { get; }

    /// <summary>The transition a trigger takes from a state, if any.</summary>
    /// <param name="from">The state; null for the report that opens a case.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The rule, or null when the trigger does not leave that state.</returns>
    public TransitionRule? Find(CaseState? from, WorkflowTrigger trigger) => byStateAndTrigger[(from, trigger)].FirstOrDefault();

    /// <summary>The triggers that leave a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The triggers, in table order.</returns>
    public IEnumerable<WorkflowTrigger> TriggersFrom(CaseState state) =>
        Transitions.Where(t => t.From == state).Select(t => t.Trigger).Distinct();

    /// <summary>The roles the law allows to fire a trigger (from any state).</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The roles.</returns>
    public ImmutableHashSet<WorkflowRole> RolesFor(WorkflowTrigger trigger) =>
        Transitions.Where(t => t.Trigger == trigger).SelectMany(t => t.Roles).ToImmutableHashSet();

    /// <summary>The rule of an obligation.</summary>
    /// <param name="obligation">The obligation.</param>
    /// <returns>Its rule.</returns>
    public ObligationRule RuleFor(Obligation obligation) => Obligations.First(o => o.Obligation == obligation);

    private static WorkflowDefinition Build()
    {
        var officer = WorkflowRole.CommuneOfficer;
        var chair = WorkflowRole.CommuneChair;
        var rows = new List<TransitionRule>();

        var seriousHarm = new TransitionGuard("the initial assessment found serious harm", Decree + "art. 26.3, 31.1",
            (c, _) => c.IsEmergency);
        var needsPlan = new TransitionGuard("the detailed assessment found a plan is needed", Decree + "art. 27.2",
            (c, _) => c.NeedsPlan == true);
        var needsNoPlan = new TransitionGuard("the detailed assessment found no plan is needed", Decree + "art. 27.2",
            (c, _) => c.NeedsPlan == false);
        var emergencyHandled = new TransitionGuard("emergency protection is not pending", Decree + "art. 26.3",
            (c, _) => c.Pending.All(p => p.Obligation != Obligation.EmergencyProtection));
        var nothingPending = new TransitionGuard("no time limit is running", Decree + "art. 26.3, 32.3",
            (c, _) => c.Pending.IsEmpty);
        TransitionGuard SubmittedVersion<TCommand>(Func<TCommand, int> version)
            where TCommand : CaseCommand =>
            TransitionGuard.For<TCommand>("it names the plan version submitted", Decree + "art. 28.4",
                (c, cmd) => version(cmd) == c.SubmittedPlanVersion);
        var safe = new TransitionGuard("the review found the child safe and stable", Decree + "art. 30.1.b",
            (c, _) => c.Finding == ReviewFinding.SafeAndStable);
        var atRisk = new TransitionGuard("the review found the child still at risk", Decree + "art. 30.1.c",
            (c, _) => c.Finding == ReviewFinding.StillAtRisk);
        var noTransfer = new TransitionGuard("no transfer is pending", Law + "art. 52.2",
            (c, _) => c.PendingTransferTo is null);
        var otherCommune = TransitionGuard.For<RequestTransferCommand>("the receiving commune is another commune", Law + "art. 52.2",
            (c, cmd) => !cmd.ReceivingCommune.Equals(c.Commune));
        var transferPending = new TransitionGuard("a transfer is pending", Law + "art. 52.2",
            (c, _) => c.PendingTransferTo is not null);

        // A change returns whether the event carries the data its row records: "(next.Risk = e.Risk) is not null" sets
        // the risk and says whether there was one.
        // The plan-version rule: a submission and an adjustment make the next version of the case.
        static int NextPlanVersion(Case? current) => current!.PlanVersion + 1;

        ImmutableArray<WorkflowRole> handOver = [WorkflowRole.Hotline111, WorkflowRole.Police, WorkflowRole.LabourSocialBody, officer];
        ImmutableArray<CaseState?> open = [.. CaseState.List.Where(s => s.IsOpen).OrderBy(s => s.Value)];
        ImmutableArray<CaseState?> start = [null];

        rows.AddRange(TransitionRule.Step<ReceiveReportCommand>(start, CaseState.Received, handOver,
            Decree + "art. 25.1, 26.1; " + Law + "art. 51", notify: [officer, chair],
            record: (_, cmd, e) => e with { Source = cmd.Source, Commune = cmd.Commune },
            change: (next, e) => NewCycle(next, e, opens: true)));
        rows.AddRange(TransitionRule.Step<AssessInitialRiskCommand>([CaseState.Received], CaseState.Assessing, [officer], Decree + "art. 26.2",
            record: (_, cmd, e) => e with { Risk = cmd.Risk },
            change: (next, e) => (next.Risk = e.Risk) is not null));
        rows.AddRange(TransitionRule.Step<ApplyEmergencyMeasuresCommand>([CaseState.Assessing], CaseState.Emergency, [chair, WorkflowRole.Police],
            Decree + "art. 26.3, 31", [seriousHarm], [officer, chair]));
        rows.AddRange(TransitionRule.Step<SeparateTemporarilyCommand>([CaseState.Assessing, CaseState.Emergency], CaseState.Separated, [chair],
            Decree + "art. 32.1–2; " + Law + "art. 50.2.b–c", notify: [officer]));
        rows.AddRange(TransitionRule.Step<EndSeparationCommand>([CaseState.Separated], CaseState.Assessing, [chair], Decree + "art. 32.3", notify: [officer]));
        rows.AddRange(TransitionRule.Step<RecordDetailedAssessmentCommand>([CaseState.Assessing, CaseState.Emergency, CaseState.Separated], null, [officer],
            Decree + "art. 27.1", notify: [chair],
            record: (_, cmd, e) => e with { NeedsPlan = cmd.NeedsPlan },
            change: (next, e) => (next.NeedsPlan = e.NeedsPlan) is not null));
        rows.AddRange(TransitionRule.Step<HoldNeedsMeetingCommand>([CaseState.Assessing, CaseState.Emergency], CaseState.Drafting, [chair],
            Decree + "art. 27.2", [needsPlan, emergencyHandled], [officer]));
        rows.AddRange(TransitionRule.Step<CloseWithoutPlanCommand>([CaseState.Assessing], CaseState.Closed, [chair],
            Decree + "art. 26.2, 27.2", [needsNoPlan, nothingPending], [officer]));
        rows.AddRange(TransitionRule.Step<SubmitPlanCommand>([CaseState.Drafting], CaseState.AwaitingApproval, [officer], Decree + "art. 28.1–2", notify: [chair],
            record: (c, _, e) => e with { PlanVersion = NextPlanVersion(c) },
            change: (next, e) =>
            {
                if (e.PlanVersion is not { } version)
                {
                    return false;
                }
                next.PlanVersion = version;
                next.SubmittedPlanVersion = version;
                return true;
            }));
        rows.AddRange(TransitionRule.Step<ApprovePlanCommand>([CaseState.AwaitingApproval], CaseState.Implementing, [chair],
            Decree + "art. 28.4–5", [SubmittedVersion<ApprovePlanCommand>(cmd => cmd.PlanVersion)], [officer],
            record: (_, cmd, e) => e with { PlanVersion = cmd.PlanVersion },
            change: (next, e) =>
            {
                next.SubmittedPlanVersion = null;
                next.ReturnReason = null;
                return (next.ApprovedPlanVersion = e.PlanVersion) is not null;
            }));
        rows.AddRange(TransitionRule.Step<ReturnPlanCommand>([CaseState.AwaitingApproval], CaseState.Drafting, [chair],
            Decree + "art. 28.4", [SubmittedVersion<ReturnPlanCommand>(cmd => cmd.PlanVersion)], [officer],
            record: (_, cmd, e) => e with { PlanVersion = cmd.PlanVersion },
            change: (next, e) =>
            {
                next.SubmittedPlanVersion = null;
                return (next.ReturnReason = e.Reason) is not null && e.PlanVersion is not null;
            }));
        rows.AddRange(TransitionRule.Step<AdjustPlanCommand>([CaseState.Implementing], null, [chair], Decree + "art. 29.1.a", notify: [officer],
            record: (c, _, e) => e with { PlanVersion = NextPlanVersion(c) },
            change: (next, e) =>
            {
                if (e.PlanVersion is not { } version)
                {
                    return false;
                }
                next.PlanVersion = version;
                next.ApprovedPlanVersion = version;
                return true;
            }));
        rows.AddRange(TransitionRule.Step<StartReviewCommand>([CaseState.Implementing], CaseState.Reviewing, [officer], Decree + "art. 30.1"));
        rows.AddRange(TransitionRule.Step<RecordReviewCommand>([CaseState.Reviewing], null, [officer], Decree + "art. 30.1.a, 30.2", notify: [chair],
            record: (_, cmd, e) => e with { Finding = cmd.Finding },
            change: (next, e) => (next.Finding = e.Finding) is not null));
        rows.AddRange(TransitionRule.Step<CloseCommand>([CaseState.Reviewing], CaseState.Closed, [chair], Decree + "art. 30.1.b, 30.3", [safe], [officer]));
        rows.AddRange(TransitionRule.Step<ReplanCommand>([CaseState.Reviewing], CaseState.Drafting, [chair], Decree + "art. 30.1.c", [atRisk], [officer],
            change: (next, _) =>
            {
                next.Finding = null;
                next.ApprovedPlanVersion = null;
                return true;
            }));
        rows.AddRange(TransitionRule.Step<ReopenCommand>([CaseState.Closed], CaseState.Received, handOver,
            Decree + "art. 25.1, 26.1; " + Law + "art. 51", notify: [officer, chair],
            record: (_, cmd, e) => e with { Source = cmd.Source },
            change: (next, e) => NewCycle(next, e, opens: false)));

        // A request goes to the commune asked; its answers go back to the commune that asked.
        rows.AddRange(TransitionRule.Step<RequestTransferCommand>(open, null, [chair], Law + "art. 52.2", [noTransfer, otherCommune], [chair],
            record: (_, cmd, e) => e with { Commune = cmd.ReceivingCommune },
            change: (next, e) => (next.PendingTransferTo = e.Commune) is not null,
            noticeCommune: (_, after) => after.PendingTransferTo));
        rows.AddRange(TransitionRule.Step<AcceptTransferCommand>(open, null, [chair], Law + "art. 52.2", [transferPending], [chair], actsForReceivingCommune: true,
            change: (next, _) =>
            {
                if (next.PendingTransferTo is not { } receiving)
                {
                    return false;
                }
                next.Commune = receiving;
                next.PendingTransferTo = null;
                return true;
            },
            noticeCommune: (before, _) => before!.Commune));
        rows.AddRange(TransitionRule.Step<RefuseTransferCommand>(open, null, [chair], Law + "art. 52.2", [transferPending], [chair], actsForReceivingCommune: true,
            change: (next, _) => (next.PendingTransferTo = null) is null,
            noticeCommune: (before, _) => before!.Commune));

        ImmutableArray<ObligationRule> obligations =
        [
            new(Obligation.EmergencyProtection, TimeLimit.Hours(12), Decree + "art. 26.3, 31.2, 32.2",
                [WorkflowTrigger.AssessInitialRisk], [WorkflowTrigger.ApplyEmergencyMeasures, WorkflowTrigger.SeparateTemporarily],
                runsFromReceipt: true, chair, "when the initial assessment finds serious harm; 12 hours from receiving the information",
                (_, cmd) => cmd is AssessInitialRiskCommand { Risk.RequiresEmergencyProtection: true }),
            new(Obligation.DraftPlan, TimeLimit.WorkingDays(5), Decree + "art. 28.1",
                [WorkflowTrigger.HoldNeedsMeeting, WorkflowTrigger.Replan], [WorkflowTrigger.SubmitPlan],
                runsFromReceipt: false, officer, "unless the case is an emergency; from the needs meeting or the review",
                (c, _) => !c.IsEmergency),
            new(Obligation.DecideOnPlan, TimeLimit.WorkingDays(2), Decree + "art. 28.4",
                [WorkflowTrigger.SubmitPlan], [WorkflowTrigger.ApprovePlan, WorkflowTrigger.ReturnPlan],
                runsFromReceipt: false, chair, "unless the case is an emergency; from the submission",
                (c, _) => !c.IsEmergency),
            new(Obligation.EndSeparation, TimeLimit.Days(15), Decree + "art. 32.3",
                [WorkflowTrigger.SeparateTemporarily], [WorkflowTrigger.EndSeparation],
                runsFromReceipt: false, chair, "from the separation decision; longer only at a competent authority's request",
                (_, _) => true),
        ];
        return new WorkflowDefinition(rows, obligations);
    }

    // A report opens a cycle (the first, or the next one of a closed case) and forgets the previous cycle's findings.
    private static bool NewCycle(Case next, CaseEvent e, bool opens)
    {
        if (e.Source is null || (opens && e.Commune is null))
        {
            return false;
        }
        if (opens)
        {
            next.Commune = e.Commune!;
        }
        next.Cycle = opens ? 1 : next.Cycle + 1;
        next.ReceivedAt = e.At;
        next.Source = e.Source;
        next.Risk = null;
        next.NeedsPlan = null;
        next.SubmittedPlanVersion = null;
        next.ApprovedPlanVersion = null;
        next.ReturnReason = null;
        next.Finding = null;
        return true;
    }
}
