using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class IndicatorEvaluationTests
{
    private static readonly MeasureId[] Measures = IndicatorRegistry.Default.Indicators.SelectMany(i => i.Measures).Select(m => m.Id).ToArray();
    private static readonly MeasureId Registration = new(14, 'a');
    private static readonly MeasureId ChildMarriages = new(13, 'a');

    // Provinces 20 and 22 are roots, directly under the national total the engine adds.
    private static readonly UnitHierarchy TwoProvinces = new(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>
    {
        [U("20")] = null, [U("22")] = null, [U("20001")] = U("20"), [U("20002")] = U("20"), [U("22001")] = U("22"),
    });

    [Fact]
    public void Evaluate_SumsCountsAndClassifiesAgainstTheNationalTarget()
    {
        var engine = new IndicatorEngine(TwoProvinces);
        Observation[] observations =
        [
            Observation.FromCounts(U("20001"), 2024, Registration, 601, 612),
            Observation.FromCounts(U("20002"), 2024, Registration, 395, 401),
            Observation.FromCounts(U("22001"), 2024, Registration, 1462, 1475),
            Observation.FromValue(U("20001"), 2024, ChildMarriages, 3),
            Observation.FromCounts(U("20001"), 2023, Registration, 1, 2),
        ];

        var evaluation = engine.Evaluate(engine.Compile(observations, 2024));

        var national = evaluation.GetNationalValue(Registration);
        Assert.Equal((2458m, 2488m, "3/3"), (national.Numerator!.Value, national.Denominator!.Value, national.Coverage.ToString()));
        Assert.Equal(2458m / 2488m * 100m, national.Value);
        // 98.79% against "at least 98.5% by 2025".
        Assert.Equal(IndicatorStatus.Achieved, evaluation.GetNationalStatus(Registration));
        Assert.Equal(IndicatorStatus.AtRisk, evaluation.GetStatus(Registration, U("20001")));
        Assert.Equal(3m, evaluation.GetValue(ChildMarriages, U("20")).Value);
        // The annual-reduction target needs a baseline the catalogue does not state.
        Assert.Equal(IndicatorStatus.NoData, evaluation.GetStatus(ChildMarriages, U("20")));
        Assert.Equal(IndicatorStatus.NoData, evaluation.GetNationalStatus(new MeasureId(3, 'a')));
        Assert.Equal(0, evaluation.RejectedObservations);
    }

    [Fact]
    public void Compile_FractionalOrUnknownOrDuplicate_IsRejectedNotDropped()
    {
        var engine = new IndicatorEngine(TwoProvinces);
        Observation[] observations =
        [
            Observation.FromCounts(U("20001"), 2024, Registration, 1.5m, 10),
            Observation.FromCounts(U("99999"), 2024, Registration, 1, 10),
            Observation.FromCounts(U("20"), 2024, Registration, 1, 10),
            Observation.FromValue(U("20002"), 2024, Registration, 90),
            Observation.FromCounts(U("22001"), 2024, Registration, 1, 10),
            Observation.FromCounts(U("22001"), 2024, Registration, 2, 10),
        ];

        Assert.Equal(5, engine.Compile(observations, 2024).RejectedObservations);
    }

    [Fact]
    public void Evaluate_ReusedEvaluation_IsOverwritten()
    {
        var engine = new IndicatorEngine(TwoProvinces);
        var first = engine.Evaluate(engine.Compile([Observation.FromCounts(U("20001"), 2024, Registration, 1, 10)], 2024));
        var second = engine.Evaluate(engine.Compile([Observation.FromCounts(U("20001"), 2030, Registration, 9, 10)], 2030), StatusEvaluator.Default, first);

        Assert.Same(first, second);
        Assert.Equal(2030, second.Year);
        Assert.Equal(90m, second.GetNationalValue(Registration).Value);
        Assert.Equal(IndicatorStatus.OffTrack, second.GetNationalStatus(Registration));
    }

    [Fact]
    public void Evaluate_DataOfAnotherEngine_Throws()
    {
        var data = new IndicatorEngine(TwoProvinces).Compile([], 2024);
        Assert.Throws<System.ArgumentException>(() => new IndicatorEngine(TwoProvinces).Evaluate(data));
    }

    [Property(MaxTest = 2_000)]
    public Property Evaluate_EqualsRollupAndStatusEvaluator() =>
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            var (hierarchy, observations, policy, year, share, registry) = c;
            var engine = new IndicatorEngine(hierarchy, registry, policy);
            var evaluator = new StatusEvaluator(share);
            var evaluation = engine.Evaluate(engine.Compile(observations, year), evaluator, null);
            foreach (var measure in Measures)
            {
                var rollup = engine.Rollup(observations, measure, year);
                var target = registry.GetMeasure(measure).NationalTarget;
                foreach (var unit in hierarchy.Units)
                {
                    var expected = rollup[unit];
                    var status = target is null ? IndicatorStatus.NoData : evaluator.Assess(target, expected).Status;
                    if (evaluation.GetValue(measure, unit) != expected || evaluation.GetStatus(measure, unit) != status)
                    {
                        return false;
                    }
                }
                var nationalStatus = target is null ? IndicatorStatus.NoData : evaluator.Assess(target, rollup.National).Status;
                if (evaluation.GetNationalValue(measure) != rollup.National || evaluation.GetNationalStatus(measure) != nationalStatus)
                {
                    return false;
                }
            }
            return true;
        });

    // CT1 replaced by a count-fraction target (seed 001's shape), whose stated baseline gives a trajectory to classify against.
    private static Gen<IndicatorRegistry> Registries() =>
        from baseline in Gen.Choose(0, 20)
        from target in Gen.Choose(0, 20)
        from baselineYear in Gen.Choose(2020, 2024)
        from span in Gen.Choose(1, 6)
        let ct1 = IndicatorRegistry.Default.Get(new IndicatorId(1))
        let fraction = new Domain.Targets.CountFractionTarget(baseline, 20, baselineYear, target, 20, baselineYear + span)
        let measure = new IndicatorMeasure(new MeasureId(1, 'a'), "Tỷ lệ xã phù hợp với trẻ em", "Child-friendly communes", Domain.Targets.IndicatorUnit.Percent,
            fraction.Direction, "communes", fraction)
        select IndicatorRegistry.Default.With([new Indicator(ct1.Id, ct1.Objective, ct1.VietnameseName, ct1.EnglishName, ct1.LeadMinistry, [measure])]);

    private static Gen<(UnitHierarchy, Observation[], MissingValuePolicy, int, decimal, IndicatorRegistry)> Cases() =>
        from provinces in Gen.Choose(1, 3)
        from communes in Gen.ArrayOf(Gen.Choose(0, provinces - 1), 6)
        from rows in Gen.ListOf(
            from commune in Gen.Choose(0, 5)
            from measure in Gen.Elements(Measures)
            from numerator in Gen.Choose(0, 40)
            from denominator in Gen.Choose(0, 40)
            from asValue in Gen.Elements(false, false, true)
            select (commune, measure, numerator, denominator, asValue))
        from policy in Gen.Elements(MissingValuePolicy.SkipIfAnyValueMissing, MissingValuePolicy.SkipIfAllValuesMissing, MissingValuePolicy.TreatAsZero)
        from year in Gen.Choose(2020, 2031)
        from share in Gen.Elements(0m, 0.25m, 0.5m, 1m)
        from registry in Gen.OneOf(Gen.Constant(IndicatorRegistry.Default), Registries())
        select (
            new UnitHierarchy(communes.Select((p, i) => new KeyValuePair<AdministrativeUnitCode, AdministrativeUnitCode?>(Commune(i), Province(p)))
                .Concat(Enumerable.Range(0, provinces).Select(p => new KeyValuePair<AdministrativeUnitCode, AdministrativeUnitCode?>(Province(p), null)))),
            rows.Select(r => r.asValue
                ? Observation.FromValue(Commune(r.commune), year, r.measure, r.numerator)
                : Observation.FromCounts(Commune(r.commune), year, r.measure, r.numerator, r.denominator)).ToArray(),
            policy, year, share, registry);

    private static AdministrativeUnitCode Commune(int i) => U((10001 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static AdministrativeUnitCode Province(int p) => U((10 + p).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
