using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Workflow;
using static VnChildProtection.Domain.Tests.Workflow.WorkflowFixtures;

namespace VnChildProtection.Domain.Tests.Workflow;

/// <summary>
/// Adding a step is one row plus its trigger and command type: a small table with a new step, built the way
/// <see cref="WorkflowDefinition.Default"/> is, runs a case end to end and draws the new step with its data.
/// </summary>
public class WorkflowExtensionTests
{
    /// <summary>A court order on alternative care (Law on Children 2016 art. 52.3), naming the court's case number.</summary>
    private static readonly WorkflowTrigger ReferToCourt = new("ReferToCourt", 100, "đề nghị tòa án");

    private sealed record ReferToCourtCommand(CaseId CaseId, Actor Actor, Instant At, string CourtCase)
        : CaseCommand(CaseId, Actor, At), IStepCommand
    {
        public static WorkflowTrigger Step => ReferToCourt;

        static ImmutableArray<string> IStepCommand.Data => ["courtCase: string"];

        public override WorkflowTrigger Trigger => Step;
    }

    private static readonly WorkflowDefinition Small = new(
        [
            .. TransitionRule.Step<ReceiveReportCommand>([null], CaseState.Received, [WorkflowRole.Hotline111, WorkflowRole.CommuneOfficer], "Decree 56/2017/NĐ-CP art. 25.1",
                record: (_, cmd, e) => e with { Source = cmd.Source, Commune = cmd.Commune },
                change: (next, e) => (next.Commune = e.Commune!) is not null && (next.Source = e.Source!) is not null),
            .. TransitionRule.Step<AssessInitialRiskCommand>([CaseState.Received], CaseState.Assessing, [WorkflowRole.CommuneOfficer], "Decree 56/2017/NĐ-CP art. 26.2",
                record: (_, cmd, e) => e with { Risk = cmd.Risk },
                change: (next, e) => (next.Risk = e.Risk) is not null),
            // The new step: one row.
            .. TransitionRule.Step<ReferToCourtCommand>([CaseState.Assessing], CaseState.Separated, [WorkflowRole.CommuneChair], "Law on Children 2016 art. 52.3",
                [new TransitionGuard("the initial assessment found serious harm", "Decree 56/2017/NĐ-CP art. 26.3", (c, _) => c.IsEmergency)],
                notify: [WorkflowRole.CommuneOfficer],
                record: (_, cmd, e) => e with { Reason = cmd.CourtCase }),
        ],
        []);

    private static readonly CaseWorkflow Engine = new(Small, WorkingDayCalendar.Default);

    private static Case Assessed(RiskLevel risk) =>
        Engine.Open(new ReceiveReportCommand(Id, Hotline, TuesdayMorning, ReportSource.Hotline111, Commune)).AsT0
            .Then(new AssessInitialRiskCommand(Id, Officer, TuesdayMorning, risk));

    [Fact]
    public void NewStep_RunsThroughItsRow()
    {
        var referred = Assessed(RiskLevel.Serious).Then(new ReferToCourtCommand(Id, Chair, TuesdayMorning, "TA-2025-17"));

        Assert.Equal(CaseState.Separated, referred.State);
        Assert.Equal(ReferToCourt, referred.History[^1].Trigger);
        Assert.Equal("TA-2025-17", referred.History[^1].Reason);
        var notice = Assert.Single(referred.Notices);
        Assert.Equal((WorkflowRole.CommuneOfficer, Commune), (notice.Recipient, notice.RecipientCommune));
        Assert.Contains("Law on Children 2016 art. 52.3", notice.Message, System.StringComparison.Ordinal);
        Assert.Equal(referred, Case.Replay(referred.History, Small).AsT0);
        Assert.Equal(referred.AsOf(TuesdayMorning), referred);
    }

    [Fact]
    public void NewStep_GuardsRolesAndOtherTablesStillApply()
    {
        var guard = Engine.Fire(Assessed(RiskLevel.Low), new ReferToCourtCommand(Id, Chair, TuesdayMorning, "TA-1")).AsT1;
        var role = Engine.Fire(Assessed(RiskLevel.Serious), new ReferToCourtCommand(Id, Officer, TuesdayMorning, "TA-1")).AsT1;
        var elsewhere = CaseWorkflow.Default.Fire(
            CaseWorkflow.Default.Fire(Received(TuesdayMorning), new AssessInitialRiskCommand(Id, Officer, TuesdayMorning, RiskLevel.Serious)).AsT0,
            new ReferToCourtCommand(Id, Chair, TuesdayMorning, "TA-1")).AsT1;
        var referred = Assessed(RiskLevel.Serious).Then(new ReferToCourtCommand(Id, Chair, TuesdayMorning, "TA-1"));

        Assert.Equal(TransitionErrorKind.GuardFailed, guard.Kind);
        Assert.Equal(TransitionErrorKind.RoleNotAllowed, role.Kind);
        Assert.Equal(TransitionErrorKind.NotAllowedInState, elsewhere.Kind);
        Assert.Equal(TransitionErrorKind.InvalidHistory, Case.Replay(referred.History).AsT1.Kind);
    }

    [Fact]
    public void NewStep_DiagramShowsItAndItsData()
    {
        var text = WorkflowDiagram.ToMermaid(Small);

        Assert.Contains("    Assessing --> Separated : ReferToCourt [the initial assessment found serious harm] (CommuneChair)\n", text, System.StringComparison.Ordinal);
        Assert.Contains("    note right of Assessing\n        ReferToCourt(courtCase: string)\n    end note\n", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Timetable_TableWithoutTheProcedure_ReturnsTheRefusedStep()
    {
        var error = Engine.Timetable(TuesdayMorning, emergency: false).AsT1;

        Assert.Equal(WorkflowTrigger.RecordDetailedAssessment, error.Trigger);
        Assert.Equal(CaseState.Assessing, error.State);
        Assert.Equal(WorkflowErrorCodes.State, error.Code);
    }

    private sealed record CourtOrderCommand(CaseId CaseId, Actor Actor, Instant At)
        : CaseCommand(CaseId, Actor, At), IStepCommand
    {
        public static WorkflowTrigger Step => ReferToCourt;

        static ImmutableArray<string> IStepCommand.Data => [];

        public override WorkflowTrigger Trigger => Step;
    }

    [Fact]
    public void Definition_TwoCommandTypesForOneTrigger_IsAProgrammerError() =>
        Assert.Throws<System.ArgumentException>(() => new WorkflowDefinition(
            [
                .. TransitionRule.Step<ReferToCourtCommand>([CaseState.Assessing], CaseState.Separated, [WorkflowRole.CommuneChair], "Law on Children 2016 art. 52.3"),
                .. TransitionRule.Step<CourtOrderCommand>([CaseState.Emergency], CaseState.Separated, [WorkflowRole.CommuneChair], "Law on Children 2016 art. 52.3"),
            ],
            []));

    [Fact]
    public void Definition_TwoRowsFromOneStateByOneTrigger_IsAProgrammerError() =>
        Assert.Throws<System.ArgumentException>(() => new WorkflowDefinition(
            [
                .. TransitionRule.Step<CloseCommand>([CaseState.Reviewing], CaseState.Closed, [WorkflowRole.CommuneChair], "Decree 56/2017/NĐ-CP art. 30.1.b"),
                .. TransitionRule.Step<CloseCommand>([CaseState.Reviewing], CaseState.Closed, [WorkflowRole.CommuneChair], "Decree 56/2017/NĐ-CP art. 30.1.b"),
            ],
            []));
}

internal static class SmallTableSteps
{
    public static Case Then(this Case current, CaseCommand command) =>
        new CaseWorkflow(current.Definition, WorkingDayCalendar.Default).Fire(current, command)
            .Match(c => c, e => throw new Xunit.Sdk.XunitException(e.ToString()));
}
