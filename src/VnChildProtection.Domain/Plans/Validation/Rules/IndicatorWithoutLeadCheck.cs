using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>indicator-without-lead</c>: an indicator that agencies coordinate or contribute to, but that no agency leads
/// (<i>chủ trì</i>). Seed 002 has Sở Tư pháp only coordinate indicator 14.
/// </summary>
internal sealed class IndicatorWithoutLeadCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.IndicatorWithoutLead;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        var led = plan.Responsibilities.Where(r => r.Role == ResponsibilityRole.Lead).SelectMany(r => r.Indicators).ToHashSet();
        var reported = new HashSet<int>();
        for (var i = 0; i < plan.Responsibilities.Count; i++)
        {
            var responsibility = plan.Responsibilities[i];
            if (responsibility.Role == ResponsibilityRole.Lead)
            {
                continue;
            }
            foreach (var number in responsibility.Indicators.Where(n => !led.Contains(n) && reported.Add(n)))
            {
                var n = number.ToString(CultureInfo.InvariantCulture);
                var others = string.Join(", ", plan.Responsibilities.Where(r => r.Indicators.Contains(number)).Select(r => r.Agency).Distinct());
                yield return new Finding(At("$.responsibilities[" + i.ToString(CultureInfo.InvariantCulture) + "]", responsibility.Source),
                    $"Indicator {n} has no lead agency; only {others} {(responsibility.Role == ResponsibilityRole.Coordinate ? "coordinates" : "contributes")}.",
                    $"Chỉ tiêu {n} không có cơ quan chủ trì; chỉ có {others} ({responsibility.Role.VietnameseName}).");
            }
        }
    }
}
