using System.Collections.Generic;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>One rule's check over a plan: pure, reports every problem it sees, never throws on plan content.</summary>
internal abstract class PlanRuleCheck
{
    /// <summary>The rule this check implements.</summary>
    public abstract PlanRule Rule { get; }

    /// <summary>Reports the findings of this rule in <paramref name="plan"/>.</summary>
    public abstract IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context);

    /// <summary>A location from a JSON path and an optional source span.</summary>
    protected static SourceLocation At(string path, SourceSpan? span) =>
        span is null ? new SourceLocation(path) : new SourceLocation(path, span.Line, span.Column, span.Start, span.Length);
}
