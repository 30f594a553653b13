using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>section-numbering</c>: top-level Roman-numbered sections must run I, II, III… without gaps, repeats or reversals.
/// Seed 000 puts <c>III. CHẾ ĐỘ BÁO CÁO</c> after <c>IV</c>; seed 001 has two sections <c>V</c>.
/// </summary>
internal sealed class SectionNumberingCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.SectionNumbering;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        var seen = new Dictionary<int, int>();
        var highest = 0;
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            var section = plan.Sections[i];
            if (section.Level != 1 || !RomanNumeral.TryParse(section.Number, out var number))
            {
                continue;
            }
            var location = At(FormattableString(i), section.Source);
            var label = section.Number.ToUpperInvariant();
            if (seen.TryGetValue(number, out var firstIndex))
            {
                var where = plan.Sections[firstIndex].Source is { } first ? $" (line {first.Line.ToString(CultureInfo.InvariantCulture)})" : "";
                var whereVi = plan.Sections[firstIndex].Source is { } firstVi ? $" (dòng {firstVi.Line.ToString(CultureInfo.InvariantCulture)})" : "";
                var after = number < highest ? $" after section {RomanNumeral.Format(highest)}" : "";
                var afterVi = number < highest ? $" sau mục {RomanNumeral.Format(highest)}" : "";
                yield return new Finding(location,
                    $"Section {label} '{section.Title}' repeats the number of an earlier section{where}{after}.",
                    $"Mục {label} '{section.Title}' trùng số với một mục trước{whereVi}{afterVi}.");
            }
            else if (number < highest)
            {
                yield return new Finding(location,
                    $"Section {label} '{section.Title}' comes after section {RomanNumeral.Format(highest)}.",
                    $"Mục {label} '{section.Title}' đứng sau mục {RomanNumeral.Format(highest)}.");
            }
            else if (number > highest + 1)
            {
                var missing = highest + 1 == number - 1
                    ? RomanNumeral.Format(highest + 1)
                    : $"{RomanNumeral.Format(highest + 1)}–{RomanNumeral.Format(number - 1)}";
                yield return new Finding(location,
                    $"Section {label} '{section.Title}' follows section {(highest == 0 ? "(start)" : RomanNumeral.Format(highest))}: section {missing} is missing.",
                    $"Mục {label} '{section.Title}' đứng sau mục {(highest == 0 ? "(đầu)" : RomanNumeral.Format(highest))}: thiếu mục {missing}.");
            }
            seen.TryAdd(number, i);
            if (number > highest)
            {
                highest = number;
            }
        }
    }

    private static string FormattableString(int index) => "$.sections[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
