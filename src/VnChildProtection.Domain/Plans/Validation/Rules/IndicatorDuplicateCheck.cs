using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary><c>indicator-duplicate</c>: the same indicator number twice within one objective (or within a plan without objectives).</summary>
internal sealed class IndicatorDuplicateCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.IndicatorDuplicate;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        var seen = new Dictionary<(int?, int), PlanIndicator>();
        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            var indicator = plan.Indicators[i];
            if (seen.TryGetValue((indicator.Objective, indicator.Number), out var first))
            {
                var line = first.Source is { } s ? " (line " + s.Line.ToString(CultureInfo.InvariantCulture) + ")" : "";
                var lineVi = first.Source is { } sv ? " (dòng " + sv.Line.ToString(CultureInfo.InvariantCulture) + ")" : "";
                yield return new Finding(At("$.indicators[" + i.ToString(CultureInfo.InvariantCulture) + "]", indicator.Source),
                    $"{Capitalise(PlanTargets.Label(indicator))} is defined again{line}.",
                    $"{Capitalise(PlanTargets.LabelVi(indicator))} được nêu lại{lineVi}.");
            }
            else
            {
                seen.Add((indicator.Objective, indicator.Number), indicator);
            }
        }
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
