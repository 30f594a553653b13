using System.Collections.Generic;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Progress;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Progress;

/// <summary>A one-province plan with one target per indicator, and its data, for the progress tests.</summary>
internal static class ProgressFixture
{
    public static readonly AdministrativeUnitCode Province = AdministrativeUnitCode.Of("51");

    public static PlanDocument Plan(int year, params (string Text, MeasureId? Measure)[] targets) => new()
    {
        Header = new PlanHeader { Number = "1/KH-UBND", Place = "Quảng Ngãi", IssueDate = new LocalDate(year, 2, 1), Title = "Kế hoạch thử" },
        Objectives = ValueList.Of(new PlanObjective { Number = 1, Title = "Bảo vệ trẻ em" }),
        Indicators = targets.Select((t, i) => new PlanIndicator
        {
            Number = i + 1,
            Objective = 1,
            Text = t.Text,
            Targets = ValueList.Of(new PlanTarget { Text = t.Text, Measure = t.Measure, Target = Target.Parse(t.Text).AsT0 }),
        }).ToValueList(),
        Responsibilities = ValueList.Of(
            new AgencyResponsibility { Agency = "Sở Y tế", AgencyId = "so-y-te", Role = ResponsibilityRole.Lead, Indicators = ValueList.Of(1) },
            new AgencyResponsibility { Agency = "Sở Tư pháp", AgencyId = "so-tu-phap", Role = ResponsibilityRole.Coordinate, Indicators = ValueList.Of(1, 2) }),
    };

    /// <summary>Assesses a plan's first target against yearly values of its measure for the province (counts out of 1,000, or plain counts).</summary>
    public static ProgressReport Assess(PlanDocument plan, LocalDate asOf, params (int Year, decimal Value)[] values)
    {
        var map = PlanMeasureMap.For(plan);
        var measure = map.TryGetMeasure(1, 0, out var m) ? m : throw new KeyNotFoundException();
        var isCount = map.Registry.GetMeasure(measure).Unit.IsCount;
        var observations = values.Select(v => isCount
            ? Observation.FromValue(Province, v.Year, measure, v.Value)
            : Observation.FromCounts(Province, v.Year, measure, v.Value * 10, 1000)).ToList();
        var engine = new IndicatorEngine(new UnitHierarchy([new KeyValuePair<AdministrativeUnitCode, AdministrativeUnitCode?>(Province, null)]), map.Registry);
        return PlanProgress.Assess(plan, map, ProgressData.Compile(engine, observations), asOf);
    }

    public static TargetProgress One(string target, int planYear, LocalDate asOf, params (int Year, decimal Value)[] values) =>
        Assess(Plan(planYear, (target, null)), asOf, values).Targets.Single();
}
