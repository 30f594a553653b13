namespace VnChildProtection.Domain.Indicators;

/// <summary>Where a measure stands against its target in a year, ordered from worst to best (after no data).</summary>
/// <remarks>The rules are on <see cref="StatusEvaluator"/>.</remarks>
public enum IndicatorStatus
{
    /// <summary>No value (nothing reported, or skipped by the missing-value policy), or a target that needs a baseline that was not given.</summary>
    NoData = 0,

    /// <summary>Behind the trajectory by more than the tolerance, or short of a milestone that is due without a trajectory.</summary>
    OffTrack = 1,

    /// <summary>Behind the trajectory within the tolerance, or short of a milestone not yet due when there is no baseline.</summary>
    AtRisk = 2,

    /// <summary>Not yet at the milestone but at or ahead of the straight line from baseline to milestone.</summary>
    OnTrack = 3,

    /// <summary>The milestone the year works towards is already met.</summary>
    Achieved = 4,
}
