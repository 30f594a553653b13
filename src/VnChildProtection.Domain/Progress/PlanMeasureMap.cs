using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// Which measure each measurable target of a plan is read against: the national measure the plan names (CT3.a), or,
/// for a target of the plan's own, a measure made for it. The plan's indicator <c>n</c> gets the indicator number
/// <c>900 + n</c> (<see cref="OwnIndicatorOffset"/>), and its own targets the letters a, b, c… in the order they are
/// written, so a data file can report them on the same rows as national measures (<c>CT901,a</c>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanMeasureMap
{
    /// <summary>Added to a plan indicator's number to give its own measures' indicator number (CT901 is the plan's indicator 1).</summary>
    public const int OwnIndicatorOffset = 900;

    private readonly Dictionary<(int Indicator, int Target), MeasureId> _byTarget;

    private PlanMeasureMap(IndicatorRegistry registry, Dictionary<(int, int), MeasureId> byTarget, IReadOnlyList<MeasureId> own)
    {
        Registry = registry;
        _byTarget = byTarget;
        OwnMeasures = own;
    }

    /// <summary>The national registry extended with the plan's own measures: read observations and build the engine with it.</summary>
    public IndicatorRegistry Registry { get; }

    /// <summary>The measures made for the plan's own targets, in plan order.</summary>
    public IReadOnlyList<MeasureId> OwnMeasures { get; }

    /// <summary>Maps a plan's targets to measures.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="registry">The national catalogue; <see cref="IndicatorRegistry.Default"/> when omitted.</param>
    /// <returns>The map.</returns>
    public static PlanMeasureMap For(PlanDocument plan, IndicatorRegistry? registry = null)
    {
        Preconditions.CheckNotNull(plan);
        registry ??= IndicatorRegistry.Default;
        var byTarget = new Dictionary<(int, int), MeasureId>();
        var own = new List<MeasureId>();
        var indicators = new List<Indicator>();
        foreach (var indicator in plan.Indicators)
        {
            var measures = new List<IndicatorMeasure>();
            var ownNumber = indicator.Number + OwnIndicatorOffset;
            for (var t = 0; t < indicator.Targets.Count; t++)
            {
                var target = indicator.Targets[t];
                if (target.Target is null)
                {
                    continue;
                }
                if (target.Measure is { } national && registry.TryGetMeasure(national, out _))
                {
                    byTarget[(indicator.Number, t)] = national;
                    continue;
                }
                if (indicator.Number is < 1 || ownNumber > IndicatorId.MaxValue || measures.Count == MeasureId.MaxMeasuresPerIndicator)
                {
                    continue;
                }
                var id = new MeasureId(ownNumber, (char)('a' + measures.Count));
                measures.Add(new IndicatorMeasure(
                    id,
                    NonBlank(target.Text, indicator.Text),
                    string.Create(CultureInfo.InvariantCulture, $"Plan indicator {indicator.Number}, target {t + 1}"),
                    UnitOf(target.Target),
                    target.Target.Direction,
                    "as the plan states it",
                    null,
                    UnitOf(target.Target).IsCount ? RollupPolicy.SumValues : RollupPolicy.SumNumeratorsAndDenominators));
                byTarget[(indicator.Number, t)] = id;
                own.Add(id);
            }
            if (measures.Count > 0)
            {
                var objective = indicator.Objective is { } o && IndicatorObjective.TryFromValue(o, out var known) ? known : IndicatorObjective.Protection;
                indicators.Add(new Indicator(
                    new IndicatorId(ownNumber), objective, NonBlank(indicator.Text, "Chỉ tiêu của kế hoạch"),
                    string.Create(CultureInfo.InvariantCulture, $"Plan indicator {indicator.Number}"), "as the plan assigns it", measures));
            }
        }
        return new PlanMeasureMap(indicators.Count == 0 ? registry : registry.With(indicators), byTarget, own.AsReadOnly());
    }

    /// <summary>The measure a plan target is read against.</summary>
    /// <param name="indicatorNumber">The plan indicator's number.</param>
    /// <param name="targetIndex">The target's position under the indicator (0 for the first).</param>
    /// <param name="measure">The measure, when the target is measurable.</param>
    /// <returns>Whether the target has a measure (it has a parsed target, and a known national measure or a slot of its own).</returns>
    public bool TryGetMeasure(int indicatorNumber, int targetIndex, out MeasureId measure) =>
        _byTarget.TryGetValue((indicatorNumber, targetIndex), out measure);

    /// <summary>
    /// The unit a plan's own target is counted in: a threshold's stated unit; a count for reductions, which plans state
    /// of numbers of cases ("giảm 20% số vụ"); a percentage for a count fraction (144/200 communes).
    /// </summary>
    internal static IndicatorUnit UnitOf(Target target) => target switch
    {
        ThresholdTarget threshold => threshold.Unit,
        AnnualReductionTarget or RelativeReductionTarget => IndicatorUnit.Count,
        _ => IndicatorUnit.Percent,
    };

    private static string NonBlank(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;
}
