using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Workflow;
using static VnChildProtection.Domain.Tests.Workflow.WorkflowFixtures;

namespace VnChildProtection.Domain.Tests.Workflow;

/// <summary>
/// Model-based properties: random sequences of triggers, actors and data are fired at the workflow and at a small
/// reference model written from the decree independently of the definition table; both must agree on every step.
/// </summary>
public class WorkflowModelTests
{
    private static readonly Actor[] Actors = [Officer, Chair, OtherOfficer, OtherChair, Hotline, Police, LabourSocial];
    private static readonly string[] Diagram = WorkflowDiagram.ToMermaid(WorkflowDefinition.Default).Split('\n');

    internal sealed record Step(WorkflowTrigger Trigger, Actor Actor, RiskLevel Risk, bool NeedsPlan, int Version, ReviewFinding Finding, bool ToOther, bool WithReason, int Minutes, bool Guided, int Pick)
    {
        // A guided step picks a trigger that leaves the current state and an actor of an allowed role, so that random
        // runs reach deep states; the model still judges it independently. Unguided steps try anything.
        public Step Resolve(Case current)
        {
            if (!Guided)
            {
                return this;
            }
            var triggers = WorkflowDefinition.Default.TriggersFrom(current.State).ToArray();
            var trigger = triggers[Pick % triggers.Length];
            var roles = WorkflowDefinition.Default.RolesFor(trigger);
            var actors = Actors.Where(a => roles.Contains(a.Role)).ToArray();
            return this with { Trigger = trigger, Actor = actors[Pick % actors.Length], Version = current.SubmittedPlanVersion ?? Version };
        }
    }

    private static readonly Gen<Step> Steps =
        from trigger in Gen.Elements(WorkflowTrigger.List.Where(t => t != WorkflowTrigger.ReceiveReport).ToArray())
        from actor in Gen.Elements(Actors)
        from risk in Gen.Elements(RiskLevel.List.ToArray())
        from needsPlan in Gen.Elements(true, false)
        from version in Gen.Choose(1, 3)
        from finding in Gen.Elements(ReviewFinding.SafeAndStable, ReviewFinding.StillAtRisk)
        from toOther in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from withReason in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from minutes in Gen.Choose(0, 5000)
        from guided in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from pick in Gen.Choose(0, 1000)
        select new Step(trigger, actor, risk, needsPlan, version, finding, toOther, withReason, minutes, guided, pick);

    private static readonly Gen<Step[]> Sequences = Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Steps, n));

    /// <summary>The reference model: the procedure of Decree 56/2017 art. 25–32 as plain data.</summary>
    private sealed record Model(
        string State, string Owner, string? Transfer, bool Serious, bool? NeedsPlan, int PlanVersion, int? Submitted,
        ReviewFinding? Finding, bool EmergencyDue, bool DraftDue, bool DecideDue, bool SeparationDue)
    {
        public static Model Opened => new("Received", Commune.Value, null, false, null, 0, null, null, false, false, false, false);

        private bool AnyDue => EmergencyDue || DraftDue || DecideDue || SeparationDue;

        private static bool InCommune(Actor a, string commune) => !a.Role.IsCommuneRole || a.Commune!.Value == commune;

        private bool Is(Actor a, WorkflowRole role, string? commune = null) => a.Role == role && InCommune(a, commune ?? Owner);

        public Model? Next(Step s)
        {
            var a = s.Actor;
            var officer = Is(a, WorkflowRole.CommuneOfficer);
            var chair = Is(a, WorkflowRole.CommuneChair);
            var open = State != "Closed";
            var target = s.ToOther ? OtherCommune.Value : WorkflowFixtures.Commune.Value;
            return (s.Trigger.Name, State) switch
            {
                ("AssessInitialRisk", "Received") when officer =>
                    this with { State = "Assessing", Serious = s.Risk == RiskLevel.Serious, EmergencyDue = s.Risk == RiskLevel.Serious },
                ("ApplyEmergencyMeasures", "Assessing") when (chair || a.Role == WorkflowRole.Police) && Serious =>
                    this with { State = "Emergency", EmergencyDue = false },
                ("SeparateTemporarily", "Assessing" or "Emergency") when chair && s.WithReason =>
                    this with { State = "Separated", EmergencyDue = false, SeparationDue = true },
                ("EndSeparation", "Separated") when chair => this with { State = "Assessing", SeparationDue = false },
                ("RecordDetailedAssessment", "Assessing" or "Emergency" or "Separated") when officer => this with { NeedsPlan = s.NeedsPlan },
                ("HoldNeedsMeeting", "Assessing" or "Emergency") when chair && NeedsPlan == true && !EmergencyDue =>
                    this with { State = "Drafting", DraftDue = !Serious },
                ("CloseWithoutPlan", "Assessing") when chair && NeedsPlan == false && !AnyDue => this with { State = "Closed" },
                ("SubmitPlan", "Drafting") when officer =>
                    this with { State = "AwaitingApproval", PlanVersion = PlanVersion + 1, Submitted = PlanVersion + 1, DraftDue = false, DecideDue = !Serious },
                ("ApprovePlan", "AwaitingApproval") when chair && s.Version == Submitted =>
                    this with { State = "Implementing", Submitted = null, DecideDue = false },
                ("ReturnPlan", "AwaitingApproval") when chair && s.Version == Submitted && s.WithReason =>
                    this with { State = "Drafting", Submitted = null, DecideDue = false },
                ("AdjustPlan", "Implementing") when chair && s.WithReason => this with { PlanVersion = PlanVersion + 1 },
                ("StartReview", "Implementing") when officer => this with { State = "Reviewing" },
                ("RecordReview", "Reviewing") when officer => this with { Finding = s.Finding },
                ("Close", "Reviewing") when chair && Finding == ReviewFinding.SafeAndStable => this with { State = "Closed" },
                ("Replan", "Reviewing") when chair && Finding == ReviewFinding.StillAtRisk =>
                    this with { State = "Drafting", Finding = null, DraftDue = !Serious },
                ("Reopen", "Closed") when (officer || a.Role == WorkflowRole.Hotline111 || a.Role == WorkflowRole.Police || a.Role == WorkflowRole.LabourSocialBody) =>
                    this with { State = "Received", Serious = false, NeedsPlan = null, Submitted = null, Finding = null },
                ("RequestTransfer", _) when open && chair && Transfer is null && target != Owner => this with { Transfer = target },
                ("AcceptTransfer", _) when open && Transfer is not null && Is(a, WorkflowRole.CommuneChair, Transfer) => this with { Owner = Transfer, Transfer = null },
                ("RefuseTransfer", _) when open && Transfer is not null && Is(a, WorkflowRole.CommuneChair, Transfer) && s.WithReason => this with { Transfer = null },
                _ => null,
            };
        }
    }

    private static CaseCommand ToCommand(Step s, Case current)
    {
        var at = current.LastEventAt + Duration.FromMinutes(s.Minutes);
        var reason = s.WithReason ? "legal ground" : string.Empty;
        var commune = s.ToOther ? OtherCommune : WorkflowFixtures.Commune;
        CaseCommand command = s.Trigger.Name switch
        {
            nameof(WorkflowTrigger.AssessInitialRisk) => new AssessInitialRiskCommand(Id, s.Actor, at, s.Risk),
            nameof(WorkflowTrigger.ApplyEmergencyMeasures) => new ApplyEmergencyMeasuresCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.SeparateTemporarily) => new SeparateTemporarilyCommand(Id, s.Actor, at, reason),
            nameof(WorkflowTrigger.EndSeparation) => new EndSeparationCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.RecordDetailedAssessment) => new RecordDetailedAssessmentCommand(Id, s.Actor, at, s.NeedsPlan),
            nameof(WorkflowTrigger.HoldNeedsMeeting) => new HoldNeedsMeetingCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.CloseWithoutPlan) => new CloseWithoutPlanCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.SubmitPlan) => new SubmitPlanCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.ApprovePlan) => new ApprovePlanCommand(Id, s.Actor, at, s.Version),
            nameof(WorkflowTrigger.ReturnPlan) => new ReturnPlanCommand(Id, s.Actor, at, s.Version, reason),
            nameof(WorkflowTrigger.AdjustPlan) => new AdjustPlanCommand(Id, s.Actor, at, reason),
            nameof(WorkflowTrigger.StartReview) => new StartReviewCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.RecordReview) => new RecordReviewCommand(Id, s.Actor, at, s.Finding),
            nameof(WorkflowTrigger.Close) => new CloseCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.Replan) => new ReplanCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.Reopen) => new ReopenCommand(Id, s.Actor, at, ReportSource.Citizen),
            nameof(WorkflowTrigger.RequestTransfer) => new RequestTransferCommand(Id, s.Actor, at, commune),
            nameof(WorkflowTrigger.AcceptTransfer) => new AcceptTransferCommand(Id, s.Actor, at),
            nameof(WorkflowTrigger.RefuseTransfer) => new RefuseTransferCommand(Id, s.Actor, at, reason),
            _ => throw new InvalidOperationException("No command for " + s.Trigger.Name),
        };
        // Steps that need no reason still record one when given, as before.
        return command.Reason is null && s.WithReason ? command with { Reason = reason } : command;
    }

    private static bool Run(Step[] steps, Func<Case, Case, Step, bool> invariant, out Case last)
    {
        var current = Received(TuesdayMorning);
        var model = Model.Opened;
        foreach (var unresolved in steps)
        {
            var step = unresolved.Resolve(current);
            var expected = model.Next(step);
            var result = Engine.Fire(current, ToCommand(step, current));
            if (result.IsT0 != (expected is not null))
            {
                throw new InvalidOperationException($"Model and workflow disagree on {step.Trigger.Name} by {step.Actor.Role.Name} in {current.State.Name}: {(result.IsT1 ? result.AsT1.ToString() : "accepted")}");
            }
            if (result.IsT0)
            {
                var next = result.AsT0;
                if (next.State.Name != expected!.State || next.Commune.Value != expected.Owner || !invariant(current, next, step))
                {
                    last = next;
                    return false;
                }
                model = expected;
                current = next;
            }
        }
        last = current;
        return true;
    }

    [Property(MaxTest = 1_000)]
    public Property RandomSequences_AgreeWithReferenceModel() =>
        Prop.ForAll(Sequences.ToArbitrary(), steps => Run(steps, (_, _, _) => true, out _));

    [Property(MaxTest = 1_000)]
    public Property RandomSequences_OnlyReopenLeavesClosed() =>
        Prop.ForAll(Sequences.ToArbitrary(), steps =>
            Run(steps, (before, after, step) => before.State != CaseState.Closed || step.Trigger == WorkflowTrigger.Reopen, out _));

    [Property(MaxTest = 1_000)]
    public Property RandomSequences_ReplayEqualsStateAndJsonRoundTrips() =>
        Prop.ForAll(Sequences.ToArbitrary(), steps =>
        {
            var ok = Run(steps, (_, after, _) => Case.Replay(after.History).AsT0 == after, out var last);
            var restored = CaseEventLog.Parse(CaseEventLog.ToJson(last.History)).AsT0;
            return ok && Case.Replay(restored).AsT0 == last;
        });

    [Property(MaxTest = 1_000)]
    public Property RandomSequences_DeadlinesNeverPrecedeTheirStart() =>
        Prop.ForAll(Sequences.ToArbitrary(), steps =>
            Run(steps, (_, after, _) => after.Pending.All(p => p.Deadline.Due >= p.Start)
                && after.Outcomes.All(o => o.Deadline.Due >= o.Start && o.Lateness >= Duration.Zero), out _));

    [Property(MaxTest = 1_000)]
    public Property RandomSequences_EveryAcceptedTriggerIsDrawnAndByALawfulRole() =>
        Prop.ForAll(Sequences.ToArbitrary(), steps =>
            Run(steps, (before, after, step) =>
            {
                var line = $"    {before.State.Name} --> {after.State.Name} : {step.Trigger.Name}";
                return Diagram.Any(l => l.StartsWith(line, StringComparison.Ordinal))
                    && WorkflowDefinition.Default.RolesFor(step.Trigger).Contains(step.Actor.Role);
            }, out _));

    [Property(MaxTest = 1_000)]
    public Property RandomSequences_EveryEventIsTheRowOfItsStateAndCommandType() =>
        Prop.ForAll(Sequences.ToArbitrary(), steps =>
            Run(steps, (before, after, step) =>
            {
                var row = WorkflowDefinition.Default.Find(before.State, step.Trigger);
                var e = after.History[^1];
                return row is not null && row.To == e.To && row.CommandType == ToCommand(step, before).GetType()
                    && after.Notices.Where(n => n.Message.StartsWith(step.Trigger.Name + ":", StringComparison.Ordinal)).Select(n => n.Recipient).SequenceEqual(row.Notify);
            }, out _));

    [Property(MaxTest = 1_000)]
    public Property RandomSequences_ReplayingEveryPrefixThroughTheRowsRebuildsEveryProperty() =>
        Prop.ForAll(Sequences.ToArbitrary(), steps =>
        {
            var cases = new List<Case> { Received(TuesdayMorning) };
            var ok = Run(steps, (_, after, _) => { cases.Add(after); return true; }, out var last);
            return ok && cases.Select((c, i) => (c, Replayed: Case.Replay(last.History.Take(i + 1)).AsT0)).All(t => Facts(t.c) == Facts(t.Replayed));
        });

    // Everything a case derives from its history (Case equality compares the history only).
    private static string Facts(Case c) => string.Join(
        "|", c.State, c.Commune, c.Source, c.Cycle, c.ReceivedAt, c.Risk, c.NeedsPlan, c.Level, string.Join(",", c.Categories), c.PlanVersion,
        c.SubmittedPlanVersion, c.ApprovedPlanVersion, c.ReturnReason, c.Finding, c.PendingTransferTo, string.Join(",", c.Pending), c.History.Length);

    [Fact]
    public void ReferenceModel_ReachesEveryState()
    {
        // The generator must be able to reach every state, or the properties above prove little.
        var seen = new HashSet<string>();
        for (var i = 0; i < 3000; i++)
        {
            var steps = Sequences.Sample(40).First();
            Run(steps, (_, after, _) => seen.Add(after.State.Name) || true, out _);
        }
        Assert.Equal(CaseState.List.Select(s => s.Name).Where(n => n != "Received").OrderBy(n => n, StringComparer.Ordinal), seen.Where(n => n != "Received").OrderBy(n => n, StringComparer.Ordinal));
    }
}
