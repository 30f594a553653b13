using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>The code examples of docs/workflow.md, verbatim, one test per example (later examples repeat the setup).</summary>
public class WorkflowDocsExamples
{
    [Fact]
    public void EveryExampleOfThePageIsHere() => DocsCodeBlocks.AssertEveryExampleIsTested("docs/workflow.md", "tests/VnChildProtection.Domain.Tests/Docs/WorkflowDocsExamples.cs");

    private static (CaseWorkflow, Case, CaseId, Actor, Actor, Instant) Setup()
    {
        // docs:begin open
        var commune = AdministrativeUnitCode.Of("00070");
        var officer = new Actor("officer-17", WorkflowRole.CommuneOfficer, commune);
        var chair = new Actor("chair-02", WorkflowRole.CommuneChair, commune);
        var hotline = new Actor("operator-5", WorkflowRole.Hotline111);
        var id = CaseId.Of("HN-2025-000123");
        var received = new LocalDateTime(2025, 4, 29, 9, 0).InZoneStrictly(Deadline.VietnamTimeZone).ToInstant(); // Tue 29/4/2025

        var workflow = CaseWorkflow.Default;
        Case drafting = workflow.Open(new ReceiveReportCommand(id, hotline, received, ReportSource.Hotline111, commune)).AsT0;
        drafting = workflow.Fire(drafting, new AssessInitialRiskCommand(id, officer, received, RiskLevel.High)).AsT0;
        drafting = workflow.Fire(drafting, new RecordDetailedAssessmentCommand(id, officer, received, NeedsPlan: true)).AsT0;
        drafting = workflow.Fire(drafting, new HoldNeedsMeetingCommand(id, chair, received)
            { Level = ProtectionLevel.Intervention, Categories = [SpecialCircumstance.SeriouslyHarmedByViolence] }).AsT0;

        PendingObligation draft = drafting.Pending.Single(); // DraftPlan, Decree 56/2017/NĐ-CP art. 28.1
        LocalDate? lastDay = draft.Deadline.DueDate;          // 2025-05-09: 30/4, 1/5 holidays, Fri 2/5 swapped off
        // docs:end
        Assert.Equal(CaseState.Drafting, drafting.State);
        Assert.Equal(Obligation.DraftPlan, draft.Obligation);
        Assert.Equal("Decree 56/2017/NĐ-CP art. 28.1", draft.Citation);
        Assert.Equal(new LocalDate(2025, 5, 9), lastDay);
        return (workflow, drafting, id, officer, chair, received);
    }

    [Fact]
    public void Open_WalksToDrafting() => Setup();

    [Fact]
    public void Plan_SubmitReturnApprove()
    {
        var (workflow, drafting, id, officer, chair, received) = Setup();
        // docs:begin plan
        var submitted = workflow.Fire(drafting, new SubmitPlanCommand(id, officer, received + Duration.FromDays(2))).AsT0;
        var returned = workflow.Fire(submitted, new ReturnPlanCommand(id, chair, received + Duration.FromDays(3),
            PlanVersion: 1, Reason: "art. 28.3.d: no budget estimate")).AsT0;          // back to Drafting, reason kept
        var resubmitted = workflow.Fire(returned, new SubmitPlanCommand(id, officer, received + Duration.FromDays(6))).AsT0;

        var approveAt = received + Duration.FromDays(7);
        var wrongVersion = workflow.Fire(resubmitted, new ApprovePlanCommand(id, chair, approveAt, PlanVersion: 1));
        var byOfficer = workflow.Fire(resubmitted, new ApprovePlanCommand(id, officer, approveAt, PlanVersion: 2));
        var approved = workflow.Fire(resubmitted, new ApprovePlanCommand(id, chair, approveAt, PlanVersion: 2)).AsT0;

        string guard = wrongVersion.AsT1.Code; // WORKFLOW-GUARD: "Requires that it names the plan version submitted (... art. 28.4)."
        string role = byOfficer.AsT1.Code;     // WORKFLOW-ROLE: art. 28.4 gives ApprovePlan to CommuneChair
        ObligationOutcome decided = approved.History[^1].Outcomes.Single(); // DecideOnPlan, met: due end of Wed 7/5
        // docs:end
        Assert.Equal("art. 28.3.d: no budget estimate", returned.ReturnReason);
        Assert.Equal("WORKFLOW-GUARD", guard);
        Assert.Equal("WORKFLOW-ROLE", role);
        Assert.Contains("art. 28.4", byOfficer.AsT1.Message, System.StringComparison.Ordinal);
        Assert.Equal(CaseState.Implementing, approved.State);
        Assert.Equal(2, approved.ApprovedPlanVersion);
        Assert.Equal(Obligation.DecideOnPlan, decided.Obligation);
        Assert.True(decided.IsMet);
        Assert.Equal(new LocalDate(2025, 5, 7), decided.Deadline.DueDate);
    }

    [Fact]
    public void Emergency_TwelveHours()
    {
        // docs:begin emergency
        var commune = AdministrativeUnitCode.Of("00070");
        var officer = new Actor("officer-17", WorkflowRole.CommuneOfficer, commune);
        var police = new Actor("police-88", WorkflowRole.Police);
        var id = CaseId.Of("HN-2025-000124");
        var received = Instant.FromUtc(2025, 4, 29, 2, 0); // 09:00 in Vietnam

        var workflow = CaseWorkflow.Default;
        var assessed = workflow.Open(new ReceiveReportCommand(id, police, received, ReportSource.Police, commune)).AsT0;
        assessed = workflow.Fire(assessed, new AssessInitialRiskCommand(id, officer, received + Duration.FromHours(2), RiskLevel.Serious)).AsT0;
        Deadline emergency = assessed.Pending.Single().Deadline; // 2025-04-29T14:00:00Z: 12 hours from receipt (art. 26.3, 31.2)

        var late = workflow.Fire(assessed, new ApplyEmergencyMeasuresCommand(id, police, received + Duration.FromHours(13))).AsT0;
        ObligationOutcome outcome = late.Outcomes.Single(); // breached: IsMet false, Lateness 1 hour
        // docs:end
        Assert.Equal(Instant.FromUtc(2025, 4, 29, 14, 0), emergency.Due);
        Assert.Equal(CaseState.Emergency, late.State);
        Assert.False(outcome.IsMet);
        Assert.Equal(Duration.FromHours(1), outcome.Lateness);
    }

    [Fact]
    public void History_ReplayAndJson()
    {
        var (_, drafting, _, _, _, received) = Setup();
        // docs:begin history
        string json = CaseEventLog.ToJson(drafting.History);                 // camelCase, ISO instants, names
        ImmutableArray<CaseEvent> events = CaseEventLog.Parse(json).AsT0;    // or a JsonDocumentError, WORKFLOW-JSON-…
        Case replayed = Case.Replay(events).AsT0;                            // or a WORKFLOW-HISTORY TransitionError
        bool same = replayed == drafting;                                    // true: a case is the replay of its events

        var before = drafting.ObligationsAt(received - Duration.FromHours(1)); // empty: nothing received yet
        var overdue = drafting.OverdueAt(Instant.FromUtc(2025, 5, 10, 1, 0));  // DraftPlan: passed at 2025-05-09T17:00Z
        // docs:end
        Assert.True(same);
        Assert.Contains("\"trigger\":\"HoldNeedsMeeting\"", json, System.StringComparison.Ordinal);
        Assert.Empty(before);
        Assert.Equal(Obligation.DraftPlan, overdue.Single().Obligation);
    }

    [Fact]
    public void Transfer_RequestAndAccept()
    {
        var (workflow, drafting, id, _, chair, received) = Setup();
        // docs:begin transfer
        var newCommune = AdministrativeUnitCode.Of("00004");
        var newChair = new Actor("chair-31", WorkflowRole.CommuneChair, newCommune);
        var requested = workflow.Fire(drafting, new RequestTransferCommand(id, chair, received, ReceivingCommune: newCommune)
            { Reason = "Law on Children art. 52.2: the family moved" }).AsT0;
        bool stillOurs = requested.Commune == drafting.Commune;           // true until accepted
        bool canSee = CaseAccessPolicy.CanView(newChair, requested);      // true while the request is pending
        CaseNotice notice = requested.Notices.Single();                   // to CommuneChair of 00004
        var accepted = workflow.Fire(requested, new AcceptTransferCommand(id, newChair, received)).AsT0;
        bool oldChairMayAct = CaseAccessPolicy.CanAct(chair, accepted);   // false: ownership moved
        // docs:end
        Assert.True(stillOurs);
        Assert.True(canSee);
        Assert.Equal(WorkflowRole.CommuneChair, notice.Recipient);
        Assert.Equal(newCommune, notice.RecipientCommune);
        Assert.Equal(newCommune, accepted.Commune);
        Assert.False(oldChairMayAct);
    }

    [Fact]
    public void Caseload_OverdueCounts()
    {
        var (_, drafting, _, _, _, _) = Setup();
        // docs:begin caseload
        var caseload = new Caseload([drafting]);
        var at = Instant.FromUtc(2025, 5, 12, 3, 0);
        ImmutableDictionary<AdministrativeUnitCode, int> byCommune = caseload.OverdueByCommune(at);  // { 00070: 1 }
        ImmutableDictionary<Obligation, int> byObligation = caseload.OverdueByObligation(at);      // { DraftPlan: 1 }
        // docs:end
        Assert.Equal(1, byCommune[AdministrativeUnitCode.Of("00070")]);
        Assert.Equal(1, byObligation[Obligation.DraftPlan]);
    }

    [Fact]
    public void Diagram_FromTheTable()
    {
        // docs:begin diagram
        string mermaid = WorkflowDiagram.ToMermaid(WorkflowDefinition.Default);
        TransitionRule close = WorkflowDefinition.Default.Find(CaseState.Reviewing, WorkflowTrigger.Close)!;
        string basis = close.Citation;                       // Decree 56/2017/NĐ-CP art. 30.1.b, 30.3
        string guard = close.Guards.Single().Description;    // the review found the child safe and stable
        TransitionRule approve = WorkflowDefinition.Default.Find(CaseState.AwaitingApproval, WorkflowTrigger.ApprovePlan)!;
        System.Type command = approve.CommandType;           // ApprovePlanCommand
        string data = string.Join(", ", approve.Data);       // planVersion: int
        // docs:end
        Assert.Contains("Reviewing --> Closed : Close [the review found the child safe and stable] (CommuneChair)", mermaid, System.StringComparison.Ordinal);
        Assert.Equal("Decree 56/2017/NĐ-CP art. 30.1.b, 30.3", basis);
        Assert.Equal("the review found the child safe and stable", guard);
        Assert.Equal(typeof(ApprovePlanCommand), command);
        Assert.Equal("planVersion: int", data);
    }
}
