using System.Collections.Generic;
using System.Collections.Immutable;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// Checks that every tier of a reporting cascade is due no later than the tier it reports to — the plan rule
/// <c>report-deadline-order</c> (VNCP0011).
/// </summary>
/// <remarks>
/// <para>Each tier is compared with the nearest higher tier that has a deadline in the same definition (so a
/// commune-to-province cascade without districts is checked too), for every period of the year, on the dates as
/// written: the plan's text is what is checked, not the working-day adjustment. Equal dates are allowed.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ReportDeadlineOrder
{
    /// <summary>Every pair where a lower tier is due after the tier it reports to.</summary>
    /// <param name="definitions">The report definitions of a regime.</param>
    /// <param name="year">The reporting year whose periods are checked, 1900–2100.</param>
    /// <returns>The violations, by definition, period and tier; empty when the cascade is in order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="definitions"/> is null or holds null.</exception>
    public static ImmutableArray<DeadlineOrderViolation> Find(IEnumerable<ReportDefinition> definitions, int year)
    {
        Preconditions.CheckNotNull(definitions);
        Preconditions.CheckRange(year, ReportPeriod.MinYear, ReportPeriod.MaxYear);
        var found = ImmutableArray.CreateBuilder<DeadlineOrderViolation>();
        foreach (var definition in definitions)
        {
            Preconditions.CheckNotNull(definition);
            if (!definition.Kind.IsPeriodic)
            {
                continue;
            }
            foreach (var period in ReportPeriod.InYear(definition.Kind, year))
            {
                // Deadlines are sorted bottom-up, so each one's nearest higher tier is the next.
                for (int i = 0; i + 1 < definition.Deadlines.Length; i++)
                {
                    var lower = definition.Deadlines[i];
                    var higher = definition.Deadlines[i + 1];
                    var lowerDue = lower.Rule.DueDateFor(period);
                    var higherDue = higher.Rule.DueDateFor(period);
                    if (lowerDue > higherDue)
                    {
                        found.Add(new DeadlineOrderViolation(definition, period, lower.Tier, lowerDue, higher.Tier, higherDue));
                    }
                }
            }
        }
        return found.ToImmutable();
    }
}
