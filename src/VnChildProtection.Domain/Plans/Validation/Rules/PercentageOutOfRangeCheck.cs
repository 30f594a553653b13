using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary><c>percentage-out-of-range</c>: a percentage milestone below 0 or above 100, on any clause of the plan.</summary>
internal sealed class PercentageOutOfRangeCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.PercentageOutOfRange;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        foreach (var (path, _, clause, target) in PlanTargets.All(plan))
        {
            if (target is not ThresholdTarget { Unit: var unit } threshold || unit != IndicatorUnit.Percent)
            {
                continue;
            }
            foreach (var milestone in threshold.Milestones)
            {
                if (milestone.Value is < 0 or > 100)
                {
                    var value = milestone.Value.ToString(CultureInfo.InvariantCulture);
                    yield return new Finding(At(path, clause.Source),
                        $"'{clause.Text}' sets {value}%, outside 0–100%.",
                        $"'{clause.Text}' đặt {milestone.Value.ToString(CultureInfo.GetCultureInfo("vi-VN"))}%, nằm ngoài khoảng 0–100%.");
                }
            }
        }
    }
}
