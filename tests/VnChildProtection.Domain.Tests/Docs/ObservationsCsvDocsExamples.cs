using System.Collections.Generic;
using System.IO;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Every code example of <c>docs/observations-csv.md</c>, verbatim, one test each.</summary>
public sealed class ObservationsCsvDocsExamples
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", ".."));

    [Fact]
    public void EveryExampleIsTested() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/observations-csv.md", "tests/VnChildProtection.Domain.Tests/Docs/ObservationsCsvDocsExamples.cs", expectedBlocks: 4);

    [Fact]
    public void Errors_BadRowIsLocatedAndGoodRowKept()
    {
        var text = "unit_code,year,indicator,measure,numerator,denominator,value\n"
            + "22001,2024,CT3,b,8,1480,\n"
            + "22002,2024,CT3,b,5,\n";
        var result = ObservationCsv.Read(text);
        Assert.False(result.IsValid);
        Assert.Equal(Observation.FromCounts(AdministrativeUnitCode.Of("22001"), 2024, new MeasureId(3, 'b'), 8, 1480), Assert.Single(result.Observations));
        Assert.Equal("line 3: CSV-FIELD-COUNT The record has 6 field(s); the header has 7.", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Hierarchy_ParentCodesPutCommunesUnderProvinces()
    {
        var text = "unit_code,year,indicator,measure,numerator,denominator,value,parent_code\n"
            + "22001,2024,CT3,b,8,1480,,22\n"
            + "22002,2024,CT3,b,5,960,,22\n"
            + "20001,2024,CT3,b,6,620,,20\n";
        var result = ObservationCsv.Read(text);
        var engine = new IndicatorEngine(result.BuildHierarchy());
        var rollup = engine.Rollup(result.Observations, new MeasureId(3, 'b'), 2024);
        Assert.Equal(5.33m, decimal.Round(rollup[AdministrativeUnitCode.Of("22")].Value!.Value, 2));
        Assert.Equal(19m / 3060m * 1000m, rollup.National.Value);
    }

    [Fact]
    public void Writing_RoundTrips()
    {
        var infant = new MeasureId(3, 'b');
        var commune = AdministrativeUnitCode.Of("22001");
        Observation[] observations = [Observation.FromCounts(commune, 2024, infant, 8, 1480)];
        var csv = ObservationCsv.WriteToString(observations, new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode> { [commune] = AdministrativeUnitCode.Of("22") });
        Assert.Equal("unit_code,year,indicator,measure,numerator,denominator,value,parent_code\n22001,2024,CT3,b,8,1480,,22\n", csv);
        Assert.Equal(observations, ObservationCsv.Read(csv).Observations);
    }

    [Fact]
    public void BundledExample_EvaluatesWithTheFastPath()
    {
        var path = System.IO.Path.Combine(RepositoryRoot, "docs", "examples", "observations", "two-provinces-2024.csv");
        using var stream = System.IO.File.OpenRead(path);
        var result = ObservationCsv.ReadUtf8(stream);
        Assert.True(result.IsValid);
        var engine = new IndicatorEngine(result.BuildHierarchy());
        var evaluation = engine.Evaluate(engine.Compile(result.Observations, 2024));
        Assert.Equal(8m, evaluation.GetNationalValue(new MeasureId(3, 'b')).Value);
        Assert.Equal(IndicatorStatus.Achieved, evaluation.GetNationalStatus(new MeasureId(3, 'b')));
        Assert.Equal("2/3", evaluation.GetValue(new MeasureId(13, 'a'), AdministrativeUnitCode.Of("20")).Coverage.ToString());
    }
}
