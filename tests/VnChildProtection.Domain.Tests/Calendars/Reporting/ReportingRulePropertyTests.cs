using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.Reporting;

public class ReportingRulePropertyTests
{
    private static readonly Gen<DataWindowRule> Windows =
        Gen.OneOf(Gen.Constant(DataWindowRule.Decree09), Gen.Constant(DataWindowRule.CalendarPeriod),
            Gen.Choose(1, 31).SelectMany(day => Gen.Choose(-11, 11).Select(offset => DataWindowRule.EndingOnDay(day, offset))));

    private static readonly Gen<DueDateRule> DueRules =
        Gen.OneOf(
            Gen.Choose(1, 31).SelectMany(d => Gen.Choose(1, 12).SelectMany(m => Gen.Choose(0, 1).Select(y => DueDateRule.FixedDate(d, m, y)))),
            Gen.Choose(0, 366).Select(DueDateRule.DaysAfterPeriodEnd),
            Gen.Choose(1, 31).SelectMany(d => Gen.Choose(0, 12).Select(m => DueDateRule.DayOfMonthAfterPeriod(d, m))));

    private static readonly Gen<ReportPeriod> InnerPeriods = ReportPeriodTests.Periods.Where(p => p.Year is > 1900 and < 2100);

    [Property(MaxTest = 10_000)]
    public Property WindowsOfSuccessivePeriods_Tile() =>
        Prop.ForAll(Windows.ToArbitrary(), Gen.Elements(ReportPeriodKind.Monthly, ReportPeriodKind.Quarterly).ToArbitrary(),
            Gen.Choose(1901, 2098).ToArbitrary(), (rule, kind, year) =>
            {
                var periods = ReportPeriod.InYear(kind, year).Append(new ReportPeriod(kind, year + 1, 1)).ToArray();
                return periods.Zip(periods.Skip(1)).All(pair => rule.WindowFor(pair.First).End.PlusDays(1) == rule.WindowFor(pair.Second).Start);
            });

    [Property(MaxTest = 10_000)]
    public Property Window_SpansAboutThePeriodLength() =>
        Prop.ForAll(Windows.ToArbitrary(), InnerPeriods.ToArbitrary(), (rule, period) =>
        {
            var window = rule.WindowFor(period);
            int months = period.Kind.MonthsPerPeriod;
            // Clamping to month lengths moves each end by at most 3 days.
            return window.Start <= window.End
                && window.Length >= (months * 28) - 3 && window.Length <= (months * 31) + 3;
        });

    [Property(MaxTest = 10_000)]
    public Property DueDateRules_EqualityLaws_AndDatesNeverBeforeTheYear() =>
        Prop.ForAll(DueRules.ToArbitrary(), DueRules.ToArbitrary(), InnerPeriods.ToArbitrary(), (a, b, period) =>
            a.Equals(b) == b.Equals(a)
            && (a == b) == a.Equals((object)b)
            && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
            && a.Equals(a) && !a.Equals(null)
            && (a.IsFixedDate || a.DueDateFor(period) >= period.End.With(DateAdjusters.StartOfMonth))
            && a.DueDateFor(period).Year >= period.Year);

    [Property(MaxTest = 10_000)]
    public Property DataWindowRules_EqualityLaws() =>
        Prop.ForAll(Windows.ToArbitrary(), Windows.ToArbitrary(), (a, b) =>
            a.Equals(b) == b.Equals(a)
            && (a == b) == (a.EndDay == b.EndDay && a.MonthOffset == b.MonthOffset)
            && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()));
}
