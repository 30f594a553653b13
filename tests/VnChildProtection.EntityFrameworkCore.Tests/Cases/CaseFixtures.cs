using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Tests.Cases;

/// <summary>Cases built through the real workflow, for the store tests.</summary>
internal static class CaseFixtures
{
    internal static readonly AdministrativeUnitCode Commune = AdministrativeUnitCode.Of("00004");
    internal static readonly AdministrativeUnitCode OtherCommune = AdministrativeUnitCode.Of("00007");
    internal static readonly Instant Received = Instant.FromUtc(2025, 3, 3, 2, 0);

    internal static Actor Officer(AdministrativeUnitCode commune) => new("officer-1", WorkflowRole.CommuneOfficer, commune);

    /// <summary>A case just opened by a report.</summary>
    internal static Case Opened(string id, AdministrativeUnitCode? commune = null)
    {
        var unit = commune ?? Commune;
        return CaseWorkflow.Default.Open(new ReceiveReportCommand(CaseId.Of(id), Officer(unit), Received, ReportSource.Hotline111, unit)).AsT0;
    }

    /// <summary>A case under assessment, where a detailed assessment may be recorded again and again.</summary>
    internal static Case Assessing(string id, AdministrativeUnitCode? commune = null)
    {
        var opened = Opened(id, commune);
        return CaseWorkflow.Default.Fire(opened, new AssessInitialRiskCommand(opened.Id, Officer(opened.Commune), Received + Duration.FromHours(1), RiskLevel.High)).AsT0;
    }

    /// <summary>One more step on a case under assessment (it stays there and notifies the chair).</summary>
    internal static Case Assess(Case current, int minutes) =>
        CaseWorkflow.Default.Fire(current, new RecordDetailedAssessmentCommand(current.Id, Officer(current.Commune),
            current.LastEventAt + Duration.FromMinutes(minutes), NeedsPlan: minutes % 2 == 0)).AsT0;
}
