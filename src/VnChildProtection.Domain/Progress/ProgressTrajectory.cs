using System;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// The path a target's value is expected to follow (lộ trình): straight lines between its points (the baseline, then
/// each milestone at the end of its year), flat before the first point and after the last.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProgressTrajectory
{
    /// <summary>Creates a trajectory.</summary>
    /// <param name="points">At least one point, dates strictly increasing.</param>
    /// <exception cref="ArgumentException">No points, or dates out of order.</exception>
    public ProgressTrajectory(ValueList<ProgressPoint> points)
    {
        Preconditions.CheckNotNull(points);
        Preconditions.CheckArgument(points.Count > 0, nameof(points), "A trajectory has at least one point.");
        for (var i = 1; i < points.Count; i++)
        {
            Preconditions.CheckArgument(points[i].Date > points[i - 1].Date, nameof(points), "Trajectory dates must increase strictly.");
        }
        Points = points;
    }

    /// <summary>The points, in date order: the baseline first when there is one, the final target last.</summary>
    public ValueList<ProgressPoint> Points { get; }

    /// <summary>The first point (the baseline, or the first milestone when the baseline is unknown).</summary>
    public ProgressPoint Start => Points[0];

    /// <summary>The last point (the final target at the end of its year).</summary>
    public ProgressPoint End => Points[^1];

    /// <summary>
    /// The expected value on <paramref name="date"/>: linear between the two points around it (by days), the first
    /// point's value before it and the last point's value after it.
    /// </summary>
    /// <param name="date">Any date.</param>
    /// <returns>The expected value.</returns>
    public decimal ValueAt(LocalDate date)
    {
        if (date <= Start.Date)
        {
            return Start.Value;
        }
        for (var i = 1; i < Points.Count; i++)
        {
            var (from, to) = (Points[i - 1], Points[i]);
            if (date <= to.Date)
            {
                return from.Value + ((to.Value - from.Value) * Months(from.Date, date) / Months(from.Date, to.Date));
            }
        }
        return End.Value;
    }

    /// <summary>
    /// Whole months between two dates plus the rest as a share of the next month: a year's end to the next year's end is
    /// exactly 12 whatever the leap days, so a value measured at a year's end lies on the plan's yearly steps.
    /// </summary>
    private static decimal Months(LocalDate from, LocalDate to)
    {
        var months = Period.Between(from, to, PeriodUnits.Months).Months;
        var anchor = from.PlusMonths(months);
        var days = Period.Between(anchor, to, PeriodUnits.Days).Days;
        return months + (days == 0 ? 0m : (decimal)days / Period.Between(anchor, anchor.PlusMonths(1), PeriodUnits.Days).Days);
    }

    /// <summary>The points, e.g. <c>2023-12-31 60 → 2025-12-31 75</c>.</summary>
    public override string ToString() => string.Join(" → ", Points.Select(p => p.ToString()));
}
