using System.Linq;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;
using VnChildProtection.Interop.Dhis2.Mapping;

namespace VnChildProtection.Interop.Dhis2.Tests.Mapping;

/// <summary>The mapping file: what it maps, and every problem with its path and position.</summary>
public class Dhis2MappingTests
{
    internal const string Sample = """
        {
          "dataSet": "VN_CP_MONTHLY",
          "periodType": "Monthly",
          "idScheme": "code",
          "orgUnits": { "VN_12": "12", "VN_12001": "12001", "VN_12004": "12004" },
          "dataElements": {
            "CP_CT3A_DEATHS": { "measure": "CT3.a", "part": "numerator" },
            "CP_CT3A_BIRTHS": { "measure": "CT3.a", "part": "denominator" },
            "CP_CT13A": { "measure": "CT13.a" }
          },
          "categories": { "SEX": { "category": "sex", "options": { "M": "male", "F": "female" } } },
          "categoryOptionCombos": { "DEFAULT": "total", "COC_M": "sex=male", "COC_F": "sex=female" }
        }
        """;

    internal static Dhis2Mapping Parsed => Dhis2Mapping.Parse(Sample).AsT0;

    [Fact]
    public void Sample_MapsEachKindBothWays()
    {
        var mapping = Parsed;

        Assert.True(mapping.TryGetUnit("VN_12001", out var unit));
        Assert.Equal("12001", unit.Value);
        Assert.Equal("VN_12004", mapping.OrgUnitOf(AdministrativeUnitCode.Parse("12004").AsT0));
        Assert.True(mapping.TryGetMeasure("CP_CT3A_BIRTHS", out var measure, out var part));
        Assert.Equal(("CT3.a", Dhis2DataElementPart.Denominator), (measure.ToString(), part));
        Assert.Equal("CP_CT13A", mapping.DataElementOf(new MeasureId(13, 'a'), Dhis2DataElementPart.Value));
        Assert.Equal("COC_F", mapping.CategoryOptionComboOf(DisaggregationKey.Of(CategoryOption.Female)));
        Assert.Equal(["SEX=M"], mapping.CategoryOptionsOf(DisaggregationKey.Of(CategoryOption.Male))!.Select(o => o.ToString()));
        Assert.Equal(("code", "code", "Monthly"), (mapping.DataElementIdScheme, mapping.OrgUnitIdScheme, mapping.PeriodType!.Name));
    }

    [Fact]
    public void EveryProblem_IsReportedWithPathAndLine()
    {
        var text = Sample
            .Replace("\"12004\"", "\"12x\"", System.StringComparison.Ordinal)
            .Replace("\"CT13.a\"", "\"CT99.a\"", System.StringComparison.Ordinal)
            .Replace("\"female\"", "\"girl-ish\"", System.StringComparison.Ordinal)
            .Replace("\"part\": \"denominator\"", "\"part\": \"half\"", System.StringComparison.Ordinal);

        var errors = Dhis2Mapping.Parse(text).AsT1;

        Assert.Equal(
            [
                (Dhis2MappingErrorCodes.Value, "$.orgUnits.VN_12004", 5),
                (Dhis2MappingErrorCodes.Value, "$.dataElements.CP_CT3A_BIRTHS.part", 8),
                (Dhis2MappingErrorCodes.Value, "$.dataElements.CP_CT13A.measure", 9),
                (Dhis2MappingErrorCodes.Value, "$.dataElements.CP_CT3A_DEATHS", 7),
                (Dhis2MappingErrorCodes.Value, "$.categories.SEX.options.F", 11),
            ],
            errors.Select(e => (e.Code, e.Path, e.Line)));
        Assert.Equal(Sample.Split('\n')[4].IndexOf("\"12004\"", System.StringComparison.Ordinal) + 1, errors[0].Column);
    }

    [Fact]
    public void UidScheme_RefusesIdentifiersThatAreNotUids()
    {
        var errors = Dhis2Mapping.Parse("""{"orgUnits": {"VN_12": "12", "DiszpKrYNg8": "12001"}, "dataElements": {"f7n9E0hX8qk": {"measure": "CT13.a"}}}""").AsT1;

        Assert.Equal(["$.orgUnits.VN_12"], errors.Select(e => e.Path));
    }

    [Fact]
    public void OneToOne_TwoIdentifiersForOneUnitAreRefused()
    {
        var errors = Dhis2Mapping.Parse("""{"idScheme": "code", "orgUnits": {"A": "12", "B": "12"}, "dataElements": {}}""").AsT1;

        Assert.Equal([(Dhis2MappingErrorCodes.Value, "$.orgUnits.B")], errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void SyntaxAndShape_AreReported()
    {
        Assert.Equal(Dhis2MappingErrorCodes.Syntax, Dhis2Mapping.Parse("{\"orgUnits\": ").AsT1.Single().Code);
        Assert.Equal(
            [Dhis2MappingErrorCodes.DuplicateProperty, Dhis2MappingErrorCodes.UnknownProperty, Dhis2MappingErrorCodes.MissingProperty],
            Dhis2Mapping.Parse("""{"idScheme": "code", "idScheme": "uid", "colour": 1, "orgUnits": {}}""").AsT1.Select(e => e.Code));
    }
}
