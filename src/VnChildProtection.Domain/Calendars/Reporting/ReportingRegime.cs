using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// A reporting regime (chế độ báo cáo) as one plan states it: its periodic and ad hoc reports with their tiers'
/// deadlines, and its one-off deadlines. <see cref="ReportingRegimes"/> ships those of the four seed plans.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReportingRegime
{
    /// <summary>Creates a regime.</summary>
    /// <param name="name">A short name, such as <c>Lạng Sơn 2023 (seed 001)</c>.</param>
    /// <param name="source">The plan that states it.</param>
    /// <param name="definitions">Its reports (ids unique).</param>
    /// <param name="deadlines">Its one-off deadlines (ids unique); may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">A name is blank or an id repeats.</exception>
    public ReportingRegime(string name, string source, IEnumerable<ReportDefinition> definitions, IEnumerable<PlanDeadline> deadlines)
    {
        Name = VietnameseText.Normalize(Preconditions.CheckNotBlank(name));
        Source = VietnameseText.Normalize(Preconditions.CheckNotBlank(source));
        Definitions = ReportingCalendar.Distinct(definitions, d => d.Id, nameof(definitions));
        Deadlines = ReportingCalendar.Distinct(deadlines, d => d.Id, nameof(deadlines));
    }

    /// <summary>The regime's short name.</summary>
    public string Name { get; }

    /// <summary>The plan that states the regime.</summary>
    public string Source { get; }

    /// <summary>The reports the regime requires.</summary>
    public ImmutableArray<ReportDefinition> Definitions { get; }

    /// <summary>The regime's one-off deadlines.</summary>
    public ImmutableArray<PlanDeadline> Deadlines { get; }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
