using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary><c>issue-date-missing</c>: the header has no complete issue date.</summary>
internal sealed class IssueDateMissingCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.IssueDateMissing;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        if (plan.Header.IssueDate is not null)
        {
            yield break;
        }
        var location = At("$.header.issueDate", plan.Header.DateSource);
        if (plan.Header.IssueYear is { } year)
        {
            var y = year.ToString(CultureInfo.InvariantCulture);
            yield return new Finding(location,
                $"The issue date is blank; only the year {y} is given.",
                $"Ngày ban hành để trống; chỉ có năm {y}.");
        }
        else
        {
            yield return new Finding(location, "The plan has no issue date.", "Kế hoạch không có ngày ban hành.");
        }
    }
}
