using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The one definition table of the intervention workflow: every transition (trigger, from, to, roles, guards,
/// article, notified roles) and every statutory time limit. It drives <see cref="CaseWorkflow"/> and draws
/// <see cref="WorkflowDiagram"/>.
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

    private WorkflowDefinition(ImmutableArray<TransitionRule> transitions, ImmutableArray<ObligationRule> obligations)
    {
        Transitions = transitions;
        Obligations = obligations;
        byStateAndTrigger = transitions.ToLookup(t => (t.From, t.Trigger));
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
        var rows = ImmutableArray.CreateBuilder<TransitionRule>();

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
        var submittedVersion = new TransitionGuard("it names the plan version submitted", Decree + "art. 28.4",
            (c, cmd) => cmd.PlanVersion == c.SubmittedPlanVersion);
        var safe = new TransitionGuard("the review found the child safe and stable", Decree + "art. 30.1.b",
            (c, _) => c.Finding == ReviewFinding.SafeAndStable);
        var atRisk = new TransitionGuard("the review found the child still at risk", Decree + "art. 30.1.c",
            (c, _) => c.Finding == ReviewFinding.StillAtRisk);
        var noTransfer = new TransitionGuard("no transfer is pending", Law + "art. 52.2",
            (c, _) => c.PendingTransferTo is null);
        var otherCommune = new TransitionGuard("the receiving commune is another commune", Law + "art. 52.2",
            (c, cmd) => !Equals(cmd.Commune, c.Commune));
        var transferPending = new TransitionGuard("a transfer is pending", Law + "art. 52.2",
            (c, _) => c.PendingTransferTo is not null);

        void Add(WorkflowTrigger trigger, CaseState?[] from, CaseState? to, WorkflowRole[] roles, string citation,
            TransitionGuard[]? guards = null, WorkflowRole[]? notify = null, bool receiving = false)
        {
            foreach (var state in from)
            {
                rows.Add(new TransitionRule(trigger, state, to ?? state!, [.. roles], [.. guards ?? []], citation, receiving, [.. notify ?? []]));
            }
        }

        var handOver = new[] { WorkflowRole.Hotline111, WorkflowRole.Police, WorkflowRole.LabourSocialBody, officer };
        Add(WorkflowTrigger.ReceiveReport, [null], CaseState.Received, handOver,
            Decree + "art. 25.1, 26.1; " + Law + "art. 51", notify: [officer, chair]);
        Add(WorkflowTrigger.AssessInitialRisk, [CaseState.Received], CaseState.Assessing, [officer], Decree + "art. 26.2");
        Add(WorkflowTrigger.ApplyEmergencyMeasures, [CaseState.Assessing], CaseState.Emergency, [chair, WorkflowRole.Police],
            Decree + "art. 26.3, 31", [seriousHarm], [officer, chair]);
        Add(WorkflowTrigger.SeparateTemporarily, [CaseState.Assessing, CaseState.Emergency], CaseState.Separated, [chair],
            Decree + "art. 32.1–2; " + Law + "art. 50.2.b–c", notify: [officer]);
        Add(WorkflowTrigger.EndSeparation, [CaseState.Separated], CaseState.Assessing, [chair], Decree + "art. 32.3", notify: [officer]);
        Add(WorkflowTrigger.RecordDetailedAssessment, [CaseState.Assessing, CaseState.Emergency, CaseState.Separated], null, [officer],
            Decree + "art. 27.1", notify: [chair]);
        Add(WorkflowTrigger.HoldNeedsMeeting, [CaseState.Assessing, CaseState.Emergency], CaseState.Drafting, [chair],
            Decree + "art. 27.2", [needsPlan, emergencyHandled], [officer]);
        Add(WorkflowTrigger.CloseWithoutPlan, [CaseState.Assessing], CaseState.Closed, [chair],
            Decree + "art. 26.2, 27.2", [needsNoPlan, nothingPending], [officer]);
        Add(WorkflowTrigger.SubmitPlan, [CaseState.Drafting], CaseState.AwaitingApproval, [officer], Decree + "art. 28.1–2", notify: [chair]);
        Add(WorkflowTrigger.ApprovePlan, [CaseState.AwaitingApproval], CaseState.Implementing, [chair],
            Decree + "art. 28.4–5", [submittedVersion], [officer]);
        Add(WorkflowTrigger.ReturnPlan, [CaseState.AwaitingApproval], CaseState.Drafting, [chair],
            Decree + "art. 28.4", [submittedVersion], [officer]);
        Add(WorkflowTrigger.AdjustPlan, [CaseState.Implementing], null, [chair], Decree + "art. 29.1.a", notify: [officer]);
        Add(WorkflowTrigger.StartReview, [CaseState.Implementing], CaseState.Reviewing, [officer], Decree + "art. 30.1");
        Add(WorkflowTrigger.RecordReview, [CaseState.Reviewing], null, [officer], Decree + "art. 30.1.a, 30.2", notify: [chair]);
        Add(WorkflowTrigger.Close, [CaseState.Reviewing], CaseState.Closed, [chair], Decree + "art. 30.1.b, 30.3", [safe], [officer]);
        Add(WorkflowTrigger.Replan, [CaseState.Reviewing], CaseState.Drafting, [chair], Decree + "art. 30.1.c", [atRisk], [officer]);
        Add(WorkflowTrigger.Reopen, [CaseState.Closed], CaseState.Received, handOver,
            Decree + "art. 25.1, 26.1; " + Law + "art. 51", notify: [officer, chair]);

        CaseState?[] open = [.. CaseState.List.Where(s => s.IsOpen).OrderBy(s => s.Value)];
        Add(WorkflowTrigger.RequestTransfer, open, null, [chair], Law + "art. 52.2", [noTransfer, otherCommune], [chair]);
        Add(WorkflowTrigger.AcceptTransfer, open, null, [chair], Law + "art. 52.2", [transferPending], [chair], receiving: true);
        Add(WorkflowTrigger.RefuseTransfer, open, null, [chair], Law + "art. 52.2", [transferPending], [chair], receiving: true);

        ImmutableArray<ObligationRule> obligations =
        [
            new(Obligation.EmergencyProtection, TimeLimit.Hours(12), Decree + "art. 26.3, 31.2, 32.2",
                [WorkflowTrigger.AssessInitialRisk], [WorkflowTrigger.ApplyEmergencyMeasures, WorkflowTrigger.SeparateTemporarily],
                runsFromReceipt: true, chair, "when the initial assessment finds serious harm; 12 hours from receiving the information",
                (_, cmd) => cmd.Risk?.RequiresEmergencyProtection == true),
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
        return new WorkflowDefinition(rows.ToImmutable(), obligations);
    }
}
