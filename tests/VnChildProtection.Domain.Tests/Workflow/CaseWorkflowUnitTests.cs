using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Workflow;

public class CaseWorkflowUnitTests
{
    private static readonly CaseId Id = CaseId.Of("C-UNIT");
    private static readonly Actor Hotline = new("hotline", WorkflowRole.Hotline111);

    private static Instant At(int year, int month, int day) =>
        new LocalDate(year, month, day).At(new LocalTime(9, 0)).InZoneStrictly(Deadline.VietnamTimeZone).ToInstant();

    private static ReceiveReportCommand Report(string commune, Instant at) =>
        new(Id, Hotline, at, ReportSource.Hotline111, AdministrativeUnitCode.Of(commune));

    [Fact]
    public void Open_PreReformCommuneAfterTheReform_IsRefusedWithTheUnitsNowHoldingIt()
    {
        // 00001 was Phường Phúc Xá (Ba Đình) until 30 June 2025; no unit holds that code afterwards.
        var error = CaseWorkflow.Default.Open(Report("00001", At(2025, 7, 1))).AsT1;

        Assert.Equal(TransitionErrorKind.UnknownCommune, error.Kind);
        Assert.Equal("WORKFLOW-UNIT", error.Code);
        Assert.Null(error.State);
        Assert.Contains("00001", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("2025-07-01", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("Phúc Xá", error.Message, System.StringComparison.Ordinal);
        var successors = AdministrativeUnitRegistry.Default.Convert(
            AdministrativeUnitRegistry.Default.FindByCode(AdministrativeUnitCode.Of("00001"), new LocalDate(2025, 6, 30)).AsT0,
            new LocalDate(2025, 7, 1)).AsT0.Successors;
        Assert.All(successors, s => Assert.Contains(s.Unit.FullName, error.Message, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Open_TheSameCodeOnTheLastDayOfTheOldMap_IsAccepted()
    {
        var opened = CaseWorkflow.Default.Open(Report("00001", At(2025, 6, 30))).AsT0;
        Assert.Equal(AdministrativeUnitCode.Of("00001"), opened.Commune);
    }

    [Fact]
    public void Open_AReusedCode_AnswersByDate()
    {
        // 00070: Phường Hàng Trống until 30 June 2025, Phường Hoàn Kiếm from 1 July 2025: valid on both sides.
        Assert.True(CaseWorkflow.Default.Open(Report("00070", At(2025, 6, 30))).IsT0);
        Assert.True(CaseWorkflow.Default.Open(Report("00070", At(2026, 1, 5))).IsT0);
    }

    [Fact]
    public void Open_ACodeNoUnitEverHeld_IsRefused()
    {
        var error = CaseWorkflow.Default.Open(Report("99999", At(2024, 3, 1))).AsT1;
        Assert.Equal(TransitionErrorKind.UnknownCommune, error.Kind);
        Assert.Equal("No commune-level unit holds code 99999 on 2024-03-01.", error.Message);
    }

    [Fact]
    public void RequestTransfer_ToAPreReformCommuneAfterTheReform_IsRefused()
    {
        var workflow = CaseWorkflow.Default;
        var commune = AdministrativeUnitCode.Of("00070");
        var officer = new Actor("officer", WorkflowRole.CommuneOfficer, commune);
        var chair = new Actor("chair", WorkflowRole.CommuneChair, commune);
        var opened = workflow.Open(Report("00070", At(2025, 7, 7))).AsT0;
        var assessed = workflow.Fire(opened, new AssessInitialRiskCommand(Id, officer, At(2025, 7, 7), RiskLevel.High)).AsT0;

        var error = workflow.Fire(assessed, new RequestTransferCommand(Id, chair, At(2025, 7, 8), AdministrativeUnitCode.Of("00001"))).AsT1;

        Assert.Equal(TransitionErrorKind.UnknownCommune, error.Kind);
    }

    [Fact]
    public void WithoutARegistry_OnlyTheLevelIsChecked()
    {
        var workflow = new CaseWorkflow(WorkflowDefinition.Default, WorkingDayCalendar.Default);
        Assert.Null(workflow.Units);
        Assert.True(workflow.Open(Report("99999", At(2024, 3, 1))).IsT0);
    }

    [Fact]
    public void AHostsRegistry_IsTheOneChecked()
    {
        var extra = new AdministrativeUnit(AdministrativeUnitCode.Of("99999"), "Thử Nghiệm", AdministrativeUnitKind.Commune, null, null, AdministrativeUnitCode.Of("01"));
        var workflow = new CaseWorkflow(WorkflowDefinition.Default, WorkingDayCalendar.Default, AdministrativeUnitRegistry.Default.WithUnit(extra));
        Assert.True(workflow.Open(Report("99999", At(2024, 3, 1))).IsT0);
        Assert.True(workflow.Open(Report("99999", At(2026, 3, 2))).IsT0);
    }

    [Fact]
    public void Timetable_HoldsForAnyDate_WithTheRegistryInPlace()
    {
        Assert.True(CaseWorkflow.Default.Timetable(At(2026, 3, 2), emergency: false).IsT0);
        Assert.True(CaseWorkflow.Default.Timetable(At(2024, 3, 1), emergency: true).IsT0);
    }
}
