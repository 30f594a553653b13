using System;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class StatutoryReportsTests
{
    [Fact]
    public void DefaultCalendar_2026_HasTheHealthSectorActionMonthReport()
    {
        var schedule = ReportingCalendar.Default.GetSchedule(2026);

        var commune = Assert.IsType<ReportOccurrence>(schedule.Find("report/action-month-report/commune/2026-Y"));
        Assert.Equal(new LocalDate(2026, 7, 20), commune.RawDueDate);
        var province = Assert.IsType<ReportOccurrence>(schedule.Find("report/action-month-report/province/2026-Y"));
        Assert.Equal(new LocalDate(2026, 7, 31), province.RawDueDate);
        Assert.Equal(VerificationStatus.Unverified, commune.Definition.Verification!.Status);
        Assert.Null(schedule.Find("report/action-month-report/district/2026-Y"));
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2025)]
    public void DefaultCalendar_BeforeTheHealthSectorEra_HasNoActionMonthReport(int year) =>
        Assert.DoesNotContain(ReportingCalendar.Default.GetSchedule(year).Reports, r => r.Definition.Id == "action-month-report");

    // Circular 28/2019/TT-BLĐTBXH art. 5 (Pháp điển, diepxuan/diepxuan.github.io@fbaa690e…:van-ban/…/tre-em.md):
    // commune → district before 10/7, district → province before 20/7, province → ministry before 31/7.
    [Fact]
    public void Circular28_2023_ThreeTiersOnTheirDates()
    {
        var calendar = ReportingCalendar.Default.WithDefinitions([StatutoryReports.ActionMonthReportCircular28, StatutoryReports.ActionMonthReportHealthSector]);
        var reports = calendar.GetSchedule(2023).Reports.ToArray();

        Assert.Equal(
            [("Commune", new LocalDate(2023, 7, 10)), ("District", new LocalDate(2023, 7, 20)), ("Province", new LocalDate(2023, 7, 31))],
            reports.Select(r => (r.Tier.Name, r.RawDueDate)));
        Assert.All(reports, r => Assert.True(r.Definition.Verification!.IsVerified));
        // From 1/7/2025 the two-tier report applies: commune 20/7, province 31/7.
        Assert.Equal([new LocalDate(2025, 7, 20), new LocalDate(2025, 7, 31)], calendar.GetSchedule(2025).Reports.Select(r => r.RawDueDate));
        Assert.Empty(calendar.GetSchedule(2019).Reports);
    }

    [Fact]
    public void ChildrensForumReports_FifteenDaysAfterTheForum_TiersByEra()
    {
        var before = StatutoryReports.ChildrensForumReports(new DateInterval(new LocalDate(2024, 6, 10), new LocalDate(2024, 6, 11)));
        Assert.Equal(["Commune", "District", "Province"], before.Select(d => d.Tier!.Name));
        Assert.All(before, d => Assert.Equal(new LocalDate(2024, 6, 26), d.Date));
        Assert.True(StatutoryReports.ChildrensForumReportVerification(new LocalDate(2024, 6, 11)).IsVerified);

        var after = StatutoryReports.ChildrensForumReports(new DateInterval(new LocalDate(2026, 8, 3), new LocalDate(2026, 8, 4)));
        Assert.Equal(["Commune", "Province"], after.Select(d => d.Tier!.Name));
        Assert.Equal(VerificationStatus.Unverified, StatutoryReports.ChildrensForumReportVerification(new LocalDate(2026, 8, 4)).Status);
        var schedule = ReportingCalendar.Default.WithDeadlines(after).GetSchedule(2026);
        Assert.Equal(2, schedule.Deadlines.Count());
    }

    [Fact]
    public void EffectivePeriod_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => StatutoryReports.ActionMonthReportHealthSector.WithEffectivePeriod(new LocalDate(2026, 1, 1), new LocalDate(2025, 1, 1)));

    [Fact]
    public void Facts_HaveSourcesAndDates() =>
        Assert.All(StatutoryReports.Facts, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Verification.Source));
            Assert.NotNull(f.EffectiveFrom);
        });
}
