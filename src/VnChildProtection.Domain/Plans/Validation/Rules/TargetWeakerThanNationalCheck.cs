using System.Collections.Generic;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>target-weaker-than-national</c>: a provincial milestone for a year in which Decision 23/QĐ-TTg sets a national
/// milestone, on the weaker side of it (a warning: provinces may have reasons).
/// </summary>
internal sealed class TargetWeakerThanNationalCheck : ConsistencyRuleCheck
{
    public override PlanRule Rule => PlanRule.TargetWeakerThanNational;

    protected override IReadOnlyCollection<string> IssueCodes { get; } = [IndicatorErrorCodes.WeakerThanNational];

    protected override Finding Describe(ConsistencyIssue issue, PlanTarget clause, SourceLocation location) =>
        new(location,
            $"'{clause.Text}' ({issue.Measure}): {issue.Message}",
            $"'{clause.Text}' ({issue.Measure}): chỉ tiêu thấp hơn chỉ tiêu quốc gia cùng năm (Quyết định 23/QĐ-TTg).");
}
