using System.IO;
using System.Linq;
using System.Text;
using Instant = NodaTime.Instant;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;
using VnChildProtection.Interop.Dhis2.Mapping;

namespace VnChildProtection.Interop.Dhis2.Tests.Mapping;

/// <summary>Observations to DHIS2 data and back through a mapping; every value that cannot be mapped is a diagnostic.</summary>
public class Dhis2ImportExportTests
{
    private static readonly AdministrativeUnitCode Commune = AdministrativeUnitCode.Parse("12001").AsT0;

    private static readonly Observation[] Sample =
    [
        Observation.FromCounts(Commune, Period.Month(2025, 1), new MeasureId(3, 'a'), 1, 120, DisaggregationKey.Of(CategoryOption.Male)),
        Observation.FromCounts(Commune, Period.Month(2025, 1), new MeasureId(3, 'a'), 0, 115, DisaggregationKey.Of(CategoryOption.Female)),
        Observation.FromValue(Commune, Period.Month(2025, 1), new MeasureId(13, 'a'), 2),
        Observation.FromValue(AdministrativeUnitCode.Parse("12004").AsT0, Period.Month(2025, 2), new MeasureId(13, 'a'), 0.5m),
    ];

    [Theory]
    [InlineData(Dhis2Format.Json)]
    [InlineData(Dhis2Format.Adx)]
    public void Observations_RoundTripThroughEitherFormat(Dhis2Format format)
    {
        var mapping = Dhis2MappingTests.Parsed;
        using var stream = new MemoryStream();
        var unwritten = format == Dhis2Format.Json
            ? Dhis2Export.WriteJson(stream, Sample, mapping)
            : Dhis2Export.WriteAdx(stream, Sample, mapping, Instant.FromUtc(2026, 1, 5, 0, 0));
        stream.Position = 0;

        var result = Dhis2Import.Read(stream, format, mapping);

        Assert.Empty(unwritten);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Sample, result.Observations);
    }

    [Fact]
    public void Json_WritesCountsAsTwoValuesAndTheTotalAsTheDefaultCombo()
    {
        using var stream = new MemoryStream();
        Dhis2Export.WriteJson(stream, Sample.Take(3), Dhis2MappingTests.Parsed);

        var values = Dhis2Docs.Json(Encoding.UTF8.GetString(stream.ToArray())).Values();

        Assert.Equal(
            ["CP_CT3A_DEATHS 202501 VN_12001 COC_M 1", "CP_CT3A_BIRTHS 202501 VN_12001 COC_M 120", "CP_CT3A_DEATHS 202501 VN_12001 COC_F 0",
             "CP_CT3A_BIRTHS 202501 VN_12001 COC_F 115", "CP_CT13A 202501 VN_12001 DEFAULT 2"],
            values.Select(v => v.ToString()));
    }

    [Fact]
    public void BadValues_EachADiagnosticAndTheGoodOnesStillRead()
    {
        var json = """
            {
              "dataSet": "VN_CP_MONTHLY",
              "idScheme": "code",
              "dataValues": [
                { "dataElement": "CP_CT13A", "period": "202501", "orgUnit": "VN_12001", "value": "3" },
                { "dataElement": "CP_CT13A", "period": "202501", "orgUnit": "VN_99", "value": "3" },
                { "dataElement": "NOPE", "period": "202502", "orgUnit": "VN_12001", "value": "3" },
                { "dataElement": "CP_CT13A", "period": "2025Q1", "orgUnit": "VN_12001", "value": "3" },
                { "dataElement": "CP_CT13A", "period": "202503", "orgUnit": "VN_12001", "value": "-1" },
                { "dataElement": "CP_CT13A", "period": "202504", "orgUnit": "VN_12001", "value": "many" },
                { "dataElement": "CP_CT13A", "period": "202505", "orgUnit": "VN_12001", "categoryOptionCombo": "COC_X", "value": "3" },
                { "dataElement": "CP_CT13A", "period": "2025-13", "orgUnit": "VN_12001", "value": "3" },
                { "dataElement": "CP_CT3A_DEATHS", "period": "202501", "orgUnit": "VN_12001", "value": "1" },
                { "dataElement": "CP_CT13A", "period": "202501", "orgUnit": "VN_12001", "value": "4" }
              ]
            }
            """;

        var result = Dhis2Import.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Dhis2Format.Json, Dhis2MappingTests.Parsed);

        Assert.Equal([Observation.FromValue(Commune, Period.Month(2025, 1), new MeasureId(13, 'a'), 3)], result.Observations);
        Assert.Equal(
            [
                (Dhis2DiagnosticCodes.UnknownOrgUnit, 6), (Dhis2DiagnosticCodes.UnknownDataElement, 7), (Dhis2DiagnosticCodes.PeriodType, 8),
                (Dhis2DiagnosticCodes.ValueNegative, 9), (Dhis2DiagnosticCodes.ValueInvalid, 10), (Dhis2DiagnosticCodes.UnknownCategoryOptionCombo, 11),
                (Dhis2DiagnosticCodes.PeriodInvalid, 12), (Dhis2DiagnosticCodes.ValueDuplicate, 14), (Dhis2DiagnosticCodes.MissingField, 13),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Location.Line!.Value)));
    }

    [Fact]
    public void OtherDataSetOrIdScheme_IsReported()
    {
        var json = """{"dataSet": "OTHER", "idScheme": "uid", "dataValues": [{ "dataElement": "CP_CT13A", "period": "202501", "orgUnit": "VN_12001", "value": "3" }]}""";

        var result = Dhis2Import.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Dhis2Format.Json, Dhis2MappingTests.Parsed);

        Assert.Equal([Dhis2DiagnosticCodes.IdScheme, Dhis2DiagnosticCodes.UnknownDataSet], result.Diagnostics.Select(d => d.Code));
        Assert.Empty(result.Observations);
    }

    [Fact]
    public void Adx_UnknownCategoryOption_IsReported()
    {
        var adx = """
            <adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-01-05T00:00:00Z">
              <group orgUnit="VN_12001" period="2025-01-01/P1M" dataSet="VN_CP_MONTHLY">
                <dataValue dataElement="CP_CT13A" SEX="X" value="1"/>
                <dataValue dataElement="CP_CT13A" value="1"/>
              </group>
            </adx>
            """;

        var result = Dhis2Import.Read(new MemoryStream(Encoding.UTF8.GetBytes(adx)), Dhis2Format.Adx, Dhis2MappingTests.Parsed);

        Assert.Equal([(Dhis2DiagnosticCodes.UnknownCategoryOption, 3)], result.Diagnostics.Select(d => (d.Code, d.Location.Line!.Value)));
        Assert.Single(result.Observations);
    }
}

/// <summary>A reported total that contradicts its disaggregated parts.</summary>
public class Dhis2ImportTotalsTests
{
    [Fact]
    public void TotalContradictingItsParts_IsReportedAtTheTotal()
    {
        var json = """
            {
              "dataValues": [
                { "dataElement": "CP_CT3A_DEATHS", "period": "202501", "orgUnit": "VN_12001", "categoryOptionCombo": "COC_M", "value": "1" },
                { "dataElement": "CP_CT3A_BIRTHS", "period": "202501", "orgUnit": "VN_12001", "categoryOptionCombo": "COC_M", "value": "100" },
                { "dataElement": "CP_CT3A_DEATHS", "period": "202501", "orgUnit": "VN_12001", "categoryOptionCombo": "COC_F", "value": "2" },
                { "dataElement": "CP_CT3A_BIRTHS", "period": "202501", "orgUnit": "VN_12001", "categoryOptionCombo": "COC_F", "value": "100" },
                { "dataElement": "CP_CT3A_DEATHS", "period": "202501", "orgUnit": "VN_12001", "categoryOptionCombo": "DEFAULT", "value": "4" },
                { "dataElement": "CP_CT3A_BIRTHS", "period": "202501", "orgUnit": "VN_12001", "categoryOptionCombo": "DEFAULT", "value": "200" }
              ]
            }
            """;

        var result = Dhis2Import.Read(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), Dhis2Format.Json, Dhis2MappingTests.Parsed);

        Assert.Equal(3, result.Observations.Count);
        var mismatch = Assert.Single(result.Diagnostics);
        Assert.Equal((Dhis2DiagnosticCodes.TotalMismatch, 8), (mismatch.Code, mismatch.Location.Line!.Value));
    }
}
