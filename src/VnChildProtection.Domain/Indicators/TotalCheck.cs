using System.Collections.Generic;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Finds reported totals (and other partial keys) that differ from the sum of the disaggregated cells they cover, for
/// <see cref="ConsistencyChecker.CheckTotals"/> and the CSV reader: one rule, two ways of reporting it.
/// </summary>
internal static class TotalCheck
{
    /// <summary>One contradiction: the index of the total, its amount and the sum of its parts (numerators for a ratio).</summary>
    internal readonly record struct Mismatch(int Index, decimal Reported, decimal PartsSum, int Parts);

    public static List<Mismatch> Find(IReadOnlyList<Observation> observations, IndicatorRegistry registry)
    {
        var groups = new Dictionary<(AdministrativeUnitCode Unit, MeasureId Measure, Period Period), List<int>>();
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (!groups.TryGetValue((o.UnitCode, o.Measure, o.Period), out var list))
            {
                groups[(o.UnitCode, o.Measure, o.Period)] = list = [];
            }
            list.Add(i);
        }
        var result = new List<Mismatch>();
        foreach (var members in groups.Values)
        {
            if (members.Count < 2 || !registry.TryGetMeasure(observations[members[0]].Measure, out var measure))
            {
                continue;
            }
            var combination = measure.Disaggregation;
            foreach (var t in members)
            {
                var total = observations[t];
                if (combination.IsComplete(total.Disaggregation) || !combination.Accepts(total.Disaggregation))
                {
                    continue;
                }
                decimal numerators = 0, denominators = 0;
                var parts = 0;
                foreach (var c in members)
                {
                    var cell = observations[c];
                    if (combination.IsComplete(cell.Disaggregation) && cell.Disaggregation.Matches(total.Disaggregation))
                    {
                        numerators += cell.Value ?? cell.Numerator ?? 0;
                        denominators += cell.Denominator ?? 0;
                        parts++;
                    }
                }
                if (parts == 0)
                {
                    continue;
                }
                var reported = total.Value ?? total.Numerator ?? 0;
                if (reported != numerators || (total.Denominator is { } d && d != denominators))
                {
                    result.Add(new Mismatch(t, reported, numerators, parts));
                }
            }
        }
        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }
}
