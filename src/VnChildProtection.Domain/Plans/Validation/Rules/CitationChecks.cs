using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>The citations of a plan, legal bases first, with their JSON paths.</summary>
internal static class CitationChecks
{
    public static IEnumerable<(string Path, PlanCitation Citation)> All(PlanDocument plan)
    {
        for (var i = 0; i < plan.LegalBases.Count; i++)
        {
            yield return ("$.legalBases[" + i.ToString(CultureInfo.InvariantCulture) + "]", plan.LegalBases[i]);
        }
        for (var i = 0; i < plan.References.Count; i++)
        {
            yield return ("$.references[" + i.ToString(CultureInfo.InvariantCulture) + "]", plan.References[i]);
        }
    }

    public static IEnumerable<(string Path, PlanCitation Citation, LegalReference Reference)> Parsed(PlanDocument plan)
    {
        foreach (var (path, citation) in All(plan))
        {
            if (LegalReference.Parse(citation.Text).TryPickT0(out var reference, out _))
            {
                yield return (path, citation, reference);
            }
        }
    }
}
