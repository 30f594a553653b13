using System.Collections.Generic;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// <c>draft-document-number-missing</c>: the number has no sequence before the slash (<c>Số: /KH-SLĐTBXH</c>), or is absent.
/// </summary>
internal sealed class DraftDocumentNumberMissingCheck : PlanRuleCheck
{
    public override PlanRule Rule => PlanRule.DraftDocumentNumberMissing;

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        var number = plan.Header.Number?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            yield return new Finding(At("$.header.number", plan.Header.NumberSource),
                "The plan has no document number.", "Kế hoạch không có số hiệu văn bản.");
        }
        else if (number[0] == '/' || !char.IsDigit(number[0]))
        {
            yield return new Finding(At("$.header.number", plan.Header.NumberSource),
                $"The document number '{number}' has a blank sequence number (a draft).",
                $"Số hiệu văn bản '{number}' để trống số (dự thảo).");
        }
    }
}
