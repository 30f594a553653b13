using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>mortality-rates-inconsistent</c>: neonatal deaths are a subset of infant deaths, which are a subset of under-5 deaths,
/// so for one year the targets must satisfy neonatal ≤ infant ≤ under-5. Seed 002 sets neonatal <c>dưới 9,5</c> and
/// infant <c>dưới 8,5</c>.
/// </summary>
internal sealed class MortalityRatesInconsistentCheck : ConsistencyRuleCheck
{
    public override PlanRule Rule => PlanRule.MortalityRatesInconsistent;

    protected override IReadOnlyCollection<string> IssueCodes { get; } = [IndicatorErrorCodes.MortalityOrder];

    protected override Finding Describe(ConsistencyIssue issue, PlanTarget clause, SourceLocation location)
    {
        var year = issue.Year is { } y ? " (" + y.ToString(CultureInfo.InvariantCulture) + ")" : "";
        var yearVi = issue.Year is { } yv ? " năm " + yv.ToString(CultureInfo.InvariantCulture) : "";
        return new Finding(location,
            $"'{clause.Text}'{year}: {issue.Message}",
            $"'{clause.Text}': tỷ suất tử vong trẻ sơ sinh phải ≤ dưới 1 tuổi ≤ dưới 5 tuổi{yearVi}.");
    }
}
