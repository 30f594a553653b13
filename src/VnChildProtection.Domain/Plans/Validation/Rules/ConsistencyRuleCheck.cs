using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>
/// A rule answered by the indicator <see cref="ConsistencyChecker"/> over the clauses matched to national measures: the
/// checker knows each measure's unit, direction and national target. Each subclass keeps the issue codes of its rule.
/// </summary>
internal abstract class ConsistencyRuleCheck : PlanRuleCheck
{
    /// <summary>The checker's issue codes this rule reports.</summary>
    protected abstract IReadOnlyCollection<string> IssueCodes { get; }

    public override IEnumerable<Finding> Check(PlanDocument plan, PlanValidationContext context)
    {
        var byMeasure = new Dictionary<MeasureId, Target>();
        var where = new Dictionary<MeasureId, (string Path, PlanTarget Clause)>();
        foreach (var (path, _, clause, target) in PlanTargets.All(plan))
        {
            if (clause.Measure is { } measure && byMeasure.TryAdd(measure, target))
            {
                where[measure] = (path, clause);
            }
        }
        foreach (var issue in context.Consistency.CheckTargets(byMeasure, PlanTargets.PlanYear(plan)).Where(i => IssueCodes.Contains(i.Code)))
        {
            var (path, clause) = where[issue.Measure];
            yield return Describe(issue, clause, At(path, clause.Source));
        }
    }

    /// <summary>Turns a checker issue into a finding with messages in both languages.</summary>
    protected abstract Finding Describe(ConsistencyIssue issue, PlanTarget clause, SourceLocation location);
}
