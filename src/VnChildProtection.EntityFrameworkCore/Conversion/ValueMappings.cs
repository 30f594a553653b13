using System;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>
/// Every public value type and closed set of the core with the column it is stored in. A test checks this list
/// against the core's types found by reflection, so a new value type cannot be forgotten here.
/// </summary>
internal static class ValueMappings
{
    internal static IReadOnlyList<ValueMapping> ClosedSets { get; } =
    [
        new ClosedSetMapping<AgencyLevel>(),
        new ClosedSetMapping<AgencySubject>(),
        new ClosedSetMapping<ResponsibilityRole>(),
        new ClosedSetMapping<DayKind>(),
        new ClosedSetMapping<PublicHoliday>(),
        new ClosedSetMapping<DueDatePolicy>(),
        new ClosedSetMapping<ReportPeriodKind>(),
        new ClosedSetMapping<ReportingTier>(),
        new ClosedSetMapping<TimeLimitUnit>(),
        new ClosedSetMapping<Cohort>(),
        new ClosedSetMapping<ProtectionLevel>(),
        new ClosedSetMapping<SpecialCircumstance>(),
        new ClosedSetMapping<AggregationType>(),
        new ClosedSetMapping<Category>(),
        new ClosedSetMapping<IndicatorObjective>(),
        new ClosedSetMapping<PeriodType>(),
        new ClosedSetMapping<MeasureQuantity>(),
        new ClosedSetMapping<MissingValueStrategy>(),
        new ClosedSetMapping<RuleImportance>(),
        new ClosedSetMapping<RuleOperator>(),
        new ClosedSetMapping<DocumentType>(),
        new ClosedSetMapping<VerificationStatus>(),
        new ClosedSetMapping<RateBase>(),
        new ClosedSetMapping<PlanRule>(),
        new ClosedSetMapping<IndicatorUnit>(),
        new ClosedSetMapping<AdministrativeLevel>(),
        new ClosedSetMapping<AdministrativeUnitKind>(),
        new ClosedSetMapping<CaseState>(),
        new ClosedSetMapping<Obligation>(),
        new ClosedSetMapping<ReportSource>(),
        new ClosedSetMapping<ReviewFinding>(),
        new ClosedSetMapping<RiskLevel>(),
        new ClosedSetMapping<TransitionErrorKind>(),
        new ClosedSetMapping<WorkflowRole>(),
        new ClosedSetMapping<WorkflowTrigger>(),
    ];

    internal static IReadOnlyList<ValueMapping> TextValues { get; } =
    [
        new TextMapping<AdministrativeUnitCode>(AdministrativeUnitCode.Parse),
        new TextMapping<AgeBand>(AgeBand.Parse),
        new TextMapping<CaseId>(CaseId.Parse),
        new TextMapping<DisaggregationKey>(DisaggregationKey.Parse),
        new TextMapping<IndicatorExpression>(IndicatorExpression.Parse),
        new TextMapping<IndicatorId>(IndicatorId.Parse),
        new TextMapping<LegalReference>(LegalReference.Parse),
        new TextMapping<MeasureId>(MeasureId.Parse),
        new TextMapping<MoneyVnd>(MoneyVnd.Parse),
        new TextMapping<Percentage>(Percentage.Parse),
        new TextMapping<Period>(Period.Parse),
        new TextMapping<Rate>(Rate.Parse),
        new TextMapping<Ratio>(Ratio.Parse),
        new TextMapping<ReportPeriod>(ReportPeriod.Parse),
        // A target's text alone may leave its unit to the indicator; its JSON form ({"text", "unit"}) keeps both.
        new TextMapping<Target>(TargetJson.Parse, TargetJson.Format),
        new TextMapping<TimeLimit>(TimeLimit.Parse),
        new TextMapping<VietnameseLunarDate>(VietnameseLunarDate.Parse),
    ];

    internal static IEnumerable<Type> Types => ClosedSets.Concat(TextValues).Select(m => m.ClrType);
}
