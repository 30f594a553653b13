using VnChildProtection.Domain.Workflow;
using static VnChildProtection.Domain.Tests.Workflow.WorkflowFixtures;

namespace VnChildProtection.Domain.Tests.Workflow;

public class CaseAccessPolicyTests
{
    [Fact]
    public void CanView_OwnCommuneYesOtherCommuneNo()
    {
        var drafting = Drafting(TuesdayMorning);
        Assert.True(CaseAccessPolicy.CanView(Officer, drafting));
        Assert.True(CaseAccessPolicy.CanView(Chair, drafting));
        Assert.False(CaseAccessPolicy.CanView(OtherOfficer, drafting));
    }

    [Fact]
    public void CanView_ReceivingCommuneWhileTransferPending()
    {
        var requested = Drafting(TuesdayMorning).Fire(new RequestTransferCommand(Id, Chair, TuesdayMorning, OtherCommune));
        Assert.True(CaseAccessPolicy.CanView(OtherChair, requested));
        Assert.True(CaseAccessPolicy.CanFire(OtherChair, requested, WorkflowTrigger.AcceptTransfer));
        Assert.False(CaseAccessPolicy.CanFire(Chair, requested, WorkflowTrigger.AcceptTransfer));
    }

    [Fact]
    public void CanView_PoliceOnlySeriousOpenCases()
    {
        var serious = Received(TuesdayMorning).Fire(new AssessInitialRiskCommand(Id, Officer, TuesdayMorning, RiskLevel.Serious));
        Assert.True(CaseAccessPolicy.CanView(Police, serious));
        Assert.True(CaseAccessPolicy.CanFire(Police, serious, WorkflowTrigger.ApplyEmergencyMeasures));
        Assert.False(CaseAccessPolicy.CanView(Police, Drafting(TuesdayMorning)));
    }

    [Fact]
    public void CanAct_OfficerNotOnAwaitingApprovalButChairIs()
    {
        var submitted = Drafting(TuesdayMorning).Fire(new SubmitPlanCommand(Id, Officer, TuesdayMorning));
        Assert.False(CaseAccessPolicy.CanAct(Officer, submitted));
        Assert.True(CaseAccessPolicy.CanAct(Chair, submitted));
        Assert.False(CaseAccessPolicy.CanAct(OtherChair, submitted));
    }

    [Fact]
    public void CanView_ClosedCase_OnlyOwningCommune()
    {
        var closed = Reviewed(TuesdayMorning, ReviewFinding.SafeAndStable).Fire(new CloseCommand(Id, Chair, TuesdayMorning));
        Assert.True(CaseAccessPolicy.CanView(Officer, closed));
        Assert.False(CaseAccessPolicy.CanView(Hotline, closed));
        Assert.False(CaseAccessPolicy.CanView(LabourSocial, closed));
    }
}
