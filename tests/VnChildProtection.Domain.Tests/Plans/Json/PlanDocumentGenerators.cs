using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Tests.Calendars;
using VnChildProtection.Domain.Tests.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Plans.Json;

/// <summary>FsCheck generators for whole plan documents: every part, targets of every shape, spans, awkward Unicode text.</summary>
internal static class PlanDocumentGenerators
{
    // Vietnamese in NFC and NFD, JSON-significant characters, control characters, an emoji (surrogate pair), RTL text.
    private static readonly string[] Pieces =
    [
        "Kế hoạch", "Sở Lao động - Thương binh và Xã hội", "hoà", "hòa", "Ủy ban nhân dân", "27/KH-UBND", "đồng", "chỉ tiêu",
        "Tie\u0302\u0301ng Vie\u0323\u0302t", "\"", "\\", "/", "\n", "\r\n", "\t", "\u0000", "\u001f", "\u2028", "😀", "שלום",
        "<script>", "&amp;", "'", "{", "]", " ", "a", "1", "\u00a0",
    ];

    internal static Gen<string> Text() =>
        from count in Gen.Choose(0, 4)
        from parts in Gen.ArrayOf(Gen.Elements(Pieces), count)
        select string.Concat(parts);

    private static Gen<string?> OptionalText() => Nullable(Text());

    private static Gen<T?> Nullable<T>(Gen<T> gen)
        where T : class =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(x => (T?)x));

    private static Gen<T?> NullableValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(x => (T?)x));

    private static Gen<int> Int() => Gen.OneOf(Gen.Choose(-3, 40), Gen.Elements(int.MinValue, int.MaxValue, 0));

    private static Gen<ValueList<T>> List<T>(Gen<T> item) =>
        from count in Gen.Choose(0, 3)
        from items in Gen.ArrayOf(item, count)
        select items.ToValueList();

    internal static Gen<SourceSpan?> Spans() => Nullable(
        from start in Gen.OneOf(Gen.Choose(0, 100_000), Gen.Constant(int.MaxValue))
        from length in Gen.Choose(0, 5_000)
        from line in Gen.Choose(1, 3_000)
        from column in Gen.Choose(1, 400)
        select new SourceSpan(start, length, line, column));

    internal static Gen<LocalDate> Dates() => Gen.Choose(0, 73_000).Select(d => new LocalDate(1900, 1, 1).PlusDays(d));

    private static Gen<AnnualDate> AnnualDates() =>
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2023, month))
        select new AnnualDate(month, day);

    internal static Gen<MeasureId> Measures() =>
        from indicator in Gen.Choose(1, IndicatorId.MaxValue)
        from letter in Gen.Choose('a', 'z')
        select new MeasureId(indicator, (char)letter);

    internal static Gen<MoneyVnd> Money() =>
        from amount in Gen.OneOf(Gen.Choose(0, 2_000_000_000).Select(a => (decimal)a), Gen.Choose(1, 999).Select(a => a * 1_000_000_000_000m), Gen.Constant(decimal.MaxValue))
        from period in Gen.Elements(MoneyPeriod.None, MoneyPeriod.PerYear, MoneyPeriod.PerMonth)
        select new MoneyVnd(amount, period);

    private static Gen<PlanCitation> Citations() =>
        from text in Text() from source in Spans()
        select new PlanCitation { Text = text, Source = source };

    private static Gen<PlanHeader> Headers() =>
        from number in OptionalText()
        from issuer in OptionalText()
        from place in OptionalText()
        from date in NullableValue(Dates())
        from year in NullableValue(Int())
        from title in OptionalText()
        from signer in OptionalText()
        from draft in Gen.Elements(false, true)
        from numberSource in Spans()
        from dateSource in Spans()
        select new PlanHeader
        {
            Number = number, Issuer = issuer, Place = place, IssueDate = date, IssueYear = year, Title = title, Signer = signer,
            IsDraft = draft, NumberSource = numberSource, DateSource = dateSource,
        };

    private static Gen<PlanTarget> PlanTargets() =>
        from text in Text()
        from measure in NullableValue(Measures())
        from target in Nullable(TargetGenerators.Targets())
        from source in Spans()
        select new PlanTarget { Text = text, Measure = measure, Target = target, Source = source };

    private static Gen<PlanIndicator> Indicators() =>
        from number in Int()
        from objective in NullableValue(Int())
        from text in Text()
        from targets in List(PlanTargets())
        from source in Spans()
        select new PlanIndicator { Number = number, Objective = objective, Text = text, Targets = targets, Source = source };

    private static Gen<AgencyResponsibility> Responsibilities() =>
        from agency in Text()
        from id in OptionalText()
        from role in Gen.Elements(ResponsibilityRole.List.ToArray())
        from indicators in List(Int())
        from task in OptionalText()
        from source in Spans()
        select new AgencyResponsibility { Agency = agency, AgencyId = id, Role = role, Indicators = indicators, Task = task, Source = source };

    private static Gen<PlanReportingDeadline> Deadlines() =>
        from text in Text()
        from report in OptionalText()
        from tier in Nullable(Gen.Elements(ReportingTier.List.ToArray()))
        from due in NullableValue(AnnualDates())
        from dueDate in NullableValue(Dates())
        from within in Nullable(TimeLimitTests.Limits())
        from countedFrom in OptionalText()
        from source in Spans()
        select new PlanReportingDeadline
        {
            Text = text, Report = report, Tier = tier, Due = due, DueDate = dueDate, Within = within, CountedFrom = countedFrom, Source = source,
        };

    internal static Gen<PlanDocument> Documents() =>
        from header in Headers()
        from legalBases in List(Citations())
        from references in List(Citations())
        from sections in List(from n in Text() from t in Text() from l in Int() from s in Spans() select new PlanSection { Number = n, Title = t, Level = l, Source = s })
        from objectives in List(from n in Int() from t in Text() from s in Spans() select new PlanObjective { Number = n, Title = t, Source = s })
        from indicators in List(Indicators())
        from tasks in List(from n in Text() from t in Text() from s in Spans() select new PlanTask { Number = n, Title = t, Source = s })
        from responsibilities in List(Responsibilities())
        from budget in List(from t in Text() from a in Nullable(Money()) from l in OptionalText() from s in Spans() select new BudgetLine { Text = t, Amount = a, Level = l, Source = s })
        from reporting in List(Deadlines())
        from units in List(from n in Text() from c in OptionalText() from s in Spans() select new PlanUnitMention { Name = n, Code = c, Source = s })
        select new PlanDocument
        {
            Header = header, LegalBases = legalBases, References = references, Sections = sections, Objectives = objectives,
            Indicators = indicators, Tasks = tasks, Responsibilities = responsibilities, Budget = budget, Reporting = reporting, Units = units,
        };
}
