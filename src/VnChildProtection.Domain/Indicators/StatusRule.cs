using System;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// One measure's status constants for one year (threshold, trajectory point, at-risk band), classifying values in
/// binary floating point with an exact decimal fallback near every cut point.
/// </summary>
/// <remarks>
/// A double quotient of whole counts below 2^53 is within 1e-15 relative of the exact rate, and the decimal engine
/// within 1e-27, so outside a 1e-9 band around each cut point both sides of every comparison agree; inside it the
/// exact <see cref="StatusEvaluator.Classify"/> decides. So the fast path returns what <see cref="StatusEvaluator"/> would.
/// </remarks>
internal readonly struct StatusRule
{
    private const double Tolerance = 1e-9;

    private readonly TargetThreshold _threshold;
    private readonly decimal? _expected;
    private readonly TargetBaseline? _baseline;
    private readonly decimal _share;
    private readonly double _t;
    private readonly double _e;
    private readonly double _bandCut;
    private readonly double _band;

    public StatusRule(Target? target, int year, decimal atRiskShare)
    {
        Year = year;
        _share = atRiskShare;
        var baseline = target?.StatedBaseline;
        if (target?.ThresholdFor(year, baseline) is not { } t)
        {
            return;
        }
        HasTarget = true;
        _threshold = t;
        Deadline = target.DeadlineFor(year) ?? year;
        _expected = StatusEvaluator.Trajectory(baseline, t.Value, year, Deadline);
        _baseline = baseline;
        Higher = t.Direction == IndicatorDirection.HigherIsBetter;
        _t = (double)t.Value;
        if (_expected is { } e && baseline is { } b)
        {
            HasTrajectory = true;
            var band = Math.Abs(t.Value - b.Value) * atRiskShare;
            _e = (double)e;
            _band = (double)band;
            _bandCut = (double)(Higher ? e - band : e + band);
        }
    }

    public int Year { get; }

    public int Deadline { get; }

    public bool HasTarget { get; }

    public bool HasTrajectory { get; }

    public bool Higher { get; }

    /// <summary>Classifies an approximate value; <paramref name="exact"/> is called only near a cut point.</summary>
    public IndicatorStatus Classify<TExact>(double v, in TExact exact)
        where TExact : struct, IExactValue
    {
        if (!HasTarget)
        {
            return IndicatorStatus.NoData;
        }
        if (Near(v, _t) || (HasTrajectory && (Near(v, _e) || Near(v, _bandCut))))
        {
            return StatusEvaluator.Classify(exact.Compute(), _threshold, _expected, _baseline, Year, Deadline, _share);
        }
        var met = _threshold.Bound switch
        {
            TargetBound.AtLeast or TargetBound.Above => v > _t,
            _ => v < _t,
        };
        if (met)
        {
            return IndicatorStatus.Achieved;
        }
        if (!HasTrajectory)
        {
            return Year < Deadline ? IndicatorStatus.AtRisk : IndicatorStatus.OffTrack;
        }
        var behind = Higher ? _e - v : v - _e;
        return behind < 0 && Year < Deadline ? IndicatorStatus.OnTrack
            : behind < _band ? IndicatorStatus.AtRisk
            : IndicatorStatus.OffTrack;
    }

    private static bool Near(double v, double cut) => Math.Abs(v - cut) <= Tolerance * Math.Max(1d, Math.Abs(cut));

    /// <summary>Produces the exact decimal value on demand, without allocating.</summary>
    internal interface IExactValue
    {
        decimal Compute();
    }
}
