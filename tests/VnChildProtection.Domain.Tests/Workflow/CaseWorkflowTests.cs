using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;
using static VnChildProtection.Domain.Tests.Workflow.WorkflowFixtures;

namespace VnChildProtection.Domain.Tests.Workflow;

public class CaseWorkflowTests
{
    [Fact]
    public void HoldNeedsMeeting_ReportTuesday29April2025_DraftingDueAfterReunificationBreak()
    {
        // 30/4 and 1/5 are holidays, Fri 2/5 is off in exchange for Sat 26/4 (worked), 3–4/5 is a weekend:
        // the 5 working days are Mon 5/5 … Fri 9/5 (Decree 56/2017 art. 28.1).
        var drafting = Drafting(TuesdayMorning);

        var draft = Assert.Single(drafting.Pending);
        Assert.Equal(Obligation.DraftPlan, draft.Obligation);
        Assert.Equal(new LocalDate(2025, 5, 9), draft.Deadline.DueDate);
        Assert.Equal("Decree 56/2017/NĐ-CP art. 28.1", draft.Citation);
        Assert.False(draft.IsOverdueAt(Local(2025, 5, 9, 23, 59)));
        Assert.True(draft.IsOverdueAt(Local(2025, 5, 10, 0, 0)));
    }

    [Fact]
    public void SubmitPlan_OnFriday9May2025_ApprovalDueTuesday13May()
    {
        var submitted = Drafting(TuesdayMorning).Fire(new SubmitPlanCommand(Id, Officer, Local(2025, 5, 9, 16, 0)));

        var decide = Assert.Single(submitted.Pending);
        Assert.Equal(Obligation.DecideOnPlan, decide.Obligation);
        Assert.Equal(new LocalDate(2025, 5, 13), decide.Deadline.DueDate);
        var outcome = Assert.Single(submitted.History[^1].Outcomes);
        Assert.True(outcome.IsMet);
        Assert.Equal(Duration.Zero, outcome.Lateness);
    }

    [Fact]
    public void HoldNeedsMeeting_FridayBeforeSwappedSaturday_CountsSaturday26AprilAsWorkingDay()
    {
        // Fri 25/4/2025: Sat 26/4 (worked) 1, Mon 28/4 2, Tue 29/4 3, then 30/4–4/5 off, Mon 5/5 4, Tue 6/5 5.
        var drafting = Drafting(Local(2025, 4, 25, 9, 0));

        Assert.Equal(new LocalDate(2025, 5, 6), drafting.Pending.Single().Deadline.DueDate);
    }

    [Fact]
    public void SubmitPlan_LateBy26Hours_RecordsBreachInHistory()
    {
        var late = Local(2025, 5, 11, 2, 0); // Sunday 11/5 02:00, 26 hours after the end of Friday 9/5
        var submitted = Drafting(TuesdayMorning).Fire(new SubmitPlanCommand(Id, Officer, late));

        var outcome = submitted.Outcomes.Single();
        Assert.False(outcome.IsMet);
        Assert.Equal(Duration.FromHours(26), outcome.Lateness);
        Assert.Contains(submitted.Notices, n => n.Recipient == WorkflowRole.CommuneChair && n.Message.StartsWith("DraftPlan breached by 26 hours", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AssessInitialRisk_Serious_Opens12HourLimitFromReceipt()
    {
        var assessed = Received(TuesdayMorning)
            .Fire(new AssessInitialRiskCommand(Id, Officer, TuesdayMorning.Plus(Duration.FromHours(3)), RiskLevel.Serious));

        var emergency = assessed.Pending.Single();
        Assert.Equal(Obligation.EmergencyProtection, emergency.Obligation);
        Assert.Equal(TuesdayMorning, emergency.Start);
        Assert.Equal(Local(2025, 4, 29, 21, 0), emergency.Deadline.Due);
        Assert.False(emergency.Deadline.IsEndOfDay);
        Assert.Equal("Decree 56/2017/NĐ-CP art. 26.3, 31.2, 32.2", emergency.Citation);
    }

    [Fact]
    public void EmergencyCase_NoWorkingDayLimitsForPlan()
    {
        var at = TuesdayMorning;
        var planned = Received(at)
            .Fire(new AssessInitialRiskCommand(Id, Officer, at, RiskLevel.Serious))
            .Fire(new ApplyEmergencyMeasuresCommand(Id, Police, at.Plus(Duration.FromHours(2))))
            .Fire(new RecordDetailedAssessmentCommand(Id, Officer, at.Plus(Duration.FromHours(5)), NeedsPlan: true))
            .Fire(new HoldNeedsMeetingCommand(Id, Chair, at.Plus(Duration.FromHours(6))));

        Assert.Equal(CaseState.Drafting, planned.State);
        Assert.Empty(planned.Pending);
        Assert.True(planned.Outcomes.Single().IsMet);
    }

    [Fact]
    public void HoldNeedsMeeting_SeriousHarmWithoutEmergencyMeasures_GuardFails()
    {
        var assessed = Received(TuesdayMorning)
            .Fire(new AssessInitialRiskCommand(Id, Officer, TuesdayMorning, RiskLevel.Serious))
            .Fire(new RecordDetailedAssessmentCommand(Id, Officer, TuesdayMorning, NeedsPlan: true));

        var error = Engine.Fire(assessed, new HoldNeedsMeetingCommand(Id, Chair, TuesdayMorning)).AsT1;

        Assert.Equal(TransitionErrorKind.GuardFailed, error.Kind);
        Assert.Contains("emergency protection is not pending", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyEmergencyMeasures_RiskNotSerious_GuardFails()
    {
        var assessed = Received(TuesdayMorning).Fire(new AssessInitialRiskCommand(Id, Officer, TuesdayMorning, RiskLevel.Medium));

        var error = Engine.Fire(assessed, new ApplyEmergencyMeasuresCommand(Id, Chair, TuesdayMorning)).AsT1;

        Assert.Equal("WORKFLOW-GUARD", error.Code);
        Assert.Equal(CaseState.Assessing, error.State);
    }

    [Fact]
    public void SeparateTemporarily_Opens15DayLimitAndEndingIsMet()
    {
        var at = TuesdayMorning;
        var separated = Received(at)
            .Fire(new AssessInitialRiskCommand(Id, Officer, at, RiskLevel.Serious))
            .Fire(new SeparateTemporarilyCommand(Id, Chair, at.Plus(Duration.FromHours(4)), "art. 32.1: harm by a caregiver"));

        Assert.Equal(CaseState.Separated, separated.State);
        var limit = separated.Pending.Single();
        Assert.Equal(Obligation.EndSeparation, limit.Obligation);
        Assert.Equal(new LocalDate(2025, 5, 14), limit.Deadline.DueDate); // 29/4 + 15 days = Wed 14/5, a working day

        var ended = separated.Fire(new EndSeparationCommand(Id, Chair, Local(2025, 5, 12, 9, 0)));
        Assert.Equal(CaseState.Assessing, ended.State);
        Assert.All(ended.Outcomes, o => Assert.True(o.IsMet));
        Assert.Equal(2, ended.Outcomes.Count());
    }

    [Fact]
    public void ApprovePlan_WrongVersion_GuardFails()
    {
        var submitted = Drafting(TuesdayMorning).Fire(new SubmitPlanCommand(Id, Officer, TuesdayMorning));

        var error = Engine.Fire(submitted, new ApprovePlanCommand(Id, Chair, TuesdayMorning, 2)).AsT1;

        Assert.Equal(TransitionErrorKind.GuardFailed, error.Kind);
        Assert.Contains("plan version submitted", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovePlan_BeforeAnyPlanDrafted_NotAllowedInState()
    {
        var error = Engine.Fire(Drafting(TuesdayMorning), new ApprovePlanCommand(Id, Chair, TuesdayMorning, 1)).AsT1;

        Assert.Equal(TransitionErrorKind.NotAllowedInState, error.Kind);
        Assert.Contains("allowed: ", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnPlan_KeepsReasonAndNextSubmissionIsVersionTwo()
    {
        var returned = Drafting(TuesdayMorning)
            .Fire(new SubmitPlanCommand(Id, Officer, TuesdayMorning))
            .Fire(new ReturnPlanCommand(Id, Chair, TuesdayMorning, 1, "art. 28.3.d: no budget estimate"));

        Assert.Equal(CaseState.Drafting, returned.State);
        Assert.Equal("art. 28.3.d: no budget estimate", returned.ReturnReason);
        var decided = Assert.Single(returned.History[^1].Outcomes);
        Assert.Equal(Obligation.DecideOnPlan, decided.Obligation);
        Assert.True(decided.IsMet);

        var resubmitted = returned.Fire(new SubmitPlanCommand(Id, Officer, TuesdayMorning));
        Assert.Equal(2, resubmitted.SubmittedPlanVersion);
        Assert.Equal(CaseState.Implementing, resubmitted.Fire(new ApprovePlanCommand(Id, Chair, TuesdayMorning, 2)).State);
    }

    [Fact]
    public void ReturnPlan_WithoutReason_InvalidCommand()
    {
        var submitted = Drafting(TuesdayMorning).Fire(new SubmitPlanCommand(Id, Officer, TuesdayMorning));

        var error = Engine.Fire(submitted, new ReturnPlanCommand(Id, Chair, TuesdayMorning, 1, "")).AsT1;

        Assert.Equal(TransitionErrorKind.InvalidCommand, error.Kind);
    }

    [Fact]
    public void AdjustPlan_MakesNewVersionInForce()
    {
        var adjusted = Drafting(TuesdayMorning)
            .Fire(new SubmitPlanCommand(Id, Officer, TuesdayMorning))
            .Fire(new ApprovePlanCommand(Id, Chair, TuesdayMorning, 1))
            .Fire(new AdjustPlanCommand(Id, Chair, TuesdayMorning, "art. 29.1.a: child moved school"));

        Assert.Equal(CaseState.Implementing, adjusted.State);
        Assert.Equal(2, adjusted.ApprovedPlanVersion);
    }

    [Fact]
    public void Close_AfterReviewFoundSafe_ClosesAndOnlyReopenLeaves()
    {
        var closed = Reviewed(TuesdayMorning, ReviewFinding.SafeAndStable).Fire(new CloseCommand(Id, Chair, TuesdayMorning));

        Assert.Equal(CaseState.Closed, closed.State);
        Assert.Equal([WorkflowTrigger.Reopen], Engine.Definition.TriggersFrom(CaseState.Closed));
        var reopened = closed.Fire(new ReopenCommand(Id, Police, Local(2025, 9, 1, 8, 0), ReportSource.Police));
        Assert.Equal(CaseState.Received, reopened.State);
        Assert.Equal(2, reopened.Cycle);
        Assert.Equal(Local(2025, 9, 1, 8, 0), reopened.ReceivedAt);
        Assert.Null(reopened.Risk);
    }

    [Fact]
    public void Close_ReviewFoundStillAtRisk_GuardFailsAndReplanRestartsDrafting()
    {
        var reviewed = Reviewed(TuesdayMorning, ReviewFinding.StillAtRisk);

        var error = Engine.Fire(reviewed, new CloseCommand(Id, Chair, TuesdayMorning)).AsT1;
        Assert.Equal(TransitionErrorKind.GuardFailed, error.Kind);
        Assert.Contains("safe and stable", error.Message, System.StringComparison.Ordinal);

        var replanned = reviewed.Fire(new ReplanCommand(Id, Chair, TuesdayMorning));
        Assert.Equal(CaseState.Drafting, replanned.State);
        Assert.Equal(Obligation.DraftPlan, replanned.Pending.Single().Obligation);
    }

    [Fact]
    public void Close_BeforeReview_NotAllowedInState()
    {
        var error = Engine.Fire(Drafting(TuesdayMorning), new CloseCommand(Id, Chair, TuesdayMorning)).AsT1;
        Assert.Equal(TransitionErrorKind.NotAllowedInState, error.Kind);
    }

    [Fact]
    public void CloseWithoutPlan_AssessmentFoundNoNeed_Closes()
    {
        var closed = Received(TuesdayMorning)
            .Fire(new AssessInitialRiskCommand(Id, Officer, TuesdayMorning, RiskLevel.Low))
            .Fire(new RecordDetailedAssessmentCommand(Id, Officer, TuesdayMorning, NeedsPlan: false))
            .Fire(new CloseWithoutPlanCommand(Id, Chair, TuesdayMorning));

        Assert.Equal(CaseState.Closed, closed.State);
    }

    [Fact]
    public void ApprovePlan_ByOfficer_RoleNotAllowedCitesArticle()
    {
        var submitted = Drafting(TuesdayMorning).Fire(new SubmitPlanCommand(Id, Officer, TuesdayMorning));

        var error = Engine.Fire(submitted, new ApprovePlanCommand(Id, Officer, TuesdayMorning, 1)).AsT1;

        Assert.Equal(TransitionErrorKind.RoleNotAllowed, error.Kind);
        Assert.Contains("art. 28.4", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AssessInitialRisk_OfficerOfAnotherCommune_WrongCommune()
    {
        var error = Engine.Fire(Received(TuesdayMorning), new AssessInitialRiskCommand(Id, OtherOfficer, TuesdayMorning, RiskLevel.Low)).AsT1;
        Assert.Equal(TransitionErrorKind.WrongCommune, error.Kind);
    }

    [Fact]
    public void Fire_DatedBeforeLastEvent_OutOfOrder()
    {
        var error = Engine.Fire(Received(TuesdayMorning), new AssessInitialRiskCommand(Id, Officer, TuesdayMorning - Duration.FromMinutes(1), RiskLevel.Low)).AsT1;
        Assert.Equal(TransitionErrorKind.OutOfOrder, error.Kind);
    }

    [Fact]
    public void Open_ReportOfAUnitThatIsNotACommune_InvalidCommand()
    {
        // A report without a commune cannot be built (ReceiveReportCommand requires one); a province code is refused.
        var error = Engine.Open(new ReceiveReportCommand(Id, Hotline, TuesdayMorning, ReportSource.Hotline111, AdministrativeUnitCode.Of("01"))).AsT1;
        Assert.Equal(TransitionErrorKind.InvalidCommand, error.Kind);
        Assert.Null(error.State);
    }

    [Fact]
    public void Transfer_AcceptedByReceivingCommune_MovesOwnershipOnlyThen()
    {
        var requested = Drafting(TuesdayMorning)
            .Fire(new RequestTransferCommand(Id, Chair, TuesdayMorning, OtherCommune) { Reason = "Law art. 52.2: the family moved" });
        Assert.Equal(Commune, requested.Commune);
        Assert.Equal(OtherCommune, requested.PendingTransferTo);
        Assert.Contains(requested.Notices, n => n.Recipient == WorkflowRole.CommuneChair && n.RecipientCommune == OtherCommune);

        var byOwner = Engine.Fire(requested, new AcceptTransferCommand(Id, Chair, TuesdayMorning)).AsT1;
        Assert.Equal(TransitionErrorKind.WrongCommune, byOwner.Kind);

        var accepted = requested.Fire(new AcceptTransferCommand(Id, OtherChair, TuesdayMorning));
        Assert.Equal(OtherCommune, accepted.Commune);
        Assert.Null(accepted.PendingTransferTo);
        Assert.Equal(CaseState.Drafting, accepted.State);
        Assert.Equal(Obligation.DraftPlan, accepted.Pending.Single().Obligation);
        Assert.Contains(accepted.Notices, n => n.RecipientCommune == Commune);
        Assert.Equal(CaseState.AwaitingApproval, accepted.Fire(new SubmitPlanCommand(Id, OtherOfficer, TuesdayMorning)).State);
    }

    [Fact]
    public void Transfer_Refused_OwnershipStays()
    {
        var refused = Drafting(TuesdayMorning)
            .Fire(new RequestTransferCommand(Id, Chair, TuesdayMorning, OtherCommune))
            .Fire(new RefuseTransferCommand(Id, OtherChair, TuesdayMorning, "the child does not reside here"));

        Assert.Equal(Commune, refused.Commune);
        Assert.Null(refused.PendingTransferTo);
    }

    [Fact]
    public void RequestTransfer_ToOwnCommune_GuardFails()
    {
        var error = Engine.Fire(Drafting(TuesdayMorning), new RequestTransferCommand(Id, Chair, TuesdayMorning, Commune)).AsT1;
        Assert.Equal(TransitionErrorKind.GuardFailed, error.Kind);
    }

    [Fact]
    public void ObligationsAt_EarlierInstant_LooksAtHistoryUpToThen()
    {
        var submitted = Drafting(TuesdayMorning).Fire(new SubmitPlanCommand(Id, Officer, Local(2025, 5, 12, 9, 0)));

        var before = submitted.ObligationsAt(Local(2025, 5, 10, 8, 0));
        Assert.Equal(Obligation.DraftPlan, before.Single().Obligation);
        Assert.Single(submitted.OverdueAt(Local(2025, 5, 10, 8, 0)));
        Assert.Equal(Obligation.DecideOnPlan, submitted.ObligationsAt(Local(2025, 5, 12, 10, 0)).Single().Obligation);
        Assert.Empty(submitted.ObligationsAt(TuesdayMorning - Duration.FromHours(1)));
    }

    [Fact]
    public void Replay_History_EqualsCase()
    {
        var closed = Reviewed(TuesdayMorning, ReviewFinding.SafeAndStable).Fire(new CloseCommand(Id, Chair, TuesdayMorning));

        var replayed = Case.Replay(closed.History).AsT0;

        Assert.Equal(closed, replayed);
        Assert.Equal(closed.State, replayed.State);
        Assert.Equal(closed.ApprovedPlanVersion, replayed.ApprovedPlanVersion);
        Assert.Empty(replayed.Notices);
    }

    [Fact]
    public void Replay_GapInSequence_InvalidHistory()
    {
        var drafting = Drafting(TuesdayMorning);
        var error = Case.Replay(drafting.History.RemoveAt(1)).AsT1;
        Assert.Equal(TransitionErrorKind.InvalidHistory, error.Kind);
        Assert.Equal(TransitionErrorKind.InvalidHistory, Case.Replay([]).AsT1.Kind);
    }

    [Fact]
    public void ToString_NeverShowsReasons()
    {
        var returned = Drafting(TuesdayMorning)
            .Fire(new SubmitPlanCommand(Id, Officer, TuesdayMorning))
            .Fire(new ReturnPlanCommand(Id, Chair, TuesdayMorning, 1, "Nguyễn Văn A"));

        Assert.DoesNotContain("Nguyễn", returned.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn", returned.History[^1].ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn", (new ReturnPlanCommand(Id, Chair, TuesdayMorning, 1, "Nguyễn Văn A")).ToString(), System.StringComparison.Ordinal);
        Assert.Equal("Case HN-2025-000123: Drafting, commune 00070, cycle 1, 6 events", returned.ToString());
    }

    [Fact]
    public void Timetable_NotEmergency_DraftThenDecide()
    {
        var timetable = Engine.Timetable(TuesdayMorning, emergency: false).AsT0;

        Assert.Equal([Obligation.DraftPlan, Obligation.DecideOnPlan], timetable.Select(o => o.Obligation));
        Assert.Equal(new LocalDate(2025, 5, 9), timetable[0].Deadline.DueDate);
        Assert.Equal(new LocalDate(2025, 5, 13), timetable[1].Deadline.DueDate);
        Assert.All(timetable, o => Assert.True(o.Deadline.Due >= o.Start));
    }

    [Fact]
    public void Timetable_Emergency_Only12Hours()
    {
        var timetable = Engine.Timetable(TuesdayMorning, emergency: true).AsT0;

        var only = Assert.Single(timetable);
        Assert.Equal(Obligation.EmergencyProtection, only.Obligation);
        Assert.Equal(Deadline.At(Local(2025, 4, 29, 21, 0)), only.Deadline);
    }

    [Fact]
    public void Notices_ReportTellsOfficerAndChairOfTheCommune()
    {
        var received = Received(TuesdayMorning);

        Assert.Equal(2, received.Notices.Length);
        Assert.All(received.Notices, n => Assert.Equal(Commune, n.RecipientCommune));
        Assert.Contains(received.Notices, n => n.Recipient == WorkflowRole.CommuneOfficer);
        Assert.Contains("Decree 56/2017/NĐ-CP art. 25.1, 26.1", received.Notices[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Notices_MeetingTellsOfficerOfDraftingDeadline()
    {
        var drafting = Drafting(TuesdayMorning);

        Assert.Contains(drafting.Notices, n => n.Recipient == WorkflowRole.CommuneOfficer
            && n.Message == "DraftPlan due end of 2025-05-09 (Asia/Ho_Chi_Minh) (Decree 56/2017/NĐ-CP art. 28.1).");
    }
}
