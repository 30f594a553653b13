using System.Linq;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class ReportingEnumsTests
{
    [Fact]
    public void ReportPeriodKind_HasTheVietnameseNamesAndPeriodLengths()
    {
        Assert.Equal(["báo cáo tháng", "báo cáo quý", "báo cáo 6 tháng", "báo cáo 9 tháng", "báo cáo năm", "báo cáo đột xuất"],
            ReportPeriodKind.List.OrderBy(k => k.Value).Select(k => k.VietnameseName));
        Assert.Equal([1, 3, 6, 9, 12, 0], ReportPeriodKind.List.OrderBy(k => k.Value).Select(k => k.MonthsPerPeriod));
        Assert.All(ReportPeriodKind.List.Where(k => k.IsPeriodic), k => Assert.True(k.PeriodsPerYear == 1 || k.PeriodsPerYear * k.MonthsPerPeriod == 12));
        Assert.False(ReportPeriodKind.AdHoc.IsPeriodic);
        Assert.Equal(ReportPeriodKind.SixMonth, ReportPeriodKind.FromName("SixMonth"));
    }

    [Fact]
    public void ReportingTier_OrdersBottomUp()
    {
        Assert.Equal([ReportingTier.Commune, ReportingTier.District, ReportingTier.Province, ReportingTier.Ministry],
            ReportingTier.List.OrderBy(t => t.Value));
        Assert.Equal("cấp xã", ReportingTier.Commune.VietnameseName);
        Assert.Equal("province/department", ReportingTier.Province.EnglishName);
    }

    [Fact]
    public void DueDatePolicy_HasVietnameseWording() =>
        Assert.Equal(["giữ nguyên ngày", "lùi sang ngày làm việc tiếp theo", "đưa về ngày làm việc liền trước"],
            DueDatePolicy.List.OrderBy(p => p.Value).Select(p => p.VietnameseName));
}
