using System;
using System.Linq;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

/// <summary>The regimes are transcribed from the seed plans: their dates are in the plans' own words.</summary>
public class ReportingRegimesTests
{
    private static string Seed(int index) => VietnameseText.Normalize(SeedCorpus.ReadSeed(index)).Replace("*", "", StringComparison.Ordinal);

    [Fact]
    public void QuangNgai2020_DatesAreInSeed000()
    {
        Assert.Contains("Định kỳ ngày 20/5 và 20/11 trong năm báo cáo", Seed(0), StringComparison.Ordinal);
        Assert.Contains("báo cáo đột xuất", Seed(0), StringComparison.Ordinal);
        Assert.Equal([(20, 5), (20, 11)], Fixed(ReportingRegimes.QuangNgai2020));
    }

    [Fact]
    public void LangSon2023_CascadeIsInSeed001()
    {
        var text = Seed(1);
        Assert.Contains("báo cáo 6 tháng (trước ngày 20/5) và báo cáo năm (trước ngày ngày 15/11)", text, StringComparison.Ordinal);
        Assert.Contains("trước ngày 25/5 (đối với báo cáo 6 tháng) và trước ngày 20/11 (đối với báo cáo năm)", text, StringComparison.Ordinal);
        Assert.Equal([(20, 5), (25, 5), (15, 11), (20, 11)], Fixed(ReportingRegimes.LangSon2023));
    }

    [Fact]
    public void AnGiang2024_KindsAndDatesAreInSeed002()
    {
        var text = Seed(2);
        Assert.Contains("Định kỳ quý, 6 tháng, hàng năm", text, StringComparison.Ordinal);
        Assert.Contains("báo cáo 6 tháng vào ngày 20/5, báo cáo năm vào ngày 15/11", text, StringComparison.Ordinal);
        Assert.Equal([(20, 5), (15, 11)], Fixed(ReportingRegimes.AnGiang2024));
        Assert.Equal(
            [ReportPeriodKind.Quarterly, ReportPeriodKind.SixMonth, ReportPeriodKind.Annual, ReportPeriodKind.AdHoc],
            ReportingRegimes.AnGiang2024.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void QuangNinh2021_DeadlinesAreInSeed003()
    {
        var text = Seed(3);
        Assert.Contains("trước ngày 31/3/2021", text, StringComparison.Ordinal);
        Assert.Contains("Hằng năm (tháng 7)", text, StringComparison.Ordinal);
        Assert.Equal(new NodaTime.LocalDate(2021, 3, 31), Assert.Single(ReportingRegimes.QuangNinh2021.Deadlines).Date);
    }

    [Fact]
    public void SeedEvents_AreNamedInThePlans()
    {
        var text = Seed(1);
        Assert.Contains("Tháng hành động vì trẻ em (từ ngày 01/6 đến ngày 30/6)", text, StringComparison.Ordinal);
        Assert.Contains("Tết Trung thu", text, StringComparison.Ordinal);
        Assert.Contains("năm thứ 2 và năm thứ 4 của Kế hoạch phát triển Kinh tế - Xã hội 05 năm", Seed(2), StringComparison.Ordinal);
        Assert.Contains("được tổ chức vào tháng 6 hàng năm", VietnameseText.Normalize(SeedCorpus.ReadLaw("law_LuatTreEm")), StringComparison.Ordinal);
    }

    private static (int Day, int Month)[] Fixed(ReportingRegime regime) =>
        [.. regime.Definitions.SelectMany(d => d.Deadlines).Where(d => d.Rule.IsFixedDate).Select(d => (d.Rule.Day, d.Rule.Month))];
}
