using System.Linq;
using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Calendars;
using Xunit;

namespace VnChildProtection.Documents.Tests.Text;

/// <summary>Reporting duties read with the body the report goes to and the body it passes through.</summary>
public class ReportRecipientTests
{
    private static readonly PlanTextImporter Importer = new();

    private static string Plan(string organisation, string reporting = "") => $"""
        Số: 12/KH-UBND

        Hà Tĩnh, ngày 10 tháng 01 năm 2024

        I. MỤC ĐÍCH, YÊU CẦU

        Là cơ sở để các sở, ngành tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện.

        II. TỔ CHỨC THỰC HIỆN

        {organisation}

        III. CHẾ ĐỘ BÁO CÁO

        {reporting}
        """;

    [Fact]
    public void Import_DatedReportToADepartment_ReadsTheRecipient()
    {
        var plan = Importer.Import(Plan("1. Sở Y tế: chủ trì thực hiện.", "Các sở, ngành báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/11 hằng năm.")).Plan;
        var deadline = Assert.Single(plan.Reporting);
        Assert.Equal(new AnnualDate(11, 15), deadline.Due);
        Assert.Equal("Sở Y tế", deadline.Recipient);
        Assert.Null(deadline.Via);
    }

    [Fact]
    public void Import_UndatedReportThroughADepartment_ReadsRecipientAndVia()
    {
        var plan = Importer.Import(Plan("1. Sở Y tế: chủ trì thực hiện kế hoạch; tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ).")).Plan;
        var deadline = Assert.Single(plan.Reporting);
        Assert.Null(deadline.Due);
        Assert.Null(deadline.DueDate);
        Assert.Equal("UBND tỉnh", deadline.Recipient);
        Assert.Equal("Sở Nội vụ", deadline.Via);
    }

    [Fact]
    public void Import_RelativeDeadlineWithRecipient_ReadsLimitAndRecipient()
    {
        var plan = Importer.Import(Plan("1. Sở Tư pháp: chủ trì.",
            "Trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch, Ủy ban nhân dân các xã báo cáo kết quả rà soát về Sở Tư pháp.")).Plan;
        var deadline = Assert.Single(plan.Reporting);
        Assert.Equal(new TimeLimit(10, TimeLimitUnit.Days), deadline.Within);
        Assert.Equal("Sở Tư pháp", deadline.Recipient);
    }

    [Fact]
    public void Import_ReportToSeveralBodies_KeepsTheList()
    {
        var plan = Importer.Import(Plan("1. Sở Khoa học và Công nghệ: trước ngày 15/12 hằng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ, Ủy ban nhân dân tỉnh kết quả triển khai thực hiện.")).Plan;
        var deadline = Assert.Single(plan.Reporting);
        Assert.Equal(new AnnualDate(12, 15), deadline.Due);
        Assert.Equal("Bộ Khoa học và Công nghệ, Ủy ban nhân dân tỉnh", deadline.Recipient);
    }

    [Fact]
    public void Import_DatesInTheNextSentence_TakeTheRecipientOfTheSentenceBefore()
    {
        var plan = Importer.Import(Plan("1. Sở Y tế: chủ trì.",
            "Định kỳ 6 tháng, hằng năm các sở, ngành báo cáo kết quả về Sở Y tế. Thời gian gửi báo cáo 6 tháng vào ngày 20/5, báo cáo năm vào ngày 15/11.")).Plan;
        Assert.Equal([new AnnualDate(5, 20), new AnnualDate(11, 15)], plan.Reporting.Select(d => d.Due!.Value).ToArray());
        Assert.All(plan.Reporting, d => Assert.Equal("Sở Y tế", d.Recipient));
    }

    [Fact]
    public void Import_ConsolidationAfterADatedReport_IsAnUndatedDutyOfItsOwn()
    {
        var plan = Importer.Import(Plan("1. Sở Xây dựng: chủ trì.",
            "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân tỉnh.")).Plan;
        Assert.Equal(2, plan.Reporting.Count);
        Assert.Equal(("Sở Xây dựng", (AnnualDate?)new AnnualDate(11, 30)), (plan.Reporting[0].Recipient, plan.Reporting[0].Due));
        Assert.Equal(("Ủy ban nhân dân tỉnh", (AnnualDate?)null), (plan.Reporting[1].Recipient, plan.Reporting[1].Due));
    }

    [Theory]
    [InlineData("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo UBND tỉnh (qua Sở Y tế) để xem xét, giải quyết.")]
    [InlineData("Các đơn vị chủ động đề xuất, gửi Sở Y tế tổng hợp, báo cáo UBND tỉnh bổ sung kinh phí.")]
    [InlineData("Sở Tài chính tổng hợp nhu cầu kinh phí, báo cáo cấp có thẩm quyền xem xét bố trí.")]
    public void Import_EscalationOrProposal_IsNoReportingDuty(string sentence)
    {
        var plan = Importer.Import(Plan("1. Sở Y tế: chủ trì.", sentence)).Plan;
        Assert.Empty(plan.Reporting);
    }

    [Fact]
    public void Import_PurposeSection_GivesNoDuty()
    {
        var plan = Importer.Import(Plan("1. Sở Y tế: chủ trì.")).Plan;
        Assert.DoesNotContain(plan.Reporting, d => d.Recipient?.Contains("Thủ tướng", System.StringComparison.Ordinal) == true);
    }
}
