using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Periods;
using Period = VnChildProtection.Domain.Periods.Period;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Tests.Children;
using VnChildProtection.Domain.Tests.Indicators.Rules;
using VnChildProtection.Domain.Tests.Measures;
using VnChildProtection.Domain.Tests.Targets;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Tests.Conversion;

/// <summary>A generator for every type the package maps: closed sets draw their members, value types their values.</summary>
internal static class StoredValueGenerators
{
    private static readonly string[] Issuers = ["CP", "TTg", "UBND", "BLĐTBXH", "HĐND", "BYT"];

    /// <summary>Generators of the value types (not closed sets), by type.</summary>
    internal static readonly IReadOnlyDictionary<Type, Gen<object>> Values = new Dictionary<Type, Gen<object>>
    {
        [typeof(AdministrativeUnitCode)] = Gen.Elements(2, 3, 5).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
            .Select(d => AdministrativeUnitCode.Parse(string.Concat(d)))
            .Where(r => r.IsT0).Select(r => (object)r.AsT0),
        [typeof(AgeBand)] = ChildrenGenerators.AgeBand.Select(v => (object)v),
        [typeof(CaseId)] = Gen.Choose(1, CaseId.MaxLength).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcXYZ019-_.".ToCharArray()), n))
            .Select(c => (object)CaseId.Of(new string(c))),
        [typeof(IndicatorExpression)] = RuleGenerators.Expressions().Select(v => (object)v),
        [typeof(IndicatorId)] = Gen.Choose(1, IndicatorId.MaxValue).Select(n => (object)new IndicatorId(n)),
        [typeof(LegalReference)] =
            (from type in Gen.Elements(DocumentType.List.Where(t => t.Codes.Count > 0).ToArray())
             from code in Gen.Elements(type.Codes.ToArray())
             from issuer in Gen.Elements(Issuers)
             from number in Gen.Choose(1, 999)
             from year in Gen.Choose(1990, 2030)
             select (object)LegalReference.Create(type, number.ToString(CultureInfo.InvariantCulture), year, code + "-" + issuer)),
        [typeof(MeasureId)] = RuleGenerators.Measures().Select(v => (object)v),
        [typeof(MoneyVnd)] = MeasureGenerators.Money.Select(v => (object)v),
        [typeof(Percentage)] = MeasureGenerators.Percentage.Select(v => (object)v),
        [typeof(Period)] =
            (from type in Gen.Elements(PeriodType.List.ToArray())
             from day in Gen.Choose(0, 70 * 365)
             select (object)Period.Containing(type, new LocalDate(1990, 1, 1).PlusDays(day))),
        [typeof(DisaggregationKey)] =
            (from sex in Gen.Elements<CategoryOption?>(null, CategoryOption.Male, CategoryOption.Female)
             from area in Gen.Elements<CategoryOption?>(null, CategoryOption.Urban, CategoryOption.Rural)
             from ethnicity in Gen.Elements<CategoryOption?>(null, CategoryOption.EthnicMinority, CategoryOption.Kinh)
             from disability in Gen.Elements<CategoryOption?>(null, CategoryOption.WithDisability, CategoryOption.WithoutDisability)
             from withAge in Gen.Elements(false, true)
             from age in ChildrenGenerators.AgeBand
             let options = new[] { sex, area, ethnicity, disability, withAge ? CategoryOption.ForAge(age) : null }
             select (object)DisaggregationKey.Of(options.OfType<CategoryOption>())),
        [typeof(Rate)] = MeasureGenerators.Rate.Select(v => (object)v),
        [typeof(Ratio)] = MeasureGenerators.Ratio.Select(v => (object)v),
        [typeof(ReportPeriod)] =
            (from kind in Gen.Elements(ReportPeriodKind.List.Where(k => k != ReportPeriodKind.AdHoc).ToArray())
             from year in Gen.Choose(1990, 2060)
             from index in Gen.Choose(0, 1000)
             let periods = ReportPeriod.InYear(kind, year)
             select (object)periods[index % periods.Count]),
        [typeof(Target)] = TargetGenerators.Targets().Select(v => (object)v),
        [typeof(TimeLimit)] =
            (from count in Gen.Choose(TimeLimit.MinCount, TimeLimit.MaxCount)
             from unit in Gen.Elements(TimeLimitUnit.List.ToArray())
             select (object)new TimeLimit(count, unit)),
        [typeof(VietnameseLunarDate)] = Gen.Choose(0, 60_000).Select(d => (object)VietnameseLunarDate.FromLocalDate(new LocalDate(1901, 1, 1).PlusDays(d))),
        // PostgreSQL keeps microseconds: instants and durations are drawn to the microsecond.
        [typeof(Instant)] = Gen.Choose(-1_000_000, 1_000_000).SelectMany(days => Gen.Choose(0, 86_399_999).Select(ms =>
            (object)(Instant.FromUnixTimeTicks(0) + Duration.FromDays(days) + Duration.FromMilliseconds(ms) + Duration.FromTicks(ms % 1000 * 10)))),
        [typeof(LocalDate)] = Gen.Choose(0, 3_000_000).Select(d => (object)new LocalDate(1, 1, 1).PlusDays(d)),
        [typeof(Duration)] = Gen.Choose(-100_000, 100_000).SelectMany(h => Gen.Choose(0, 3_599_999).Select(ms =>
            (object)(Duration.FromHours(h) + Duration.FromMilliseconds(ms)))),
    };

    /// <summary>A member of a closed set, drawn from its declared members.</summary>
    internal static Gen<object> ClosedSet(Type set)
    {
        var list = typeof(ClosedSet<>).MakeGenericType(set).GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)!;
        var members = ((System.Collections.IEnumerable)list.GetValue(null)!).Cast<object>().ToArray();
        return Gen.Elements(members);
    }

    /// <summary>A generator for any mapped type.</summary>
    internal static Gen<object> For(Type type) => Values.TryGetValue(type, out var gen) ? gen : ClosedSet(type);
}
