using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Targets;

/// <summary>FsCheck generators for every target shape.</summary>
internal static class TargetGenerators
{
    private static readonly IndicatorUnit[] Units = [.. IndicatorUnit.List.OrderBy(u => u.Value)];

    internal static Gen<decimal> Values() =>
        from whole in Gen.Choose(0, 200_000)
        from cents in Gen.Choose(0, 99)
        from scale in Gen.Elements(0, 1, 2)
        select scale == 0 ? whole : whole + (cents / (scale == 1 ? 10m : 100m) % 1);

    private static Gen<decimal> Percents() =>
        from whole in Gen.Choose(1, 98)
        from tenth in Gen.Choose(0, 9)
        select whole + (tenth / 10m);

    internal static Gen<ThresholdTarget> Thresholds() =>
        from unit in Gen.Elements(Units)
        from count in Gen.Choose(1, 3)
        from start in Gen.Choose(2000, 2090)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 3), count)
        from bounds in Gen.ArrayOf(Gen.Elements(TargetBound.AtLeast, TargetBound.Above, TargetBound.AtMost, TargetBound.Below), count)
        from values in Gen.ArrayOf(Values(), count)
        from maintained in Gen.ArrayOf(Gen.Elements(false, false, true), count)
        from yearless in Gen.Elements(false, true)
        select new ThresholdTarget(unit, Enumerable.Range(0, count).Select(i => new Milestone(
            count == 1 && yearless ? null : start + gaps.Take(i + 1).Sum(),
            bounds[i],
            values[i],
            maintained[i])));

    internal static Gen<Target> Targets() => Gen.OneOf(
        Thresholds().Select(t => (Target)t),
        Thresholds().Select(t => (Target)t),
        from p in Percents() from y in Gen.Choose(1990, 2080) from d in Gen.Choose(0, 5)
        select (Target)new RelativeReductionTarget(p, y, d == 0 ? null : y + d),
        from a in Percents() from extra in Gen.Choose(0, 3) from y in Gen.Choose(1990, 2080) from dated in Gen.Elements(false, true)
        select (Target)new AnnualReductionTarget(a, a + extra < 100 ? a + extra : a, dated ? y : null, dated ? y + 5 : null),
        from total in Gen.Choose(1, 5000) from b in Gen.Choose(0, total) from t in Gen.Choose(b, total) from y in Gen.Choose(1990, 2080)
        select (Target)new CountFractionTarget(b, total, y, t, total, y + 1));

    internal static Gen<string> Noise() =>
        from parts in Gen.ArrayOf(Gen.Elements(
            "giảm", "đạt", "dưới", "xuống", "còn", "duy trì", "đến năm", "vào năm", "năm", "2025", "2030", "9,5", "1.000", "100.000",
            "/", "%", "từ", "lên", "hằng năm", "so với", "và", ";", ":", "trẻ đẻ sống", "tuổi", "đối với", "nông thôn", "99999999999999999999999999999999", "0", " "))
        select string.Join(" ", parts);
}
