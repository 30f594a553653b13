using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Progress;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Progress;

public sealed class ProgressRulesProperties
{
    /// <summary>A target of each shape, a plan year, some earlier values, an evaluation date and two candidate latest values.</summary>
    private sealed record Case(Target Target, int PlanYear, List<ProgressPoint> Earlier, int Year, decimal Worse, decimal Better, LocalDate AsOf);

    private static Gen<Target> Targets() => Gen.OneOf(
        from bound in Gen.Elements(TargetBound.AtLeast, TargetBound.Above, TargetBound.AtMost, TargetBound.Below)
        from value in Gen.Choose(1, 100)
        from year in Gen.Choose(2021, 2030)
        from second in Gen.Choose(0, 5)
        select (Target)(second == 0
            ? new ThresholdTarget(IndicatorUnit.Percent, bound, value, year)
            : new ThresholdTarget(IndicatorUnit.Percent, [new Milestone(year, bound, value), new Milestone(year + second, bound, bound is TargetBound.AtLeast or TargetBound.Above ? value + second : value - (value * second / 10m))])),
        from min in Gen.Choose(1, 5)
        from extra in Gen.Choose(0, 3)
        from start in Gen.Choose(2020, 2026)
        select (Target)new AnnualReductionTarget(min, min + extra, start, start + 5),
        from percent in Gen.Choose(1, 60)
        from year in Gen.Choose(2019, 2024)
        select (Target)new RelativeReductionTarget(percent, year, year + 2),
        from bc in Gen.Choose(0, 150)
        from tc in Gen.Choose(0, 200)
        from year in Gen.Choose(2019, 2026)
        select (Target)new CountFractionTarget(bc, 200, year, tc, 200, year + 1));

    private static Arbitrary<Case> Cases() => Arb.From(
        from target in Targets()
        from planYear in Gen.Choose(2020, 2026)
        from earlierValues in Gen.ListOf(Gen.Choose(0, 400))
        from year in Gen.Choose(2020, 2031)
        from a in Gen.Choose(0, 400)
        from b in Gen.Choose(0, 400)
        from day in Gen.Choose(0, 12 * 366)
        let earlier = Earlier(earlierValues, year)
        let worse = target.Direction == IndicatorDirection.HigherIsBetter ? System.Math.Min(a, b) : System.Math.Max(a, b)
        let better = target.Direction == IndicatorDirection.HigherIsBetter ? System.Math.Max(a, b) : System.Math.Min(a, b)
        select new Case(target, planYear, earlier, year, worse / 4m, better / 4m, new LocalDate(2020, 1, 1).PlusDays(day)));

    private static List<ProgressPoint> Earlier(List<int> values, int year)
    {
        var points = new List<ProgressPoint>();
        for (var i = 0; i < values.Count && i < 8; i++)
        {
            var y = year - values.Count + i;
            if (y >= 2015 && y < year)
            {
                points.Add(new ProgressPoint(new LocalDate(y, 12, 31), values[i] / 4m));
            }
        }
        return points;
    }

    private static ProgressDecision Decide(Case c, decimal latest)
    {
        var series = new List<ProgressPoint>(c.Earlier) { new(new LocalDate(c.Year, 12, 31), latest) };
        // Only values of periods begun by the evaluation date reach the rules.
        series.RemoveAll(p => p.Date.Year > c.AsOf.Year);
        return ProgressRules.Decide(c.Target, c.PlanYear, series, c.AsOf, 0.25m);
    }

    [Property(MaxTest = 5_000)]
    public Property Status_IsMonotonicInTheValue() => Prop.ForAll(Cases(), c =>
        Decide(c, c.Worse).Status <= Decide(c, c.Better).Status);

    [Property(MaxTest = 5_000)]
    public Property NoValue_IsNeverOffTrack() => Prop.ForAll(Cases(), c =>
    {
        var status = ProgressRules.Decide(c.Target, c.PlanYear, [], c.AsOf, 0.25m).Status;
        return status is ProgressStatus.NoData or ProgressStatus.NotYetDue;
    });

    [Property(MaxTest = 5_000)]
    public Property NotYetDue_OnlyBeforeTheDeadline() => Prop.ForAll(Cases(), c =>
    {
        var decision = Decide(c, c.Worse);
        return decision.Status != ProgressStatus.NotYetDue || decision.Deadline is not { } d || c.AsOf < new LocalDate(d, 12, 31);
    });

    [Property(MaxTest = 5_000)]
    public Property Met_ExactlyWhenTheLatestValueMeetsTheThreshold() => Prop.ForAll(Cases(), c =>
    {
        var decision = Decide(c, c.Better);
        // When the latest value reached the rules and a threshold applies, "met" is the threshold and nothing else.
        return c.AsOf.Year < c.Year || decision.Threshold is not { } t || (decision.Status == ProgressStatus.Met) == t.IsMetBy(c.Better);
    });
}
