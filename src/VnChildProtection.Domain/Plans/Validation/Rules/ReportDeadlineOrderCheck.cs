using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>report-deadline-order</c>: for the same report, a lower tier must be due no later than the tier it reports to
/// (seed 001: units by 20/5, the department to the ministry by 25/5). Compared on yearly due days, or on due dates.
/// </summary>
internal sealed class ReportDeadlineOrderCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.ReportDeadlineOrder;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        var deadlines = plan.Reporting.Select((d, i) => (Deadline: d, Index: i)).Where(x => x.Deadline.Tier is not null).ToArray();
        foreach (var lower in deadlines)
        {
            var higher = deadlines
                .Where(h => h.Deadline.Tier!.Value > lower.Deadline.Tier!.Value && SameReport(h.Deadline, lower.Deadline) && DueAfter(lower.Deadline, h.Deadline))
                .OrderBy(h => h.Deadline.Tier!.Value)
                .FirstOrDefault();
            if (higher.Deadline is null)
            {
                continue;
            }
            yield return new Finding(At("$.reporting[" + lower.Index.ToString(CultureInfo.InvariantCulture) + "]", lower.Deadline.Source),
                $"'{lower.Deadline.Text}' (tier {lower.Deadline.Tier!.Value}) is due after '{higher.Deadline.Text}' (tier {higher.Deadline.Tier!.Value}), the tier it reports to.",
                $"'{lower.Deadline.Text}' (cấp {lower.Deadline.Tier!.Value}) có hạn muộn hơn '{higher.Deadline.Text}' (cấp {higher.Deadline.Tier!.Value}) là cấp nhận báo cáo.");
        }
    }

    private static bool SameReport(PlanReportingDeadline a, PlanReportingDeadline b) =>
        a.Report is null || b.Report is null || string.Equals(a.Report, b.Report, System.StringComparison.OrdinalIgnoreCase);

    private static bool DueAfter(PlanReportingDeadline lower, PlanReportingDeadline higher) =>
        (lower.Due, higher.Due) is ({ } a, { } b) ? a > b
        : (lower.DueDate, higher.DueDate) is ({ } x, { } y) && x > y;
}
