using System.Collections.Generic;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>citation-malformed</c>: a citation that <see cref="LegalReference.Parse"/> rejects, with the parser's reason
/// (seed 002 calls National Assembly resolution <c>121/2020/QH14</c> a <c>Quyết định</c>).
/// </summary>
internal sealed class CitationMalformedCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.CitationMalformed;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        foreach (var (path, citation) in CitationChecks.All(plan))
        {
            if (LegalReference.Parse(citation.Text).TryPickT1(out var error, out _))
            {
                yield return new Finding(At(path, citation.Source),
                    $"'{citation.Text}' is not a valid citation: {error.Message} ({error.Code})",
                    $"'{citation.Text}' không phải trích dẫn văn bản hợp lệ ({error.Code}).");
            }
        }
    }
}
