using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// A plan's progress on an evaluation date: every measurable target with its status, the roll-ups per agency and per
/// objective, and the data coverage (báo cáo kết quả thực hiện kế hoạch).
/// </summary>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record ProgressReport
{
    /// <summary>The plan's header: number, issuer, place, date and title (the report's citation of the plan).</summary>
    public required PlanHeader Plan { get; init; }

    /// <summary>The evaluation date.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The unit the values are for; <see langword="null"/> for the total of every unit in the data.</summary>
    public AdministrativeUnitCode? Unit { get; init; }

    /// <summary>The share of the baseline-to-target distance a value may lag the trajectory and still be "at risk" rather than "off track".</summary>
    public required decimal AtRiskShare { get; init; }

    /// <summary>Every measurable target, in the plan's order.</summary>
    public ValueList<TargetProgress> Targets { get; init; } = ValueList<TargetProgress>.Empty;

    /// <summary>The agencies named as leading or supporting an indicator, in the plan's order.</summary>
    public ValueList<AgencyProgress> Agencies { get; init; } = ValueList<AgencyProgress>.Empty;

    /// <summary>The plan's objectives with their targets.</summary>
    public ValueList<ObjectiveProgress> Objectives { get; init; } = ValueList<ObjectiveProgress>.Empty;

    /// <summary>Targets the plan states in words only (no number to measure), left out of <see cref="Targets"/>.</summary>
    public int QualitativeTargets { get; init; }

    /// <summary>The targets by status.</summary>
    public ProgressCounts Counts => ProgressCounts.Of(Targets.Select(t => t.Status));

    /// <summary>How many targets have a value by the evaluation date (the report's data coverage).</summary>
    public int TargetsWithData => Targets.Count(t => t.Observed is not null);
}
