using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>unknown-agency</c>: a responsibility names an agency that the <see cref="Agencies.AgencyRegistry"/> does not know,
/// with the closest names as suggestions.
/// </summary>
internal sealed class UnknownAgencyCheck : PlanRuleCheck
{
    private const int Suggestions = 3;

    public override PlanRule Rule => PlanRule.UnknownAgency;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        for (var i = 0; i < plan.Responsibilities.Count; i++)
        {
            var responsibility = plan.Responsibilities[i];
            if (responsibility.AgencyId is { } id && context.Agencies.Kinds.Any(k => k.Id == id))
            {
                continue;
            }
            if (!context.Agencies.Resolve(responsibility.Agency).TryPickT1(out var unknown, out _))
            {
                continue;
            }
            var names = unknown.Candidates.Take(Suggestions).Select(c => c.Kind.Name).ToArray();
            var suggestion = names.Length == 0 ? "" : " Did you mean: " + string.Join("; ", names) + "?";
            var suggestionVi = names.Length == 0 ? "" : " Có phải: " + string.Join("; ", names) + "?";
            yield return new Finding(At("$.responsibilities[" + i.ToString(CultureInfo.InvariantCulture) + "].agency", responsibility.Source),
                $"Unknown agency '{responsibility.Agency}'.{suggestion}",
                $"Không xác định được cơ quan '{responsibility.Agency}'.{suggestionVi}");
        }
    }
}
