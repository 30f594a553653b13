using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class ReportDeadlineOrderTests
{
    private static ReportDefinition Annual(params (ReportingTier Tier, int Day, int Month)[] deadlines) => new(
        "annual", "Báo cáo năm", "Annual report", ReportPeriodKind.Annual,
        deadlines.Select(d => new TierDeadline(d.Tier, DueDateRule.FixedDate(d.Day, d.Month))), DataWindowRule.Decree09);

    [Fact]
    public void SeedRegimes_AreInOrder()
    {
        foreach (var regime in new[] { ReportingRegimes.QuangNgai2020, ReportingRegimes.LangSon2023, ReportingRegimes.AnGiang2024, ReportingRegimes.QuangNinh2021, ReportingRegimes.Default })
        {
            Assert.Empty(ReportDeadlineOrder.Find(regime.Definitions, 2023));
        }
    }

    [Fact]
    public void LowerTierDueAfterHigherTier_IsReportedWithBothDates()
    {
        // Seed 001's cascade with the units' and the department's annual dates swapped.
        var swapped = Annual((ReportingTier.District, 20, 11), (ReportingTier.Province, 15, 11));
        var violation = Assert.Single(ReportDeadlineOrder.Find([swapped], 2023));
        Assert.Equal(ReportingTier.District, violation.LowerTier);
        Assert.Equal(new LocalDate(2023, 11, 20), violation.LowerDueDate);
        Assert.Equal(ReportingTier.Province, violation.HigherTier);
        Assert.Equal(new LocalDate(2023, 11, 15), violation.HigherDueDate);
        Assert.Equal(5, violation.DaysLate);
        Assert.Equal("annual 2023-Y: District due 2023-11-20 after Province due 2023-11-15", violation.ToString());
    }

    [Fact]
    public void EachTier_IsComparedWithTheNearestHigherTierPresent()
    {
        var threeTiers = Annual((ReportingTier.Commune, 12, 11), (ReportingTier.District, 10, 11), (ReportingTier.Province, 20, 11));
        var violation = Assert.Single(ReportDeadlineOrder.Find([threeTiers], 2024));
        Assert.Equal((ReportingTier.Commune, ReportingTier.District), (violation.LowerTier, violation.HigherTier));

        // Two-tier local government: communes straight to the province.
        var twoTier = Annual((ReportingTier.Commune, 25, 11), (ReportingTier.Province, 20, 11));
        Assert.Equal(ReportingTier.Province, Assert.Single(ReportDeadlineOrder.Find([twoTier], 2026)).HigherTier);
    }

    [Fact]
    public void SameDay_IsAllowed() =>
        Assert.Empty(ReportDeadlineOrder.Find([Annual((ReportingTier.District, 20, 11), (ReportingTier.Province, 20, 11))], 2023));

    [Fact]
    public void QuarterlyCascade_IsCheckedForEveryPeriod()
    {
        var quarterly = new ReportDefinition("quarterly", "Báo cáo quý", "Quarterly report", ReportPeriodKind.Quarterly,
            [new(ReportingTier.District, DueDateRule.DaysAfterPeriodEnd(10)), new(ReportingTier.Province, DueDateRule.DayOfMonthAfterPeriod(5))],
            DataWindowRule.Decree09);
        var violations = ReportDeadlineOrder.Find([quarterly], 2024);
        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"], violations.Select(v => v.Period.ToString()));
        Assert.Equal(violations[0], ReportDeadlineOrder.Find([quarterly], 2024)[0]);
    }
}
