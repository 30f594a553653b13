using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime.Text;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>unit-not-valid-on-date</c>: the plan names an administrative unit that did not exist on its date — a 2026 plan that
/// still names <c>tỉnh Kiên Giang</c> (merged into An Giang on 1 July 2025), or a district after 30 June 2025, one by
/// name (<c>huyện Lý Sơn</c>) or the whole tier (<c>các huyện, thị xã, thành phố</c>).
/// </summary>
/// <remarks>A name is looked up at the level the text gives (<see cref="PlanUnitMention.Level"/>): a bare name shared by
/// units of several levels (the province Quảng Ngãi and its provincial city before 2025) is otherwise ambiguous.</remarks>
internal sealed class UnitNotValidOnDateCheck : PlanRuleCheck
{
    private static readonly LocalDatePattern Display = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");

    public override PlanRule Rule => PlanRule.UnitNotValidOnDate;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        if (PlanTargets.PlanDate(plan) is not { } date)
        {
            yield break;
        }
        for (var i = 0; i < plan.Units.Count; i++)
        {
            var mention = plan.Units[i];
            if (mention.Code is null && mention.Level == AdministrativeLevel.District && date > AdministrativeUnit.LastDayOfDistrictLevel
                && context.Units.FindByName(mention.Name, date, AdministrativeLevel.District).TryPickT1(out var tier, out _)
                && tier.Reason == UnitLookupFailureReason.NotFound)
            {
                // The district tier named as a whole ("các huyện, thị xã, thành phố") in a plan dated after it ended.
                yield return new Finding(At("$.units[" + i.ToString(CultureInfo.InvariantCulture) + "]", mention.Source),
                    $"'{mention.Name}' names the district tier, abolished from 01/07/2025; the plan date is {Display.Format(date)}.",
                    $"'{mention.Name}' là cấp huyện, đã kết thúc hoạt động từ ngày 01/07/2025; kế hoạch ghi ngày {Display.Format(date)}.");
                continue;
            }
            var found = mention.Code is { } text && AdministrativeUnitCode.TryParse(text, out var code)
                ? context.Units.FindByCode(code, date)
                : context.Units.FindByName(mention.Name, date, mention.Level);
            if (!found.TryPickT1(out var failure, out _) || failure.Reason is not (UnitLookupFailureReason.NotValidOnDate or UnitLookupFailureReason.DateBeforeUnit))
            {
                continue;
            }
            var successors = failure.Candidates.Select(u => u.FullName).Distinct().ToArray();
            var hint = successors.Length == 0 ? "" : " (" + string.Join(", ", successors) + ")";
            yield return new Finding(At("$.units[" + i.ToString(CultureInfo.InvariantCulture) + "]", mention.Source),
                $"'{mention.Name}' was not an administrative unit on the plan date {Display.Format(date)}{hint}.",
                $"'{mention.Name}' không phải là đơn vị hành chính vào ngày {Display.Format(date)} của kế hoạch{hint}.");
        }
    }
}
