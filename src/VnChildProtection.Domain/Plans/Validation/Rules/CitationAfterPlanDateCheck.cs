using System.Collections.Generic;
using System.Globalization;
using NodaTime.Text;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>citation-after-plan-date</c>: a plan cannot cite a document issued after it. Seed 002 (dated 28/02/2024) cites
/// <c>Quyết định số 06/QĐ-TTg ngày 03/01/2029</c>. Compares issue dates when both are known, otherwise the years.
/// </summary>
internal sealed class CitationAfterPlanDateCheck : PlanRuleCheck
{
    private static readonly LocalDatePattern Display = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");

    public override PlanRule Rule => PlanRule.CitationAfterPlanDate;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        var planDate = plan.Header.IssueDate;
        var planYear = planDate?.Year ?? plan.Header.IssueYear;
        if (planYear is null)
        {
            yield break;
        }
        foreach (var (path, citation, reference) in CitationChecks.Parsed(plan))
        {
            if (planDate is { } date && reference.IssueDate is { } cited && cited > date)
            {
                yield return new Finding(At(path, citation.Source),
                    $"'{citation.Text}' is dated {Display.Format(cited)}, after the plan's date {Display.Format(date)}.",
                    $"'{citation.Text}' có ngày {Display.Format(cited)}, sau ngày ban hành kế hoạch {Display.Format(date)}.");
            }
            else if ((reference.IssueDate?.Year ?? reference.Year) is { } year && year > planYear)
            {
                var y = year.ToString(CultureInfo.InvariantCulture);
                var p = planYear.Value.ToString(CultureInfo.InvariantCulture);
                yield return new Finding(At(path, citation.Source),
                    $"'{citation.Text}' is from {y}, after the plan's year {p}.",
                    $"'{citation.Text}' ban hành năm {y}, sau năm của kế hoạch {p}.");
            }
        }
    }
}
