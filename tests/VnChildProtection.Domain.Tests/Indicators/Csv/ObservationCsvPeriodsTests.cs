using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Periods;
using Period = VnChildProtection.Domain.Periods.Period;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators.Csv;

/// <summary>The <c>period</c> and category columns, the canonical writer, and the generated example of docs/examples/observations.</summary>
public sealed class ObservationCsvPeriodsTests
{
    private static readonly string Examples = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "observations"));

    private static string Example(string name) => File.ReadAllText(Path.Combine(Examples, name));

    [Theory]
    [InlineData("province-12-monthly-2025.csv")]
    [InlineData("province-12-yearly-2025.csv")]
    [InlineData("two-provinces-2024.csv")]
    public void Examples_ReadWithoutErrors_AndWriteBackToTheSameBytes(string name)
    {
        var text = Example(name);
        var result = ObservationCsv.Read(text);
        Assert.Empty(result.Errors);
        var parents = result.ParentCodes.Count == 0 ? null : result.ParentCodes;
        Assert.Equal(text, ObservationCsv.WriteToString(result.Observations, parents));
    }

    [Fact]
    public void MonthlyAndYearlyExamples_GiveTheSameAnnualNationalFigures_AndTheStockIsNotSummed()
    {
        var monthly = ObservationCsv.Read(Example("province-12-monthly-2025.csv")).Observations;
        var yearly = ObservationCsv.Read(Example("province-12-yearly-2025.csv")).Observations;
        Assert.Equal(12 * yearly.Count, monthly.Count);
        var engine = new IndicatorEngine(UnitHierarchy.FromRegistry(AdministrativeUnitRegistry.Default, new LocalDate(2025, 7, 1)));
        var year = Period.CalendarYear(2025);
        foreach (var id in new[] { "CT3.a", "CT3.b", "CT3.c", "CT8.a", "CT13.a" })
        {
            var measure = MeasureId.Parse(id).AsT0;
            foreach (var key in new[] { DisaggregationKey.Total, DisaggregationKey.Of(CategoryOption.Female), DisaggregationKey.Of(CategoryOption.Male) })
            {
                var fromMonths = engine.Rollup(monthly, measure, year, key);
                var fromYear = engine.Rollup(yearly, measure, year, key);
                Assert.Equal(fromYear.National, fromMonths.National);
                Assert.Equal(fromYear[U("12")], fromMonths[U("12")]);
                Assert.Equal(0, fromMonths.RejectedObservations);
            }
        }
        var stock = MeasureId.Parse("CT8.a").AsT0;
        var summedOverMonths = monthly.Where(o => o.Measure == stock).Sum(o => o.Numerator);
        var annual = engine.Rollup(monthly, stock, year).National;
        Assert.True(annual.Numerator * 11 < summedOverMonths, "a stock counted once, not twelve times");
        Assert.Equal(monthly.Where(o => o.Measure == stock && o.Period == Period.Month(2025, 12)).Sum(o => o.Numerator), annual.Numerator);
    }

    [Fact]
    public void BadInput_GivesTypedErrorsWithLineAndColumn_AndKeepsTheGoodRows()
    {
        var text = "unit_code,period,indicator,measure,numerator,denominator,value,sex\n"
            + "22001,202501,CT3,c,2,100,,male\n"       // 2: good
            + "22001,202501,CT3,c,3,90,,female\n"      // 3: good
            + "22001,202501,CT3,c,9,190,,\n"           // 4: a total contradicting its parts (5)
            + "22002,202513,CT3,c,1,80,,male\n"        // 5: no month 13
            + "22002,202502,CT3,c,-1,80,,male\n"       // 6: negative count
            + "22002,202502,CT3,c,1,80,,boy\n"         // 7: unknown option
            + "22002,2025W1,CT13,a,,,1,female\n";      // 8: CT13.a is not disaggregated by sex
        var result = ObservationCsv.Read(text);
        Assert.Equal(3, result.Observations.Count);
        Assert.Equal(
            [
                (ObservationCsvErrorCodes.TotalMismatch, 4, 5),
                (ObservationCsvErrorCodes.PeriodInvalid, 5, 2),
                (ObservationCsvErrorCodes.NumberInvalid, 6, 5),
                (ObservationCsvErrorCodes.CategoryOptionUnknown, 7, 8),
                (ObservationCsvErrorCodes.CategoryOptionUnknown, 8, 8),
            ],
            result.Errors.Select(e => (e.Code, e.Line, e.Column)));
        Assert.Contains("negative", result.Errors[2].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodAndYear_BothGiven_MustAgree()
    {
        var text = "unit_code,year,period,indicator,measure,numerator,denominator,value\n"
            + "22001,2025,,CT3,c,2,100,\n"
            + "22001,,2025Q1,CT3,c,2,100,\n"
            + "22001,2025,2025,CT3,b,2,100,\n"
            + "22001,2025,2025Q2,CT3,c,2,100,\n";
        var result = ObservationCsv.Read(text);
        Assert.Equal([Period.CalendarYear(2025), Period.Quarter(2025, 1), Period.CalendarYear(2025)], result.Observations.Select(o => o.Period));
        Assert.Equal((ObservationCsvErrorCodes.PeriodInvalid, 5), result.Errors.Select(e => (e.Code, e.Line)).Single());
    }

    private static Gen<Observation> Observations() =>
        from unit in Gen.Elements("22001", "22002", "01001")
        from type in Gen.Elements(PeriodType.Monthly, PeriodType.Quarterly, PeriodType.Weekly, PeriodType.Yearly, PeriodType.FinancialApril)
        from day in Gen.Choose(0, 3000)
        from sex in Gen.Elements(null, CategoryOption.Male, CategoryOption.Female)
        from measure in Gen.Elements("CT3.a", "CT3.c", "CT8.a")
        from numerator in Gen.Choose(0, 1000)
        from extra in Gen.Choose(0, 5000)
        select Observation.FromCounts(U(unit), Period.Containing(type, new LocalDate(2020, 1, 1).PlusDays(day)), MeasureId.Parse(measure).AsT0,
            numerator, numerator + extra, sex is null ? null : DisaggregationKey.Of(sex));

    [Property(MaxTest = 300)]
    public Property WriteThenRead_GivesTheSameObservations_AndTheSameBytesAgain() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Observations())), list =>
        {
            var unique = list.DistinctBy(o => (o.UnitCode, o.Period, o.Measure, o.Disaggregation)).ToList();
            // Parts and totals drawn at random may contradict each other; only the observations and bytes are compared.
            var csv = ObservationCsv.WriteToString(unique);
            var read = ObservationCsv.Read(csv);
            return read.Observations.SequenceEqual(unique) && ObservationCsv.WriteToString(read.Observations) == csv
                && read.Errors.All(e => e.Code == ObservationCsvErrorCodes.TotalMismatch);
        });
}
