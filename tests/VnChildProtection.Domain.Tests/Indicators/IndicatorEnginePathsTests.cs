using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators;

/// <summary>The exact path (<c>Rollup</c>) and the fast path (<c>Compile</c> + <c>Evaluate</c>) share one aggregation rule.</summary>
public sealed class IndicatorEnginePathsTests
{
    private static readonly MeasureId Ct1 = new(1, 'a');

    // Province 22 (districts 001, 002 under it, three communes each) and province 20 (two communes directly under it).
    private static readonly UnitHierarchy Units = new(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>
    {
        [U("001")] = U("22"), [U("002")] = U("22"),
        [U("22001")] = U("001"), [U("22002")] = U("001"), [U("22003")] = U("001"),
        [U("22004")] = U("002"), [U("22005")] = U("002"), [U("22006")] = U("002"),
        [U("20001")] = U("20"), [U("20002")] = U("20"),
    });

    private static readonly AdministrativeUnitCode[] Reporters =
        [U("22001"), U("22002"), U("22003"), U("22004"), U("22005"), U("22006"), U("20001"), U("20002"), U("001"), U("20"), U("99999")];

    [Fact]
    public void FractionalCount_IsRejectedByBothPaths()
    {
        var registration = new MeasureId(14, 'a');
        Observation[] observations = [Observation.FromCounts(U("22001"), 2024, registration, 1.5m, 10), Observation.FromCounts(U("22002"), 2024, registration, 2, 10)];
        var engine = new IndicatorEngine(Units);

        var rollup = engine.Rollup(observations, registration, 2024);
        var data = engine.Compile(observations, 2024);

        Assert.Equal(1, rollup.RejectedObservations);
        Assert.Equal(1, data.RejectedObservations);
        Assert.Equal(20m, rollup[U("22")].Value);
        Assert.Equal(rollup[U("22")], engine.Evaluate(data).GetValue(registration, U("22")));
    }

    [Fact]
    public void AverageOfScores_DividesByReportedOrExpectedUnits_InBothPaths()
    {
        var registry = Registry(RollupPolicy.AverageValues, baseline: 0, target: 20);
        Observation[] observations = [Observation.FromValue(U("20001"), 2024, Ct1, 60), Observation.FromValue(U("22001"), 2024, Ct1, 30)];
        foreach (var (policy, expected) in new[] { (MissingValuePolicy.SkipIfAllValuesMissing, 45m), (MissingValuePolicy.TreatAsZero, 90m / 8) })
        {
            var engine = new IndicatorEngine(Units, registry, policy);
            Assert.Equal(expected, engine.Rollup(observations, Ct1, 2024).National.Value);
            Assert.Equal(expected, engine.Evaluate(engine.Compile(observations, 2024)).GetNationalValue(Ct1).Value);
        }
    }

    [Property(MaxTest = 2_000)]
    public Property ExactAndFastPath_Agree_ForEveryPolicy() =>
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            var (registry, policy, observations, share) = c;
            var engine = new IndicatorEngine(Units, registry, policy);
            var evaluator = new StatusEvaluator(share);
            var data = engine.Compile(observations, 2024);
            var evaluation = engine.Evaluate(data, evaluator, null);
            var rollup = engine.Rollup(observations, Ct1, 2024);
            var target = registry.GetMeasure(Ct1).NationalTarget!;
            var values = Units.Units.Select(u => (Exact: rollup[u], Fast: evaluation.GetValue(Ct1, u), Status: evaluation.GetStatus(Ct1, u)))
                .Append((Exact: rollup.National, Fast: evaluation.GetNationalValue(Ct1), Status: evaluation.GetNationalStatus(Ct1)));
            return data.RejectedObservations == rollup.RejectedObservations
                && values.All(v => v.Exact == v.Fast && v.Status == evaluator.Assess(target, v.Exact).Status);
        });

    // CT1.a replaced by a measure of the given rollup policy with a count-fraction target (a stated baseline, so a trajectory).
    private static IndicatorRegistry Registry(RollupPolicy rollup, int baseline, int target)
    {
        var ct1 = IndicatorRegistry.Default.Get(new IndicatorId(1));
        var fraction = new CountFractionTarget(baseline, 20, 2021, target, 20, 2026);
        var measure = new IndicatorMeasure(Ct1, "Tỷ lệ xã phù hợp với trẻ em", "Child-friendly communes", IndicatorUnit.Percent, fraction.Direction, "communes", fraction, rollup);
        return IndicatorRegistry.Default.With([new Indicator(ct1.Id, ct1.Objective, ct1.VietnameseName, ct1.EnglishName, ct1.LeadMinistry, [measure])]);
    }

    private static Gen<(IndicatorRegistry, MissingValuePolicy, Observation[], decimal)> Cases()
    {
        // Whole amounts near the cut points, fractional ones, and ones over the maximum: both paths must refuse the same.
        var amount = Gen.OneOf(
            Gen.Choose(0, 120).Select(n => (decimal)n),
            Gen.Choose(0, 400).Select(n => n / 4m),
            Gen.Constant(IndicatorDataset.MaxCount + 1m));
        var observation =
            from unit in Gen.Elements(Reporters)
            from asValue in Gen.Elements(false, true)
            from numerator in amount
            from denominator in amount
            select asValue ? Observation.FromValue(unit, 2024, Ct1, numerator) : Observation.FromCounts(unit, 2024, Ct1, numerator, denominator);
        return from rollup in Gen.Elements(RollupPolicy.SumNumeratorsAndDenominators, RollupPolicy.SumValues, RollupPolicy.AverageValues)
               from baseline in Gen.Choose(0, 20)
               from target in Gen.Choose(0, 20)
               from policy in Gen.Elements(MissingValuePolicy.SkipIfAnyValueMissing, MissingValuePolicy.SkipIfAllValuesMissing, MissingValuePolicy.TreatAsZero)
               from observations in Gen.ListOf(observation)
               from share in Gen.Elements(0m, 0.25m, 1m)
               select (Registry(rollup, baseline, target), policy, observations.ToArray(), share);
    }
}
