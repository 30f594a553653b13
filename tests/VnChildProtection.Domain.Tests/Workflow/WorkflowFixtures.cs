using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Workflow;

/// <summary>Communes, actors and a case walked through the procedure, shared by the workflow tests.</summary>
internal static class WorkflowFixtures
{
    // Phường Hoàn Kiếm (00070) and Phường Ba Đình (00004) after 1 July 2025; the codes only need to be commune level.
    public static readonly AdministrativeUnitCode Commune = AdministrativeUnitCode.Of("00070");
    public static readonly AdministrativeUnitCode OtherCommune = AdministrativeUnitCode.Of("00004");

    public static readonly Actor Officer = new("officer-1", WorkflowRole.CommuneOfficer, Commune);
    public static readonly Actor Chair = new("chair-1", WorkflowRole.CommuneChair, Commune);
    public static readonly Actor OtherOfficer = new("officer-2", WorkflowRole.CommuneOfficer, OtherCommune);
    public static readonly Actor OtherChair = new("chair-2", WorkflowRole.CommuneChair, OtherCommune);
    public static readonly Actor Hotline = new("hotline-operator-9", WorkflowRole.Hotline111);
    public static readonly Actor Police = new("police-3", WorkflowRole.Police);
    public static readonly Actor LabourSocial = new("social-5", WorkflowRole.LabourSocialBody);

    public static readonly CaseId Id = CaseId.Of("HN-2025-000123");

    public static readonly CaseWorkflow Engine = CaseWorkflow.Default;

    /// <summary>Tuesday 29 April 2025, 09:00 in Vietnam.</summary>
    public static readonly Instant TuesdayMorning = Local(2025, 4, 29, 9, 0);

    public static Instant Local(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Deadline.VietnamTimeZone).ToInstant();

    public static Case Received(Instant at) =>
        Engine.Open(new ReceiveReportCommand(Id, Hotline, at, ReportSource.Hotline111, Commune)).AsT0;

    public static Case Fire(this Case current, CaseCommand command) =>
        Engine.Fire(current, command).Match(c => c, e => throw new Xunit.Sdk.XunitException(e.ToString()));

    /// <summary>Received, assessed (not serious), needs found and the meeting held, all at <paramref name="at"/>.</summary>
    public static Case Drafting(Instant at) =>
        Received(at)
            .Fire(new AssessInitialRiskCommand(Id, Officer, at, RiskLevel.High))
            .Fire(new RecordDetailedAssessmentCommand(Id, Officer, at, NeedsPlan: true))
            .Fire(new HoldNeedsMeetingCommand(Id, Chair, at));

    /// <summary>A plan submitted and approved, then reviewed with <paramref name="finding"/>.</summary>
    public static Case Reviewed(Instant at, ReviewFinding finding) =>
        Drafting(at)
            .Fire(new SubmitPlanCommand(Id, Officer, at))
            .Fire(new ApprovePlanCommand(Id, Chair, at, 1))
            .Fire(new StartReviewCommand(Id, Officer, at))
            .Fire(new RecordReviewCommand(Id, Officer, at, finding));
}
