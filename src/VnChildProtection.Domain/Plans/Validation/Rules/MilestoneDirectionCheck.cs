using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>milestone-direction</c>: later milestones must not be less ambitious than earlier ones (<c>đạt 90% vào năm 2025 và
/// 85% vào năm 2030</c>), and a target must not ask to lower what the national catalogue says should rise (or the reverse).
/// The direction is the national measure's when the clause is matched to one, else the target's own.
/// </summary>
internal sealed class MilestoneDirectionCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.MilestoneDirection;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        foreach (var (path, _, clause, target) in PlanTargets.All(plan))
        {
            var measure = clause.Measure is { } id && context.Indicators.TryGetMeasure(id, out var m) ? m : null;
            if (measure is not null && target.Direction != measure.Direction)
            {
                yield return new Finding(At(path, clause.Source),
                    $"'{clause.Text}' asks for {Describe(target.Direction)} values, but {measure.EnglishName} ({measure.Id}) improves with {Describe(measure.Direction)} ones.",
                    $"'{clause.Text}' đi ngược chiều của chỉ tiêu {measure.VietnameseName} ({measure.Id}).");
                continue;
            }
            if (target is not ThresholdTarget threshold)
            {
                continue;
            }
            var direction = measure?.Direction ?? target.Direction;
            var dated = threshold.Milestones.Where(x => x.Year is not null).OrderBy(x => x.Year).ToArray();
            for (var i = 1; i < dated.Length; i++)
            {
                var (earlier, later) = (dated[i - 1], dated[i]);
                var worse = direction == IndicatorDirection.HigherIsBetter ? later.Value < earlier.Value : later.Value > earlier.Value;
                if (worse)
                {
                    var text = string.Create(CultureInfo.InvariantCulture, $"{later.Value} in {later.Year} is less ambitious than {earlier.Value} in {earlier.Year}");
                    var textVi = string.Create(CultureInfo.InvariantCulture, $"mốc năm {later.Year} kém hơn mốc năm {earlier.Year}");
                    yield return new Finding(At(path, clause.Source), $"'{clause.Text}': {text}.", $"'{clause.Text}': {textVi}.");
                }
            }
        }
    }

    private static string Describe(IndicatorDirection direction) =>
        direction == IndicatorDirection.HigherIsBetter ? "higher" : "lower";
}
