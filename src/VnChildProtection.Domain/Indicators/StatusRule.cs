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
internal struct StatusRule
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
    private double _cut0 = double.NaN, _cut1 = double.NaN, _cut2 = double.NaN;
    private double _tolerance0, _tolerance1, _tolerance2;
    private uint _statuses;

    /// <summary>Returned by <see cref="Classify"/> near a cut point: the exact decimal rule must decide.</summary>
    public const IndicatorStatus Undecided = (IndicatorStatus)255;

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
        Tabulate();
    }

    public int Year { get; }

    public int Deadline { get; }

    public bool HasTarget { get; }

    public bool HasTrajectory { get; }

    public bool Higher { get; }

    /// <summary>Classifies an approximate value, or returns <see cref="Undecided"/> when it lies near a cut point.</summary>
    /// <remarks>The status is a step function of the value with at most three cuts (threshold, trajectory point, at-risk
    /// bound), so it is read from a table indexed by how many cuts the value exceeds.</remarks>
    public readonly IndicatorStatus Classify(double v)
    {
        if (Math.Abs(v - _cut0) <= _tolerance0 || Math.Abs(v - _cut1) <= _tolerance1 || Math.Abs(v - _cut2) <= _tolerance2)
        {
            return Undecided;
        }
        var index = (v > _cut0 ? 1 : 0) + (v > _cut1 ? 1 : 0) + (v > _cut2 ? 1 : 0);
        return (IndicatorStatus)((_statuses >> (index * 8)) & 0xFF);
    }

    /// <summary>The exact decimal classification, for values near a cut point.</summary>
    public readonly IndicatorStatus ClassifyExact(decimal v) => StatusEvaluator.Classify(v, _threshold, _expected, _baseline, Year, Deadline, _share);

    /// <summary>The double classification at a point known to be away from every cut.</summary>
    private readonly IndicatorStatus ClassifyAway(double v)
    {
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

    private void Tabulate()
    {
        // Cuts ascending, padded with NaN (never near, never exceeded).
        double[] cuts = HasTrajectory ? [_t, _e, _bandCut] : [_t];
        Array.Sort(cuts);
        _cut0 = cuts[0];
        _cut1 = cuts.Length > 1 ? cuts[1] : double.NaN;
        _cut2 = cuts.Length > 2 ? cuts[2] : double.NaN;
        _tolerance0 = Tolerance * Math.Max(1d, Math.Abs(_cut0));
        _tolerance1 = Tolerance * Math.Max(1d, Math.Abs(_cut1));
        _tolerance2 = Tolerance * Math.Max(1d, Math.Abs(_cut2));
        var statuses = 0u;
        for (var i = 0; i <= cuts.Length; i++)
        {
            var point = i == 0 ? cuts[0] - 1 - Math.Abs(cuts[0])
                : i == cuts.Length ? cuts[^1] + 1 + Math.Abs(cuts[^1])
                : (cuts[i - 1] + cuts[i]) / 2;
            statuses |= (uint)ClassifyAway(point) << (i * 8);
        }
        for (var i = cuts.Length + 1; i < 4; i++)
        {
            statuses |= (statuses >> ((i - 1) * 8) & 0xFF) << (i * 8);
        }
        _statuses = statuses;
    }

    private static bool Near(double v, double cut) => Math.Abs(v - cut) <= Tolerance * Math.Max(1d, Math.Abs(cut));
}
