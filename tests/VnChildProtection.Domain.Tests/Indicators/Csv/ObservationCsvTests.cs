using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators.Csv;

public sealed class ObservationCsvTests
{
    private static readonly MeasureId Neonatal = new(3, 'a');
    private static readonly MeasureId ChildMarriages = new(13, 'a');

    [Fact]
    public void Read_BomCrlfAndQuotedCells_ReturnsObservations()
    {
        var text = "\uFEFFunit_code,year,indicator,measure,numerator,denominator,value\r\n"
            + "22001,2024,CT3,a,5,1480,\r\n"
            + "\"22002\",2024,\"CT13\",\"a\",,,\"2\"\r\n";

        var result = ObservationCsv.Read(text);

        Assert.True(result.IsValid);
        Assert.Equal(
            [Observation.FromCounts(U("22001"), 2024, Neonatal, 5, 1480), Observation.FromValue(U("22002"), 2024, ChildMarriages, 2)],
            result.Observations);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderAndMeasureAsFullId_AreAccepted()
    {
        var result = ObservationCsv.Read("Year,Unit_Code,measure,indicator,value,numerator,denominator\n2024,22001,CT3.a,ct3,,5,1480\n");

        Assert.True(result.IsValid);
        Assert.Equal(Observation.FromCounts(U("22001"), 2024, Neonatal, 5, 1480), Assert.Single(result.Observations));
    }

    [Fact]
    public void Read_BadRows_ReportsLineAndFieldAndKeepsGoodRows()
    {
        var text = "unit_code,year,indicator,measure,numerator,denominator,value\n"
            + "\"220\n01\",2024,CT3,a,5,1480,\n"   // lines 2-3: a quoted code spanning lines, invalid
            + "22002,2024,CT3,a,5,1480,\n"         // line 4: good
            + "22003,20x4,CT3,a,-1,1480,\n"        // line 5: two bad cells, both reported
            + "22004,2024,CT99,a,5,1480,\n"        // line 6: unknown measure
            + "22005,2024,CT3,a,5,,\n"             // line 7: numerator without denominator
            + "22006,2024,CT3,a\n"                 // line 8: too few fields
            + "22002,2024,CT3,a,1,10,\n";          // line 9: duplicate of line 4

        var result = ObservationCsv.Read(text);

        Assert.False(result.IsValid);
        Assert.Equal(Observation.FromCounts(U("22002"), 2024, Neonatal, 5, 1480), Assert.Single(result.Observations));
        Assert.Equal(
            [
                (ObservationCsvErrorCodes.UnitCodeInvalid, 2, 1, "unit_code"),
                (ObservationCsvErrorCodes.YearInvalid, 5, 2, "year"),
                (ObservationCsvErrorCodes.NumberInvalid, 5, 5, "numerator"),
                (ObservationCsvErrorCodes.MeasureUnknown, 6, 4, "measure"),
                (ObservationCsvErrorCodes.AmountsInvalid, 7, 0, ""),
                (ObservationCsvErrorCodes.FieldCount, 8, 0, ""),
                (ObservationCsvErrorCodes.Duplicate, 9, 0, ""),
            ],
            result.Errors.Select(e => (e.Code, e.Line, e.Column, e.Field)));
        Assert.Equal("line 5, column 2 (year): CSV-YEAR-INVALID The year must be a whole number from 1900 to 2100.", result.Errors[1].ToString());
    }

    [Theory]
    [InlineData("", ObservationCsvErrorCodes.HeaderMissing)]
    [InlineData("\r\n\n", ObservationCsvErrorCodes.HeaderMissing)]
    [InlineData("unit_code,year,indicator,measure,numerator,denominator\n22001,2024,CT3,a,5,1480\n", ObservationCsvErrorCodes.HeaderInvalid)]
    [InlineData("unit_code,year,year,indicator,measure,numerator,denominator,value\n", ObservationCsvErrorCodes.HeaderInvalid)]
    [InlineData("unit_code,\"year,indicator,measure,numerator,denominator,value\n", ObservationCsvErrorCodes.QuoteUnterminated)]
    public void Read_UnusableHeader_ReadsNoRow(string text, string code)
    {
        var result = ObservationCsv.Read(text);

        Assert.Empty(result.Observations);
        Assert.Contains(result.Errors, e => e.Code == code && e.Line == 1);
    }

    [Fact]
    public void Read_UnknownColumn_IsReportedAndRowsStillRead()
    {
        var result = ObservationCsv.Read(ObservationCsv.Header + ",note\n22001,2024,CT3,a,5,1480,,checked\n");

        Assert.Single(result.Observations);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ObservationCsvErrorCodes.HeaderUnknownColumn, 1, 8, "note"), (error.Code, error.Line, error.Column, error.Field));
    }

    [Theory]
    [InlineData("22001,2024,CT3,a,5,1480,0.34", ObservationCsvErrorCodes.AmountsInvalid)]
    [InlineData("22001,2024,CT3,a,,,", ObservationCsvErrorCodes.AmountsInvalid)]
    [InlineData("22001,2024,CT3,a,1.000,1480,", ObservationCsvErrorCodes.Duplicate)]
    [InlineData("22001,2024,CT3,a,\"4,5\",1480,", ObservationCsvErrorCodes.NumberInvalid)]
    [InlineData("22001,2024,CT3,a,1e3,1480,", ObservationCsvErrorCodes.NumberInvalid)]
    [InlineData("22001,2024,CT3,CT4.a,5,1480,", ObservationCsvErrorCodes.MeasureInvalid)]
    [InlineData("22001,2024,Chỉ tiêu x,a,5,1480,", ObservationCsvErrorCodes.IndicatorInvalid)]
    [InlineData("22001,1899,CT3,a,5,1480,", ObservationCsvErrorCodes.YearInvalid)]
    [InlineData("22 001,2024,CT3,a,5,1480,", ObservationCsvErrorCodes.UnitCodeInvalid)]
    [InlineData("22001,2024,CT3,a,5,\"1480\"x,", ObservationCsvErrorCodes.QuoteInvalid)]
    [InlineData("22001,2024,CT3,a,5,14\"80,", ObservationCsvErrorCodes.QuoteInvalid)]
    public void Read_BadCell_GivesTypedErrorOnItsLine(string row, string code)
    {
        var result = ObservationCsv.Read(ObservationCsv.Header + "\n22001,2024,CT3,a,1,1480,\n" + row + "\n22009,2024,CT3,a,1,10,\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((code, 3), (error.Code, error.Line));
        Assert.Equal(["22001", "22009"], result.Observations.Select(o => o.UnitCode.Value));
    }

    [Fact]
    public void Read_ParentCodes_BuildTheHierarchyUnderTheNationalTotal()
    {
        var text = ObservationCsv.Header + ",parent_code\n"
            + "22001,2024,CT3,a,5,1480,,22\n"
            + "22001,2024,CT3,b,8,1480,,22\n"
            + "20001,2024,CT3,a,4,620,,\n"
            + "22002,2024,CT3,a,3,960,,20\n"
            + "22002,2024,CT3,b,5,960,,22\n";     // line 6: contradicts line 5

        var result = ObservationCsv.Read(text);
        var hierarchy = result.BuildHierarchy();

        var error = Assert.Single(result.Errors);
        Assert.Equal((ObservationCsvErrorCodes.ParentCodeInvalid, 6, 8), (error.Code, error.Line, error.Column));
        Assert.Contains("line 5", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(U("22"), hierarchy.ParentOf(U("22001")));
        // Roots sit directly under the national total, which the engine adds (it is not a unit code).
        Assert.Null(hierarchy.ParentOf(U("22")));
        Assert.Null(hierarchy.ParentOf(U("20001")));
        Assert.Equal([U("20"), U("22"), U("20001")], hierarchy.Units.Where(u => hierarchy.ParentOf(u) is null).Order());
    }

    [Fact]
    public void Read_ParentCycle_IsRefusedSoTheHierarchyBuilds()
    {
        var text = ObservationCsv.Header + ",parent_code\n22001,2024,CT3,a,5,1480,,22\n22,2024,CT3,b,8,1480,,22001\n";

        var result = ObservationCsv.Read(text);

        Assert.Equal((ObservationCsvErrorCodes.ParentCodeInvalid, 3), (result.Errors[0].Code, result.Errors[0].Line));
        Assert.Null(result.BuildHierarchy().ParentOf(U("22")));
    }

    [Theory]
    [InlineData("2201,2024,CT3,a,5,1480,,", 1, "unit_code", "UNIT-CODE-LENGTH")]
    [InlineData("A2001,2024,CT3,a,5,1480,,", 1, "unit_code", "UNIT-CODE-NOT-DIGITS")]
    [InlineData("00000,2024,CT3,a,5,1480,,", 1, "unit_code", "UNIT-CODE-ZERO")]
    [InlineData("22001,2024,CT3,a,5,1480,,P22", 8, "parent_code", "UNIT-CODE-NOT-DIGITS")]
    public void Read_CodeThatIsNotAnOfficialUnitCode_GivesTypedErrorWithReason(string row, int column, string field, string reason)
    {
        var result = ObservationCsv.Read(ObservationCsv.Header + ",parent_code\n" + row + "\n");

        var error = Assert.Single(result.Errors);
        var expectedCode = field == "unit_code" ? ObservationCsvErrorCodes.UnitCodeInvalid : ObservationCsvErrorCodes.ParentCodeInvalid;
        Assert.Equal((expectedCode, 2, column, field), (error.Code, error.Line, error.Column, error.Field));
        Assert.EndsWith("(" + reason + ")", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("22001,2024,CT3,a,5,1480,,22002")]
    [InlineData("22,2024,CT3,a,5,1480,,22")]
    [InlineData("001,2024,CT3,a,5,1480,,22001")]
    public void Read_ParentNotOfAHigherLevel_IsAParentCodeError(string row)
    {
        var error = Assert.Single(ObservationCsv.Read(ObservationCsv.Header + ",parent_code\n" + row + "\n").Errors);

        Assert.Equal((ObservationCsvErrorCodes.ParentCodeInvalid, 2, 8), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void ReadUtf8_StreamWithBom_ReadsLikeText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ObservationCsv.Header + "\n22001,2024,CT3,a,5,1480,\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        var result = ObservationCsv.ReadUtf8(stream);

        Assert.True(result.IsValid);
        Assert.Equal(U("22001"), Assert.Single(result.Observations).UnitCode);
    }

    [Fact]
    public void Write_QuotesOnlyWhenNeededAndEndsLinesWithLf()
    {
        var csv = ObservationCsv.WriteToString(
            [Observation.FromCounts(U("22001"), 2024, Neonatal, 5, 1480), Observation.FromValue(U("22002"), 2024, ChildMarriages, 2.5m)],
            new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode> { [U("22001")] = U("22") });

        Assert.Equal(ObservationCsv.Header + ",parent_code\n22001,2024,CT3,a,5,1480,,22\n22002,2024,CT13,a,,,2.5,\n", csv);
    }

    [Property(MaxTest = 10_000)]
    public Property WriteThenRead_ReturnsTheSameObservationsAndParents() =>
        Prop.ForAll(Arb.From(Files()), file =>
        {
            var (observations, parents) = file;
            var result = ObservationCsv.Read(ObservationCsv.WriteToString(observations, parents));
            return result.IsValid && result.Observations.SequenceEqual(observations)
                && result.ParentCodes.Count == parents.Count && parents.All(p => result.ParentCodes[p.Key] == p.Value);
        });

    [Property(MaxTest = 10_000)]
    public Property Read_NeverThrowsOnArbitraryText() =>
        Prop.ForAll(Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null), CsvLikeText())), text =>
        {
            var result = ObservationCsv.Read(text);
            var lines = text.Count(c => c == '\n') + text.Count(c => c == '\r') + 1;
            return result.Errors.All(e => e.Line >= 1 && e.Line <= lines) && (result.IsValid || result.Errors.Count > 0);
        });

    private static Gen<string> CsvLikeText() =>
        Gen.ArrayOf(Gen.Elements(
            ",", "\"", "\"\"", "\r\n", "\n", "\r", "\uFEFF", "CT3", "ct13", "a", "b", "CT3.c", "z", "22001", "22", "2024", "12", "1480",
            "4.5", "-1", "1,5", " ", "x", ObservationCsv.Header, ",parent_code", "unit_code", "Chỉ tiêu 3"))
        .Select(parts => string.Concat(parts));

    private static Gen<(Observation[] Observations, Dictionary<AdministrativeUnitCode, AdministrativeUnitCode> Parents)> Files()
    {
        var measures = IndicatorRegistry.Default.Indicators.SelectMany(i => i.Measures).Select(m => m.Id).ToArray();
        var amount = from mantissa in Gen.Choose(0, int.MaxValue)
                     from scale in Gen.Choose(0, 4)
                     select new decimal(mantissa, 0, 0, false, (byte)scale);
        var observation =
            from unit in Gen.Choose(0, 400).Select(n => U((20000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            from year in Gen.Choose(1900, 2100)
            from measure in Gen.Elements(measures)
            from counts in Gen.Elements(true, false)
            from a in amount
            from b in amount
            select counts ? Observation.FromCounts(unit, year, measure, a, b) : Observation.FromValue(unit, year, measure, a);
        return from list in Gen.ListOf(observation)
               from withParents in Gen.Elements(true, false)
               from province in Gen.Choose(1, 99)
               let distinct = list.DistinctBy(o => (o.UnitCode, o.Year, o.Measure)).ToArray()
               select (distinct, withParents
                   ? distinct.Select(o => o.UnitCode).Distinct().ToDictionary(u => u, u => U((1 + ((int.Parse(u.Value[^2..], System.Globalization.CultureInfo.InvariantCulture) + province) % 99)).ToString("00", System.Globalization.CultureInfo.InvariantCulture)))
                   : []);
    }
}
