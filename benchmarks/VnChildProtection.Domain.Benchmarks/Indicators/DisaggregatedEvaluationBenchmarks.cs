using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;
using Period = VnChildProtection.Domain.Periods.Period;

namespace VnChildProtection.Domain.Benchmarks.Indicators;

/// <summary>
/// A national evaluation by month × sex × age band: every commune of the registry on 1 July 2025 (3,321 under 34
/// provinces), the under-5 mortality counts of 2025 reported monthly by sex and four age bands (12 × 2 × 4 = 96 cells
/// per commune, 318,816 observations, seeded), evaluated for each of the 96 (month, sex, band) slices at every unit and
/// for the nation. Beside the naive LINQ query and a plain hand-written scan of the same observations into arrays.
/// </summary>
[MemoryDiagnoser]
public class DisaggregatedEvaluationBenchmarks
{
    private static readonly MeasureId Under5 = new(3, 'c');
    private static readonly CategoryOption[] Bands =
        [CategoryOption.ForAge(AgeBand.Under(1)), CategoryOption.ForAge(AgeBand.Between(1, 4)), CategoryOption.ForAge(AgeBand.Between(5, 9)), CategoryOption.ForAge(AgeBand.Between(10, 15))];
    private static readonly CategoryOption[] Sexes = [CategoryOption.Male, CategoryOption.Female];
    private static readonly IndicatorRegistry Registry = BuildRegistry();
    private static readonly UnitHierarchy Hierarchy = UnitHierarchy.FromRegistry(AdministrativeUnitRegistry.Default, new LocalDate(2025, 7, 1));
    private static readonly IndicatorEngine Engine = new(Hierarchy, Registry);
    private static readonly Period[] Months = [.. Period.CalendarYear(2025).PeriodsWithin(PeriodType.Monthly)];
    private static readonly DisaggregationKey[] Cells = [.. Sexes.SelectMany(s => Bands.Select(b => DisaggregationKey.Of(s, b)))];
    private static readonly Observation[] Observations = BuildObservations();
    private static readonly IReadOnlyList<IndicatorDataset> Compiled = Engine.CompileEach(Observations, Months, Cells);
    private static readonly IndicatorEvaluation[] Reused = [.. Compiled.Select(d => Engine.Evaluate(d))];
    private static readonly Scan Plain = new(Hierarchy);

    static DisaggregatedEvaluationBenchmarks()
    {
        // The comparison is only fair if all three give the same national figures.
        var naive = NaiveTotals();
        var plain = Plain.Run(Observations);
        for (var s = 0; s < Compiled.Count; s++)
        {
            var national = Reused[s].GetNationalValue(Under5);
            var key = (Months[s / Cells.Length].Start.Month, Cells[s % Cells.Length].ToString());
            if (national.Numerator != naive[key].N || national.Denominator != naive[key].D || plain.Numerators[s] != naive[key].N || plain.Denominators[s] != naive[key].D)
            {
                throw new InvalidOperationException($"The three computations disagree on slice {s}.");
            }
        }
    }

    /// <summary>Naive: one LINQ GroupBy over (month, sex, band, province), then over (month, sex, band) for the nation, in decimals.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinqGroupBy()
    {
        var provinces = Observations
            .GroupBy(o => (o.Period.Start.Month, Key: o.Disaggregation.ToString(), Province: Hierarchy.ParentOf(o.UnitCode)!.Value))
            .Select(g => (g.Key, N: g.Sum(o => o.Numerator ?? 0m), D: g.Sum(o => o.Denominator ?? 0m)))
            .ToList();
        return provinces.Count + NaiveTotals().Count;
    }

    /// <summary>A plain scan of the same observations into per-slice arrays (unit looked up, month, sex and band read), then a sum up the hierarchy.</summary>
    [Benchmark]
    public long PlainArrayScan() => Plain.Run(Observations).Numerators[0];

    /// <summary>The engine: <see cref="IndicatorEngine.CompileEach(IReadOnlyList{Observation}, IReadOnlyList{Period}, IReadOnlyList{DisaggregationKey})"/>
    /// of the 96 slices in one pass, then the fast path evaluates each (values and statuses at every unit), reusing its results.</summary>
    [Benchmark]
    public int EngineCompileAndEvaluate()
    {
        var datasets = Engine.CompileEach(Observations, Months, Cells);
        var rows = 0;
        for (var s = 0; s < datasets.Count; s++)
        {
            rows += Engine.Evaluate(datasets[s], StatusEvaluator.Default, Reused[s]).RejectedObservations;
        }
        return rows;
    }

    /// <summary>The fast path alone over the 96 compiled slices (the data loaded once, evaluated again), allocation-free.</summary>
    [Benchmark]
    public int EngineEvaluateCompiled()
    {
        var rows = 0;
        for (var s = 0; s < Compiled.Count; s++)
        {
            rows += Engine.Evaluate(Compiled[s], StatusEvaluator.Default, Reused[s]).RejectedObservations;
        }
        return rows;
    }

    private static Dictionary<(int Month, string Key), (decimal N, decimal D)> NaiveTotals() =>
        Observations.GroupBy(o => (o.Period.Start.Month, Key: o.Disaggregation.ToString()))
            .ToDictionary(g => g.Key, g => (g.Sum(o => o.Numerator ?? 0m), g.Sum(o => o.Denominator ?? 0m)));

    private static IndicatorRegistry BuildRegistry()
    {
        var ct3 = IndicatorRegistry.Default.Get(new IndicatorId(3));
        var under5 = ct3.Measures.Single(m => m.Id == Under5);
        var disaggregated = new IndicatorMeasure(under5.Id, under5.VietnameseName, under5.EnglishName, under5.Unit, under5.Direction, under5.Population,
            under5.NationalTarget, under5.Rollup, AggregationType.Sum, CategoryCombination.Of(Sexes, Bands));
        return new IndicatorRegistry([new Indicator(ct3.Id, ct3.Objective, ct3.VietnameseName, ct3.EnglishName, ct3.LeadMinistry, [disaggregated])]);
    }

    private static Observation[] BuildObservations()
    {
        var random = new Random(20250701);
        var list = new List<Observation>();
        foreach (var unit in Hierarchy.Units.OrderBy(u => u.Value, StringComparer.Ordinal))
        {
            if (unit.Value.Length != 5)
            {
                continue;
            }
            foreach (var month in Months)
            {
                foreach (var cell in Cells)
                {
                    list.Add(Observation.FromCounts(unit, month, Under5, random.Next(0, 3), random.Next(5, 60), cell));
                }
            }
        }
        return [.. list];
    }

    /// <summary>The hand-written baseline: arrays by slice and unit, children before parents.</summary>
    private sealed class Scan
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly int[] _parent;

        public Scan(IUnitHierarchy hierarchy)
        {
            var units = hierarchy.Units.OrderByDescending(u => u.Value.Length).ThenBy(u => u.Value, StringComparer.Ordinal).ToList();
            for (var i = 0; i < units.Count; i++)
            {
                _index.Add(units[i].Value, i);
            }
            var national = units.Count;
            _parent = [.. units.Select(u => hierarchy.ParentOf(u) is { } p ? _index[p.Value] : national), -1];
        }

        public (long[] Numerators, long[] Denominators) Run(Observation[] observations)
        {
            var n = _parent.Length;
            var slices = Months.Length * Cells.Length;
            var num = new long[slices * n];
            var den = new long[slices * n];
            foreach (var o in observations)
            {
                var u = _index[o.UnitCode.Value];
                var options = o.Disaggregation.Options;
                var sex = options[0] == CategoryOption.Male ? 0 : 1;
                var band = Array.IndexOf(Bands, options[1]);
                var slot = (((((o.Period.Start.Month - 1) * Sexes.Length) + sex) * Bands.Length) + band) * n + u;
                num[slot] += (long)o.Numerator!.Value;
                den[slot] += (long)o.Denominator!.Value;
            }
            var nationalNum = new long[slices];
            var nationalDen = new long[slices];
            for (var s = 0; s < slices; s++)
            {
                var offset = s * n;
                for (var u = 0; u < n - 1; u++)
                {
                    num[offset + _parent[u]] += num[offset + u];
                    den[offset + _parent[u]] += den[offset + u];
                }
                nationalNum[s] = num[offset + n - 1];
                nationalDen[s] = den[offset + n - 1];
            }
            return (nationalNum, nationalDen);
        }
    }
}
