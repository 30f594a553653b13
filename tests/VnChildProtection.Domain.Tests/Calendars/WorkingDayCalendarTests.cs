using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Tests.Calendars;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static Arbitrary<LocalDate> Dates() =>
        Gen.Choose(0, Period.DaysBetween(new LocalDate(2000, 1, 1), new LocalDate(2090, 12, 31)))
            .Select(d => new LocalDate(2000, 1, 1).PlusDays(d)).ToArbitrary();

    private static Arbitrary<int> Steps() => Gen.Choose(-400, 400).ToArbitrary();

    [Theory]
    [InlineData("2025-04-29", 1, "2025-05-05")] // 30/4, 1/5 holidays; 2/5 swapped off; weekend
    [InlineData("2025-04-29", 5, "2025-05-09")]
    [InlineData("2025-04-25", 1, "2025-04-26")] // Saturday 26/4 is worked
    [InlineData("2025-05-05", -1, "2025-04-29")]
    [InlineData("2025-05-04", -1, "2025-04-29")]
    [InlineData("2025-05-03", 0, "2025-05-03")]
    [InlineData("2026-02-13", 1, "2026-02-23")] // Tết Bính Ngọ
    public void AddWorkingDays_AroundHolidays_SkipsDaysOff(string start, int n, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), n));
    }

    [Theory]
    [InlineData("2025-04-29", "2025-05-05", 1)]
    [InlineData("2025-05-05", "2025-04-29", -1)]
    [InlineData("2025-05-04", "2025-04-29", -1)]
    [InlineData("2025-01-01", "2025-12-31", 250)] // 261 weekdays − 12 weekdays off + Saturday 26/4 worked
    public void WorkingDaysBetween_CountsDestinationNotOrigin(string start, string end, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(start), D(end)));
    }

    [Theory]
    [InlineData("2025-04-25", 5, "2025-05-05")] // last day 30/4 holiday → next working day Monday 5/5
    [InlineData("2025-04-20", 6, "2025-04-26")] // last day Saturday 26/4 is a worked Saturday: it ends there
    [InlineData("2025-05-31", 2, "2025-06-02")] // last day Monday 2/6 is working
    public void EndOfPeriodInDays_LastDayOff_MovesToNextWorkingDay(string eventDate, int days, string expected)
    {
        var end = Calendar.EndOfPeriodInDays(D(eventDate), days);
        Assert.Equal(D(expected), end);
    }

    [Fact]
    public void DeadlineInWorkingDays_ReportReceivedBeforeLabourDay_IsEndOfFridayNextWeek()
    {
        var received = Instant.FromUtc(2025, 4, 29, 8, 0); // 15:00 in Vietnam
        var deadline = Calendar.DeadlineInWorkingDays(received, 5);

        Assert.Equal(D("2025-05-09"), deadline.DueDate);
        Assert.Equal(Instant.FromUtc(2025, 5, 9, 17, 0), deadline.Due);
        Assert.Equal("end of 2025-05-09 (Asia/Ho_Chi_Minh)", deadline.ToString());
    }

    [Fact]
    public void DeadlineInWorkingDays_ReceivedLateEveningUtc_UsesVietnamDate()
    {
        // 2025-05-05T18:00Z is already Tuesday 6/5 01:00 in Vietnam: two working days later is Thursday 8/5.
        var deadline = Calendar.DeadlineInWorkingDays(Instant.FromUtc(2025, 5, 5, 18, 0), 2);
        Assert.Equal(D("2025-05-08"), deadline.DueDate);
    }

    [Fact]
    public void DeadlineInDays_EndsOnNextWorkingDayWhenLastDayIsHoliday()
    {
        var deadline = Calendar.DeadlineInDays(Instant.FromUtc(2025, 4, 25, 3, 0), 5);
        Assert.Equal(D("2025-05-05"), deadline.DueDate);
    }

    [Fact]
    public void GetDay_OutsideSupportedYears_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(new LocalDate(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(new LocalDate(2101, 1, 1)));
    }

    [Fact]
    public void IsWorkingDay_NonIsoDate_Throws()
    {
        var julian = new LocalDate(2025, 1, 2, CalendarSystem.Julian);
        Assert.Throws<ArgumentException>(() => Calendar.IsWorkingDay(julian));
        Assert.Throws<ArgumentException>(() => Calendar.AddWorkingDays(julian, 3));
        Assert.Throws<ArgumentException>(() => Calendar.WorkingDaysBetween(julian, julian.PlusDays(10)));
    }

    [Property(MaxTest = 10_000)]
    public Property AddWorkingDays_NonZero_LandsOnWorkingDayAndBetweenInvertsIt() =>
        Prop.ForAll(Dates(), Steps(), (d, n) =>
        {
            var end = Calendar.AddWorkingDays(d, n);
            return (n == 0 ? end == d : Calendar.IsWorkingDay(end)) && Calendar.WorkingDaysBetween(d, end) == n;
        });

    [Property(MaxTest = 10_000)]
    public Property AddWorkingDays_FromWorkingDay_OfBetween_ReturnsWorkingDestination() =>
        Prop.ForAll(Dates(), Dates(), (a, b) =>
        {
            var start = Calendar.NextWorkingDayOnOrAfter(a);
            var end = Calendar.NextWorkingDayOnOrAfter(b);
            return Calendar.AddWorkingDays(start, Calendar.WorkingDaysBetween(start, end)) == end;
        });

    private static readonly WorkingDayCalendar WithCrossYearSwap = new WorkingDayCalendarBuilder()
        .WithSchedule(HolidaySchedule.FromStatutoryRules(2015, [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday])
            .WithSwap(new LocalDate(2015, 1, 2), new LocalDate(2014, 12, 27), PublicHoliday.NewYear))
        .Build();

    // Asks GetDay, not IsWorkingDay, so the count does not share the bit sets it checks.
    private static int NaiveCount(WorkingDayCalendar calendar, LocalDate start, LocalDate end)
    {
        int count = 0;
        for (var d = start.PlusDays(1); d <= end; d = d.PlusDays(1))
        {
            count += calendar.GetDay(d).IsWorkingDay ? 1 : 0;
        }
        return count;
    }

    [Property(MaxTest = 10_000)]
    public Property WorkingDaysBetween_EqualsDayByDayCount() =>
        Prop.ForAll(
            Gen.Choose(0, Period.DaysBetween(new LocalDate(2012, 1, 1), new LocalDate(2030, 12, 31)))
                .Select(d => new LocalDate(2012, 1, 1).PlusDays(d)).ToArbitrary(),
            Gen.Choose(0, 800).ToArbitrary(),
            (start, length) =>
            {
                var end = start.PlusDays(length);
                return WithCrossYearSwap.WorkingDaysBetween(start, end) == NaiveCount(WithCrossYearSwap, start, end)
                    && Calendar.WorkingDaysBetween(start, end) == NaiveCount(Calendar, start, end)
                    && Calendar.WorkingDaysBetween(end, start) == -(NaiveCount(Calendar, start.PlusDays(-1), end.PlusDays(-1)));
            });

    private static readonly PublicHoliday[] Holidays = [PublicHoliday.NewYear, PublicHoliday.LunarNewYear, PublicHoliday.NationalDay];

    // A calendar with random weekly rest days and one random schedule for the date's year or a neighbouring year:
    // statutory or empty, then holidays, compensatory days, swaps (possibly across New Year) and removals near the date.
    private static Arbitrary<(WorkingDayCalendar Calendar, LocalDate[] Dates)> CalendarsAndDates()
    {
        var first = new LocalDate(1900, 1, 1);
        var op = from kind in Gen.Choose(0, 4)
                 from offset in Gen.Choose(-40, 40)
                 from other in Gen.Choose(-40, 40)
                 from holiday in Gen.Elements(Holidays)
                 select (kind, offset, other, holiday);
        // 127 (all seven days off) is left out: FromStatutoryRules then never finds a compensatory day.
        var gen = from restMask in Gen.Choose(0, 126)
                  from day in Gen.Choose(0, Period.DaysBetween(first, new LocalDate(2100, 12, 31)))
                  from yearShift in Gen.Choose(-1, 1)
                  from start in Gen.Choose(0, 2)
                  from ops in Gen.ListOf(op)
                  select Build(restMask, first.PlusDays(day), yearShift, start, ops.Take(8).ToArray());
        return gen.ToArbitrary();
    }

    private static (WorkingDayCalendar, LocalDate[]) Build(
        int restMask, LocalDate date, int yearShift, int start, (int Kind, int Offset, int Other, PublicHoliday Holiday)[] ops)
    {
        var rest = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None && (restMask & (1 << ((int)d - 1))) != 0).ToArray();
        var builder = new WorkingDayCalendarBuilder().WithWeeklyRestDays(rest);
        int year = Math.Clamp(date.Year + yearShift, 1900, 2100);
        if (start == 0)
        {
            return (builder.WithoutSchedule(year).Build(), [date, date.PlusDays(1), date.PlusDays(-1)]);
        }
        var schedule = start == 1 ? HolidaySchedule.FromStatutoryRules(year, rest) : new HolidaySchedule(year, "test");
        var touched = new System.Collections.Generic.List<LocalDate> { date };
        bool Fits(LocalDate d, bool holiday) =>
            d.Year == year || (!holiday && ((d.Year == year + 1 && d.Month == 1) || (d.Year == year - 1 && d.Month == 12)));
        foreach (var (kind, offset, other, holiday) in ops)
        {
            var a = date.PlusDays(offset);
            var b = date.PlusDays(other);
            if (a.Year is < 1900 or > 2100 || b.Year is < 1900 or > 2100)
            {
                continue;
            }
            switch (kind)
            {
                case 0 when Fits(a, true):
                    schedule = schedule.WithHoliday(a, holiday);
                    break;
                case 1 when Fits(a, false):
                    schedule = schedule.WithCompensatoryDayOff(a, holiday);
                    break;
                case 2 when Fits(a, false) && Fits(b, false) && a != b:
                    schedule = schedule.WithSwap(a, b, holiday);
                    touched.Add(b);
                    break;
                case 3:
                    schedule = schedule.Without(a);
                    break;
                default:
                    continue;
            }
            touched.Add(a);
        }
        return (builder.WithSchedule(schedule).Build(), [.. touched]);
    }

    [Property(MaxTest = 10_000)]
    public Property IsWorkingDay_AgreesWithGetDay_UnderRandomCalendars() =>
        Prop.ForAll(CalendarsAndDates(), c =>
            c.Dates.Where(d => d.Year is >= 1900 and <= 2100).All(d => c.Calendar.IsWorkingDay(d) == c.Calendar.GetDay(d).IsWorkingDay));

    [Fact]
    public void Builder_AllSevenRestDays_IsRejected()
    {
        var builder = new WorkingDayCalendarBuilder();
        Assert.Throws<System.ArgumentException>(() => builder.WithWeeklyRestDays(
            IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
            IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday));
    }
    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    [InlineData(-60_000)]
    [InlineData(60_000)]
    public void TryAddWorkingDays_CountLeavingTheSupportedYears_IsATypedErrorNotAnOverflow(int n)
    {
        var error = Calendar.TryAddWorkingDays(new LocalDate(2025, 4, 29), n).AsT1;
        Assert.Equal("CALENDAR-DATE-RANGE", error.Code);
        Assert.Equal(CalendarRangeError.OutOfRangeCode, error.Code);
        Assert.Null(error.Date);
        Assert.Contains("1900-01-01 … 2100-12-31", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new LocalDate(2025, 4, 29), n));
    }

    [Theory]
    [InlineData("1800-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2101-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("-9998-01-01")]
    public void TryMembers_DateOutsideTheSupportedYears_AreTypedErrors(string iso)
    {
        var date = LocalDatePattern.Iso.Parse(iso).Value;
        Assert.False(WorkingDayCalendar.IsSupported(date));
        foreach (var error in new[]
        {
            Calendar.TryGetDay(date).AsT1,
            Calendar.TryAddWorkingDays(date, 1).AsT1,
            Calendar.TryAddWorkingDays(date, 0).AsT1,
            Calendar.TryAddWorkingDays(date, int.MinValue).AsT1,
            Calendar.TryWorkingDaysBetween(date, new LocalDate(2025, 1, 1)).AsT1,
            Calendar.TryWorkingDaysBetween(new LocalDate(2025, 1, 1), date).AsT1,
        })
        {
            Assert.Equal(CalendarRangeError.OutOfRangeCode, error.Code);
            Assert.Equal(date, error.Date);
            Assert.StartsWith("CALENDAR-DATE-RANGE: " + iso + " is outside 1900-01-01 … 2100-12-31", error.ToString(), StringComparison.Ordinal);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.GetDay(date));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(date, new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void TryMembers_AtTheEdgesOfTheSupportedYears_AnswerOrSayWhy()
    {
        Assert.Equal(WorkingDayCalendar.SupportedDates, new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31)));
        Assert.Equal(Calendar.GetDay(new LocalDate(1900, 1, 1)), Calendar.TryGetDay(new LocalDate(1900, 1, 1)).AsT0);
        Assert.Equal(Calendar.GetDay(new LocalDate(2100, 12, 31)), Calendar.TryGetDay(new LocalDate(2100, 12, 31)).AsT0);
        Assert.Equal(new LocalDate(2100, 12, 31), Calendar.TryAddWorkingDays(new LocalDate(2100, 12, 30), 1).AsT0);
        Assert.True(Calendar.TryAddWorkingDays(new LocalDate(2100, 12, 31), 1).IsT1);
        Assert.True(Calendar.TryAddWorkingDays(new LocalDate(1900, 1, 1), -1).IsT1);
        Assert.Equal(0, Calendar.TryWorkingDaysBetween(new LocalDate(2100, 12, 31), new LocalDate(2100, 12, 31)).AsT0);
        Assert.Equal(Calendar.WorkingDaysBetween(new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31)),
            Calendar.TryWorkingDaysBetween(new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31)).AsT0);
    }

    [Property(Arbitrary = [typeof(WorkingDayCalendarTests)])]
    public bool TryAddWorkingDays_AgreesWithAddWorkingDays(LocalDate date, int n)
    {
        n %= 5000;
        return Calendar.TryAddWorkingDays(date, n).AsT0 == Calendar.AddWorkingDays(date, n)
            && Calendar.TryWorkingDaysBetween(date, Calendar.AddWorkingDays(date, n)).AsT0 == n;
    }
}
