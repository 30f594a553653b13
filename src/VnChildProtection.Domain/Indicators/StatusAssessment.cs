using System;
using System.Globalization;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Indicators;

/// <summary>The status of a value against a target in a year, with the figures behind it.</summary>
/// <remarks>
/// <para>Gaps are in the indicator's unit and signed so that positive means behind: for a rate that must fall,
/// a value above the target has a positive gap.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class StatusAssessment : IEquatable<StatusAssessment>
{
    internal StatusAssessment(IndicatorStatus status, int year, decimal? observed, TargetThreshold? threshold, int? deadline, decimal? expected, Coverage coverage)
    {
        Status = status;
        Year = year;
        Observed = observed;
        Threshold = threshold;
        Deadline = deadline;
        Expected = expected;
        Coverage = coverage;
    }

    /// <summary>The status.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>The reporting year.</summary>
    public int Year { get; }

    /// <summary>The observed value, or null.</summary>
    public decimal? Observed { get; }

    /// <summary>The threshold of the milestone the year works towards, or null when unknown.</summary>
    public TargetThreshold? Threshold { get; }

    /// <summary>The year that milestone is due, or null.</summary>
    public int? Deadline { get; }

    /// <summary>The value expected this year on the straight line from the baseline to the milestone, or null without a baseline.</summary>
    public decimal? Expected { get; }

    /// <summary>How many lowest-level units reported.</summary>
    public Coverage Coverage { get; }

    /// <summary>Distance to the milestone, positive when short of it.</summary>
    public decimal? GapToTarget => Observed is { } v && Threshold is { } t ? Behind(t.Direction, t.Value, v) : null;

    /// <summary>Distance to the trajectory, positive when behind it.</summary>
    public decimal? GapToTrajectory => Observed is { } v && Threshold is { } t && Expected is { } e ? Behind(t.Direction, e, v) : null;

    /// <inheritdoc />
    public bool Equals(StatusAssessment? other) =>
        other is not null && Status == other.Status && Year == other.Year && Observed == other.Observed && Threshold == other.Threshold
        && Deadline == other.Deadline && Expected == other.Expected && Coverage == other.Coverage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatusAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Year, Observed, Threshold, Deadline, Expected, Coverage);

    /// <summary>Returns e.g. <c>AtRisk 2024: 91 vs ≥ 95 by 2025 (37/40)</c>.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Status} {Year}: {Observed?.ToString(CultureInfo.InvariantCulture) ?? "no data"} vs {Threshold?.ToString() ?? "?"} by {Deadline?.ToString(CultureInfo.InvariantCulture) ?? "?"} ({Coverage})");

    /// <summary>Value equality.</summary>
    public static bool operator ==(StatusAssessment? left, StatusAssessment? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(StatusAssessment? left, StatusAssessment? right) => !Equals(left, right);

    private static decimal Behind(IndicatorDirection direction, decimal reference, decimal observed) =>
        direction == IndicatorDirection.HigherIsBetter ? reference - observed : observed - reference;
}
