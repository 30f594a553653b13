using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators;

/// <summary>The engine over months, quarters and years, and over parts of a disaggregation.</summary>
public sealed class IndicatorEnginePeriodsTests
{
    private static readonly MeasureId Under5 = new(3, 'c');              // deaths / live births: a flow, by sex
    private static readonly MeasureId SpecialCircumstances = new(8, 'a'); // children at the end of the period: a stock, by sex
    private static readonly MeasureId Score = new(1, 'a');

    private static readonly DisaggregationKey Girls = DisaggregationKey.Of(CategoryOption.Female);
    private static readonly DisaggregationKey Boys = DisaggregationKey.Of(CategoryOption.Male);

    private static readonly UnitHierarchy Province = new(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>
    {
        [U("22")] = null, [U("22001")] = U("22"), [U("22002")] = U("22"), [U("22003")] = U("22"),
    });

    private static readonly IndicatorEngine Engine = new(Province);

    /// <summary>Monthly deaths and births by sex for two communes (the third never reports), and the stock of children in special circumstances.</summary>
    private static List<Observation> Monthly()
    {
        var list = new List<Observation>();
        foreach (var (unit, scale) in new[] { ("22001", 1), ("22002", 2) })
        {
            for (var month = 1; month <= 12; month++)
            {
                var p = Period.Month(2025, month);
                list.Add(Observation.FromCounts(U(unit), p, Under5, month % 3 * scale, 100 * scale, Boys));
                list.Add(Observation.FromCounts(U(unit), p, Under5, month % 2 * scale, 90 * scale, Girls));
                list.Add(Observation.FromCounts(U(unit), p, SpecialCircumstances, (40 + month) * scale, 1000 * scale, Boys));
                list.Add(Observation.FromCounts(U(unit), p, SpecialCircumstances, (30 + month) * scale, 1000 * scale, Girls));
            }
        }
        return list;
    }

    [Fact]
    public void Flow_OverAYear_IsTheSumOfItsMonths()
    {
        var data = Monthly();
        var year = Engine.Rollup(data, Under5, Period.CalendarYear(2025)).National;
        var months = Period.CalendarYear(2025).PeriodsWithin(PeriodType.Monthly).Select(m => Engine.Rollup(data, Under5, m).National).ToList();
        Assert.Equal(months.Sum(m => m.Numerator), year.Numerator);
        Assert.Equal(months.Sum(m => m.Denominator), year.Denominator);
        Assert.Equal((100 + 90) * 12 * 3m, year.Denominator);
        Assert.Equal(new Coverage(2, 3), year.Coverage);              // 22003 never reported: missing, not zero
        Assert.Equal(Period.CalendarYear(2025), year.Period);
    }

    [Fact]
    public void Stock_IsTheLastMonthOfThePeriod_NeverSummed()
    {
        var data = Monthly();
        var year = Engine.Rollup(data, SpecialCircumstances, Period.CalendarYear(2025)).National;
        Assert.Equal((52 + 42) * 3m, year.Numerator);                   // December: 52 boys, 42 girls, ×1 and ×2
        Assert.Equal(2000 * 3m, year.Denominator);
        var q1 = Engine.Rollup(data, SpecialCircumstances, Period.Quarter(2025, 1), Girls)[U("22002")];
        Assert.Equal((30 + 3) * 2m, q1.Numerator);                      // March
        var summed = data.Where(o => o.Measure == SpecialCircumstances).Sum(o => o.Numerator);
        Assert.NotEqual(summed, year.Numerator);
    }

    [Fact]
    public void Parts_SumToTheTotal_AndAPartIsItsOwnCells()
    {
        var data = Monthly();
        var period = Period.SixMonth(2025, 1);
        var total = Engine.Rollup(data, Under5, period).National;
        var girls = Engine.Rollup(data, Under5, period, Girls).National;
        var boys = Engine.Rollup(data, Under5, period, Boys).National;
        Assert.Equal(total.Numerator, girls.Numerator + boys.Numerator);
        Assert.Equal(total.Denominator, girls.Denominator + boys.Denominator);
        Assert.Equal(90 * 6 * 3m, girls.Denominator);
        Assert.Equal(Girls, girls.Disaggregation);
    }

    [Fact]
    public void ReportedTotal_StandsInOnlyWhereNoPartWasReported()
    {
        var data = Monthly();
        data.Add(Observation.FromCounts(U("22003"), Period.Month(2025, 1), Under5, 4, 300));   // a total, no parts
        data.Add(Observation.FromCounts(U("22001"), Period.Month(2025, 1), Under5, 99, 190));  // contradicts its parts (1 + 1)
        var january = Engine.Rollup(data, Under5, Period.Month(2025, 1));
        Assert.Equal(4m, january[U("22003")].Numerator);
        Assert.Equal(2m, january[U("22001")].Numerator);
        Assert.Equal(new Coverage(3, 3), january.National.Coverage);
        Assert.Null(Engine.Rollup(data, Under5, Period.Month(2025, 1), Girls)[U("22003")].Value); // no girls' figure from a total

        var issue = Assert.Single(ConsistencyChecker.Default.CheckTotals(data));
        Assert.Equal((IndicatorErrorCodes.TotalMismatch, U("22001"), 2025), (issue.Code, issue.UnitCode, issue.Year));
        Assert.Contains("99", issue.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MixedPeriodTypes_AndUndeclaredOptions_AreRejected()
    {
        var data = Monthly();
        data.Add(Observation.FromCounts(U("22003"), Period.Quarter(2025, 1), Under5, 1, 100, Girls));
        data.Add(Observation.FromCounts(U("22003"), Period.Month(2025, 2), Under5, 1, 100, DisaggregationKey.Of(CategoryOption.Urban)));
        data.Add(Observation.FromCounts(U("22001"), Period.Month(2025, 2), Under5, 1, 100, Girls));                      // duplicate
        Assert.Equal(3, Engine.Rollup(data, Under5, Period.CalendarYear(2025)).RejectedObservations);
        Assert.Equal(3, Engine.Compile(data, Period.CalendarYear(2025)).RejectedObservations);
    }

    [Fact]
    public void FastPath_AgreesWithRollup_ForAnyPeriodAndPart()
    {
        var data = Monthly();
        var reuse = (IndicatorEvaluation?)null;
        foreach (var period in new[] { Period.CalendarYear(2025), Period.Quarter(2025, 3), Period.Month(2025, 11) })
        {
            foreach (var key in new[] { DisaggregationKey.Total, Girls, Boys })
            {
                reuse = Engine.Evaluate(Engine.Compile(data, period, key), StatusEvaluator.Default, reuse);
                foreach (var measure in new[] { Under5, SpecialCircumstances })
                {
                    var rollup = Engine.Rollup(data, measure, period, key);
                    Assert.Equal(rollup.National, reuse.GetNationalValue(measure));
                    Assert.Equal(rollup[U("22002")], reuse.GetValue(measure, U("22002")));
                }
            }
        }
    }

    [Fact]
    public void CrossOfTwoCategories_AnyPartOrCell()
    {
        var bands = new[] { CategoryOption.ForAge(AgeBand.Under(5)), CategoryOption.ForAge(AgeBand.Between(5, 15)) };
        var engine = new IndicatorEngine(Province, RegistryWith(RollupPolicy.SumValues, AggregationType.Sum,
            CategoryCombination.Of(Category.Sex.FixedOptions, bands)));
        var data = new List<Observation>();
        var value = 1;
        foreach (var sex in Category.Sex.FixedOptions)
        {
            foreach (var band in bands)
            {
                data.Add(Observation.FromValue(U("22001"), Period.Month(2025, 5), Score, value++, DisaggregationKey.Of(sex, band)));
            }
        }
        // male <5 = 1, male 5-15 = 2, female <5 = 3, female 5-15 = 4
        Assert.Equal(10m, engine.Rollup(data, Score, Period.CalendarYear(2025)).National.Value);
        Assert.Equal(7m, engine.Rollup(data, Score, Period.CalendarYear(2025), Girls).National.Value);
        Assert.Equal(4m, engine.Rollup(data, Score, Period.CalendarYear(2025), DisaggregationKey.Of(bands[0])).National.Value);
        Assert.Equal(3m, engine.Rollup(data, Score, Period.Quarter(2025, 2), DisaggregationKey.Of(bands[0], CategoryOption.Female)).National.Value);
        Assert.Null(engine.Rollup(data, Score, Period.Quarter(2025, 1)).National.Value);
    }

    [Fact]
    public void AverageOverTime_DividesByThePeriodsInside_AndNoneStaysAtTheReportingUnits()
    {
        var average = new IndicatorEngine(Province, RegistryWith(RollupPolicy.SumValues, AggregationType.AverageSumOrgUnit, null));
        var data = new List<Observation>();
        for (var month = 1; month <= 3; month++)
        {
            data.Add(Observation.FromValue(U("22001"), Period.Month(2025, month), Score, 30 * month));
            data.Add(Observation.FromValue(U("22002"), Period.Month(2025, month), Score, 60));
        }
        Assert.Equal(60m + 60m, average.Rollup(data, Score, Period.Quarter(2025, 1)).National.Value); // (30+60+90)/3 + 60
        Assert.Equal(120m, average.Evaluate(average.Compile(data, Period.Quarter(2025, 1))).GetNationalValue(Score).Value);
        Assert.Equal(360m / 6, average.Rollup(data, Score, Period.SixMonth(2025, 1)).National.Value);  // three months of six missing

        var none = new IndicatorEngine(Province, RegistryWith(RollupPolicy.SumValues, AggregationType.None, null));
        var q1 = none.Rollup(data, Score, Period.Month(2025, 2));
        Assert.Equal(60m, q1[U("22001")].Value);
        Assert.Null(q1.National.Value);
        Assert.Null(none.Rollup(data, Score, Period.Quarter(2025, 1))[U("22001")].Value);
    }

    private static Gen<List<Observation>> RandomMonthly() =>
        from cells in Gen.ListOf(
            from unit in Gen.Elements("22001", "22002", "22003")
            from month in Gen.Choose(1, 12)
            from girl in Gen.Elements(false, true)
            from deaths in Gen.Choose(0, 20)
            from births in Gen.Choose(0, 500)
            select (unit, month, girl, deaths, births))
        select cells.DistinctBy(c => (c.unit, c.month, c.girl))
            .Select(c => Observation.FromCounts(U(c.unit), Period.Month(2025, c.month), Under5, c.deaths, c.births, c.girl ? Girls : Boys))
            .ToList();

    [Property(MaxTest = 500)]
    public Property QuarterSums_AddUpToTheYear_AndTheFastPathAgrees() =>
        Prop.ForAll(Arb.From(RandomMonthly()), data =>
        {
            var year = Engine.Rollup(data, Under5, Period.CalendarYear(2025), Girls).National;
            var quarters = Enumerable.Range(1, 4).Select(q => Engine.Rollup(data, Under5, Period.Quarter(2025, q), Girls).National).ToList();
            var fast = Engine.Evaluate(Engine.Compile(data, Period.CalendarYear(2025), Girls)).GetNationalValue(Under5);
            return year.Numerator == quarters.Sum(q => q.Numerator) && year.Denominator == quarters.Sum(q => q.Denominator) && fast == year;
        });

    private static IndicatorRegistry RegistryWith(RollupPolicy rollup, AggregationType aggregation, CategoryCombination? combination)
    {
        var ct1 = IndicatorRegistry.Default.Get(new IndicatorId(1));
        var measure = new IndicatorMeasure(Score, "Điểm", "Score", IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, "xã (communes)", null,
            rollup, aggregation, combination);
        return IndicatorRegistry.Default.With([new Indicator(ct1.Id, ct1.Objective, ct1.VietnameseName, ct1.EnglishName, ct1.LeadMinistry, [measure])]);
    }
}
