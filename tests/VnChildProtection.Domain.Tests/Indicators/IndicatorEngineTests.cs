using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class IndicatorEngineTests
{
    private static readonly MeasureId Infant = new(3, 'b');
    private static readonly MeasureId ChildMarriages = new(13, 'a');

    // Province 22 with two districts 001 and 002 (pre-2025 shape) and five communes.
    private static readonly UnitHierarchy ThreeLevels = new(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>
    {
        [U("001")] = U("22"), [U("002")] = U("22"),
        [U("22001")] = U("001"), [U("22002")] = U("001"), [U("22003")] = U("002"), [U("22004")] = U("002"), [U("22005")] = U("002"),
    });

    private static readonly Observation[] InfantDeaths =
    [
        Observation.FromCounts(U("22001"), 2024, Infant, 5, 500),
        Observation.FromCounts(U("22002"), 2024, Infant, 10, 1500),
        Observation.FromCounts(U("22003"), 2024, Infant, 3, 1000),
        Observation.FromCounts(U("22003"), 2023, Infant, 9, 1000),
        Observation.FromCounts(U("22004"), 2024, ChildMarriages, 1, 1),
    ];

    [Fact]
    public void Rollup_SumsNumeratorsAndDenominators_NeverAveragesRates()
    {
        var rollup = new IndicatorEngine(ThreeLevels).Rollup(InfantDeaths, Infant, 2024);
        var province = rollup[U("22")];
        Assert.Equal(18m, province.Numerator);
        Assert.Equal(3000m, province.Denominator);
        Assert.Equal(6m, province.Value);                  // 18 / 3000 × 1,000; the mean of the rates would be 6.56
        Assert.Equal(new Coverage(3, 5), province.Coverage);
        Assert.Equal("3/5", province.Coverage.ToString());
        Assert.Equal(7.5m, rollup[U("001")].Value);           // 15 / 2000 × 1,000
        Assert.Equal(new Coverage(1, 3), rollup[U("002")].Coverage);
        Assert.Null(rollup[U("22004")].Value);
        Assert.Equal(0, rollup.RejectedObservations);
    }

    [Theory]
    [InlineData(MissingValuePolicy.SkipIfAnyValueMissing, null, null)]
    [InlineData(MissingValuePolicy.SkipIfAllValuesMissing, "6", null)]
    [InlineData(MissingValuePolicy.TreatAsZero, "6", null)]
    public void Rollup_MissingValuePolicy_DecidesWhetherPartialDataGivesAValue(MissingValuePolicy policy, string? province, string? commune)
    {
        var rollup = new IndicatorEngine(ThreeLevels, missingValues: policy).Rollup(InfantDeaths, Infant, 2024);
        Assert.Equal(province is null ? null : decimal.Parse(province, CultureInfo.InvariantCulture), rollup[U("22")].Value);
        Assert.Equal(commune is null ? null : decimal.Parse(commune, CultureInfo.InvariantCulture), rollup[U("22005")].Value);
    }

    [Fact]
    public void Rollup_CountMeasure_SumsValues_AndTreatAsZeroGivesZeroWhereNothingReported()
    {
        Observation[] marriages = [Observation.FromValue(U("22001"), 2024, ChildMarriages, 4), Observation.FromValue(U("22003"), 2024, ChildMarriages, 2)];
        var skip = new IndicatorEngine(ThreeLevels).Rollup(marriages, ChildMarriages, 2024);
        Assert.Equal(6m, skip[U("22")].Value);
        Assert.Null(skip[U("22")].Numerator);
        Assert.Null(skip[U("22002")].Value);
        var zero = new IndicatorEngine(ThreeLevels, missingValues: MissingValuePolicy.TreatAsZero).Rollup(marriages, ChildMarriages, 2024);
        Assert.Equal(0m, zero[U("22002")].Value);
    }

    [Fact]
    public void Rollup_UnusableObservations_AreCountedNotSilentlyDropped()
    {
        Observation[] observations =
        [
            Observation.FromCounts(U("22001"), 2024, Infant, 1, 100),
            Observation.FromCounts(U("22001"), 2024, Infant, 2, 100),   // duplicate
            Observation.FromCounts(U("99999"), 2024, Infant, 1, 100),   // unknown unit
            Observation.FromCounts(U("001"), 2024, Infant, 1, 100),   // not a commune
            Observation.FromValue(U("22002"), 2024, Infant, 7),         // a rate without counts cannot be aggregated
        ];
        var rollup = new IndicatorEngine(ThreeLevels).Rollup(observations, Infant, 2024);
        Assert.Equal(4, rollup.RejectedObservations);
        Assert.Equal(10m, rollup[U("22")].Value);
    }

    [Fact]
    public void Compute_OneUnit_EqualsItsRollupEntry() =>
        Assert.Equal(new IndicatorEngine(ThreeLevels).Rollup(InfantDeaths, Infant, 2023)[U("002")], new IndicatorEngine(ThreeLevels).Compute(InfantDeaths, U("002"), Infant, 2023));

    [Fact]
    public void Constructor_CyclicLinks_Throw() =>
        Assert.Throws<ArgumentException>(() => new UnitHierarchy(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> { [U("001")] = U("002"), [U("002")] = U("001") }));

    [Property(MaxTest = 10_000)]
    public Property Rollup_SplitHierarchy_EqualsRollupOfTheWhole() =>
        Prop.ForAll(Arb.From(Splits()), split =>
        {
            var (communes, districtOf, observations) = split;
            var flat = new UnitHierarchy(communes.Select(c => KeyValuePair.Create(c, (AdministrativeUnitCode?)P)));
            var nested = new UnitHierarchy(communes.Select(c => KeyValuePair.Create(c, (AdministrativeUnitCode?)districtOf[c]))
                .Concat(districtOf.Values.Distinct().Select(d => KeyValuePair.Create(d, (AdministrativeUnitCode?)P))));
            var whole = new IndicatorEngine(flat).Rollup(observations, Infant, 2024);
            var parts = new IndicatorEngine(nested).Rollup(observations, Infant, 2024);
            var districts = districtOf.Values.Distinct().Select(d => parts[d]).ToArray();
            return whole[P] == parts[P] && whole.National == parts.National
                && districts.Sum(d => d.Numerator) == whole[P].Numerator
                && districts.Sum(d => d.Denominator) == whole[P].Denominator
                && districts.Sum(d => d.Coverage.Reported) == whole[P].Coverage.Reported;
        });

    private static readonly AdministrativeUnitCode P = U("22");

    private static Gen<(AdministrativeUnitCode[] Communes, Dictionary<AdministrativeUnitCode, AdministrativeUnitCode> DistrictOf, Observation[] Observations)> Splits() =>
        from count in Gen.Choose(1, 40)
        from districts in Gen.ArrayOf(Gen.Choose(0, 4), count)
        from reports in Gen.ArrayOf(Gen.Elements(false, true, true), count)
        from deaths in Gen.ArrayOf(Gen.Choose(0, 50), count)
        from births in Gen.ArrayOf(Gen.Choose(0, 5000), count)
        let communes = Enumerable.Range(0, count).Select(i => U("22" + (i + 1).ToString("000", CultureInfo.InvariantCulture))).ToArray()
        select (communes,
            communes.Select((c, i) => (c, U((districts[i] + 1).ToString("000", CultureInfo.InvariantCulture)))).ToDictionary(p => p.c, p => p.Item2),
            Enumerable.Range(0, count).Where(i => reports[i]).Select(i => Observation.FromCounts(communes[i], 2024, Infant, deaths[i], births[i])).ToArray());
}
