using System.Linq;
using NodaTime;
using VnChildProtection.Documents.Evaluation;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using Xunit;

namespace VnChildProtection.Documents.Tests.Evaluation;

/// <summary>The second version of the gold format: task areas and the recipients of reports.</summary>
public class TaskAndRecipientGoldTests
{
    private const string Gold = """
        {
          "document": "x.md",
          "header": { "number": "1/KH-UBND" },
          "deadlines": [
            { "report": "năm", "tier": 3, "due": "15/12", "recipient": ["bo-khcn", "ubnd-tinh"] },
            { "recipient": "ubnd-tinh", "via": "so-noi-vu" },
            { "within": "10 ngày", "recipient": "Cục Cảnh sát Quản lý hành chính về trật tự xã hội" }
          ],
          "tasks": [ { "number": "1", "title": "Hoàn thiện thể chế, chính sách" } ]
        }
        """;

    private static PlanDocument Plan(params PlanReportingDeadline[] reporting) => new()
    {
        Header = new PlanHeader { Number = "1/KH-UBND" },
        Tasks = ValueList.Of(new PlanTask { Number = "1", Title = "Hoàn thiện thể chế" }),
        Reporting = reporting.ToValueList(),
    };

    [Fact]
    public void Parse_TasksList_AnnotatesTasksAndRecipients_UndatedDeadlinesAreNotScoredAsDated()
    {
        var gold = GoldAnnotation.Parse(Gold).AsT0;
        Assert.True(gold.Annotates(EvaluationCategory.Tasks));
        Assert.True(gold.Annotates(EvaluationCategory.Recipients));
        Assert.Single(gold.ItemsFor(EvaluationCategory.Deadlines));
        Assert.Equal(4, gold.ItemsFor(EvaluationCategory.Recipients).Count);
    }

    [Fact]
    public void Parse_WithoutTasksList_DoesNotAnnotateTheNewCategories()
    {
        var gold = GoldAnnotation.Parse("""{ "document": "x.md", "deadlines": [ { "due": "20/5", "recipient": "so-y-te" } ] }""").AsT0;
        Assert.False(gold.Annotates(EvaluationCategory.Tasks));
        Assert.False(gold.Annotates(EvaluationCategory.Recipients));
    }

    [Fact]
    public void Evaluate_RecipientsAsWritten_MatchRegistryIdsAndNames()
    {
        var plan = Plan(
            new PlanReportingDeadline { Text = "trước ngày 15/12", Report = "năm", Tier = Domain.Calendars.Reporting.ReportingTier.Province, Due = new AnnualDate(12, 15), Recipient = "Bộ Khoa học và Công nghệ, Ủy ban nhân dân tỉnh" },
            new PlanReportingDeadline { Text = "báo cáo", Recipient = "Ủy ban nhân dân Thành phố", Via = "Sở Nội vụ" },
            new PlanReportingDeadline { Text = "trong thời hạn 10 ngày", Within = new Domain.Calendars.TimeLimit(10, Domain.Calendars.TimeLimitUnit.Days), Recipient = "Cục Cảnh sát Quản lý hành chính về trật tự xã hội" });
        var evaluation = ImportEvaluator.Evaluate("x", plan, GoldAnnotation.Parse(Gold).AsT0);
        var recipients = evaluation[EvaluationCategory.Recipients];
        Assert.Equal((4, 4, 4), (recipients.Expected, recipients.Extracted, recipients.Matched));
        var tasks = evaluation[EvaluationCategory.Tasks];
        Assert.Equal((1, 1, 1), (tasks.Expected, tasks.Extracted, tasks.Matched));
    }

    [Fact]
    public void Evaluate_WrongVia_IsSpurious()
    {
        var plan = Plan(new PlanReportingDeadline { Text = "báo cáo", Recipient = "UBND tỉnh", Via = "Sở Tài chính" });
        var recipients = ImportEvaluator.Evaluate("x", plan, GoldAnnotation.Parse(Gold).AsT0)[EvaluationCategory.Recipients];
        Assert.Equal(0, recipients.Matched);
        Assert.Single(recipients.Spurious);
    }
}
