using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Tests.Calendars;

public class TimeLimitTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    internal static Gen<TimeLimit> Limits() =>
        from count in Gen.Choose(TimeLimit.MinCount, TimeLimit.MaxCount)
        from unit in Gen.Elements(TimeLimitUnit.List.ToArray())
        select new TimeLimit(count, unit);

    private static Instant InVietnam(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Deadline.VietnamTimeZone).ToInstant();

    [Theory]
    [InlineData("5 ngày làm việc", 5, "WorkingDays")]
    [InlineData("trong thời hạn 05 ngày làm việc", 5, "WorkingDays")]
    [InlineData("Trong thời hạn 03 ngày", 3, "Days")]
    [InlineData("trong vòng 12 giờ", 12, "Hours")]
    [InlineData("không quá 12 giờ", 12, "Hours")]
    [InlineData("chậm nhất sau 02 ngày làm việc", 2, "WorkingDays")]
    [InlineData("trong 1 tháng", 1, "Months")]
    [InlineData("  15   NGÀY  LÀM  VIỆC ", 15, "WorkingDays")]
    [InlineData("5 ngay lam viec", 5, "WorkingDays")]
    [InlineData("12 gio", 12, "Hours")]
    [InlineData("ba ngày", 3, "Days")]
    [InlineData("mười ngày", 10, "Days")]
    [InlineData("12h", 12, "Hours")]
    [InlineData("5 working days", 5, "WorkingDays")]
    [InlineData("1 working day", 1, "WorkingDays")]
    [InlineData("within 10 business days", 10, "WorkingDays")]
    [InlineData("12 hours", 12, "Hours")]
    [InlineData("10 days", 10, "Days")]
    [InlineData("1 month", 1, "Months")]
    [InlineData("three days", 3, "Days")]
    [InlineData("999 ngày", 999, "Days")]
    public void Parse_AcceptedForms_ReturnTheLimit(string text, int count, string unit)
    {
        var parsed = TimeLimit.Parse(text);
        Assert.True(parsed.IsT0, parsed.IsT1 ? parsed.AsT1.ToString() : "");
        Assert.Equal(new TimeLimit(count, TimeLimitUnit.FromName(unit)), parsed.AsT0);
    }

    [Fact]
    public void Parse_DecomposedAndOldTonePlacement_ReadTheSame()
    {
        var nfd = "trong thời hạn 05 ngày làm việc".Normalize(NormalizationForm.FormD);
        Assert.Equal(new TimeLimit(5, TimeLimitUnit.WorkingDays), TimeLimit.Parse(nfd).AsT0);
    }

    [Theory]
    [InlineData("", "TIMELIMIT-EMPTY", 0, 0)]
    [InlineData("   ", "TIMELIMIT-EMPTY", 0, 0)]
    [InlineData("trong thời hạn", "TIMELIMIT-COUNT", 14, 0)]
    [InlineData("trong thời hạn mười lăm ngày", "TIMELIMIT-COUNT", 15, 8)]
    [InlineData("hai mươi ngày", "TIMELIMIT-COUNT", 0, 8)]
    [InlineData("ngày làm việc", "TIMELIMIT-COUNT", 0, 4)]
    [InlineData("0 ngày", "TIMELIMIT-COUNT", 0, 1)]
    [InlineData("1000 ngày", "TIMELIMIT-COUNT", 0, 4)]
    [InlineData("trong vòng 99999999999 giờ", "TIMELIMIT-COUNT", 11, 11)]
    [InlineData("5", "TIMELIMIT-UNIT", 1, 0)]
    [InlineData("5 tuần", "TIMELIMIT-UNIT", 2, 4)]
    [InlineData("trong thời hạn 03 ngày kể từ ngày tiếp nhận", "TIMELIMIT-UNIT", 18, 25)]
    public void Parse_BadInput_ReturnsCodedErrorAtPosition(string text, string code, int position, int length)
    {
        var error = TimeLimit.Parse(text).AsT1;
        Assert.Equal((code, position, length), (error.Code, error.Position, error.Length));
        Assert.False(TimeLimit.TryParse(text, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Parse_UnknownUnit_NamesTheFragmentAsWritten()
    {
        var error = TimeLimit.Parse("5 Tuần").AsT1;
        Assert.Equal("Tuần", error.Fragment);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(TimeLimit.TryParse(null, out _));

    [Fact]
    public void Constructor_CountOutsideOneTo999_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(0, TimeLimitUnit.Days));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(1000, TimeLimitUnit.Days));
        Assert.Throws<ArgumentNullException>(() => new TimeLimit(1, null!));
    }

    [Theory]
    [InlineData(5, "WorkingDays", "5 ngày làm việc", "5 working days")]
    [InlineData(1, "WorkingDays", "1 ngày làm việc", "1 working day")]
    [InlineData(3, "Days", "3 ngày", "3 days")]
    [InlineData(1, "Days", "1 ngày", "1 day")]
    [InlineData(12, "Hours", "12 giờ", "12 hours")]
    [InlineData(1, "Months", "1 tháng", "1 month")]
    public void ToString_IsCanonicalVietnamese_AndToEnglishStringIsEnglish(int count, string unit, string vietnamese, string english)
    {
        var limit = new TimeLimit(count, TimeLimitUnit.FromName(unit));
        Assert.Equal((vietnamese, english), (limit.ToString(), limit.ToEnglishString()));
    }

    [Fact]
    public void Equality_SameCountAndUnit_AreEqual()
    {
        var a = new TimeLimit(5, TimeLimitUnit.WorkingDays);
        Assert.True(a == new TimeLimit(5, TimeLimitUnit.WorkingDays));
        Assert.True(a != new TimeLimit(5, TimeLimitUnit.Days));
        Assert.True(a != new TimeLimit(4, TimeLimitUnit.WorkingDays));
        Assert.False(a == null);
        Assert.True((TimeLimit?)null == null);
    }

    [Fact]
    public void Units_HaveVietnameseAndEnglishNames_InOrderOfLength()
    {
        Assert.Equal(new[] { "giờ", "ngày", "ngày làm việc", "tháng" }, TimeLimitUnit.List.OrderBy(u => u.Value).Select(u => u.VietnameseName));
        Assert.Equal(new[] { "hours", "days", "working days", "months" }, TimeLimitUnit.List.OrderBy(u => u.Value).Select(u => u.EnglishName));
        Assert.False(TimeLimitUnit.Hours.EndsAtEndOfDay);
        Assert.True(TimeLimitUnit.Months.EndsAtEndOfDay);
    }

    // Decree 56/2017 art. 26.3: 12 hours from 20:00 on 30/4/2025 runs through the holiday to 08:00 on 1/5/2025.
    [Fact]
    public void DeadlineFrom_12HoursFromEvening30April2025_IsAnInstantAt08001May()
    {
        var due = new TimeLimit(12, TimeLimitUnit.Hours).DeadlineFrom(InVietnam(2025, 4, 30, 20), Calendar);
        Assert.Equal(Deadline.At(InVietnam(2025, 5, 1, 8)), due);
        Assert.False(due.IsEndOfDay);
    }

    // Thu 24/4/2025: Fri 25/4 (1), Sat 26/4 worked for Fri 2/5 (2), Mon 28/4 (3), Tue 29/4 (4); 30/4–4/5 off; Mon 5/5 (5).
    [Fact]
    public void DeadlineFrom_5WorkingDaysFromThursday24April2025_IsMonday5May()
    {
        var due = new TimeLimit(5, TimeLimitUnit.WorkingDays).DeadlineFrom(InVietnam(2025, 4, 24, 10), Calendar);
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 5, 5)), due);
    }

    // Mon 28/4/2025: Tue 29/4 (1); 30/4–4/5 off; Mon 5/5 (2), Tue 6/5 (3), Wed 7/5 (4), Thu 8/5 (5).
    [Fact]
    public void DeadlineFrom_5WorkingDaysFromMonday28April2025_IsThursday8May()
    {
        var due = new TimeLimit(5, TimeLimitUnit.WorkingDays).DeadlineFrom(new LocalDate(2025, 4, 28), Calendar);
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 5, 8)), due);
    }

    // Sun 27/4/2025 + 3 days = Wed 30/4, a holiday; the days off run to Sun 4/5, so the period ends on Mon 5/5.
    [Fact]
    public void DeadlineFrom_3DaysFromSunday27April2025_EndingOn30April_MovesToMonday5May()
    {
        var due = new TimeLimit(3, TimeLimitUnit.Days).DeadlineFrom(InVietnam(2025, 4, 27, 9), Calendar);
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 5, 5)), due);
    }

    // Mon 20/1/2025 + 10 days = Thu 30/1, inside Tết 25/1–2/2/2025; the next working day is Mon 3/2.
    [Fact]
    public void DeadlineFrom_10DaysFromMonday20January2025_EndingInTet_MovesToMonday3February()
    {
        var due = new TimeLimit(10, TimeLimitUnit.Days).DeadlineFrom(new LocalDate(2025, 1, 20), Calendar);
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 2, 3)), due);
    }

    // Tết 2026 is off 14/2–22/2; from Fri 13/2/2026 the 2 working days are Mon 23/2 and Tue 24/2.
    [Fact]
    public void DeadlineFrom_2WorkingDaysFromFriday13February2026_SkipsTet_IsTuesday24February()
    {
        var due = new TimeLimit(2, TimeLimitUnit.WorkingDays).DeadlineFrom(InVietnam(2026, 2, 13, 16), Calendar);
        Assert.Equal(Deadline.EndOf(new LocalDate(2026, 2, 24)), due);
    }

    // Civil Code art. 148: 31/1/2025 + 1 month has no 31 February, so the period ends on Fri 28/2/2025, a working day.
    [Fact]
    public void DeadlineFrom_1MonthFrom31January2025_EndsOnLastDayOfFebruary28()
    {
        var due = new TimeLimit(1, TimeLimitUnit.Months).DeadlineFrom(InVietnam(2025, 1, 31, 9), Calendar);
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 2, 28)), due);
    }

    // 31/12/2025 + 2 months: no 31 February, last day Sat 28/2/2026, a rest day; the period ends on Mon 2/3/2026.
    [Fact]
    public void DeadlineFrom_2MonthsFrom31December2025_EndsOnSaturday28February_MovesToMonday2March()
    {
        var due = new TimeLimit(2, TimeLimitUnit.Months).DeadlineFrom(new LocalDate(2025, 12, 31), Calendar);
        Assert.Equal(Deadline.EndOf(new LocalDate(2026, 3, 2)), due);
    }

    // Sun 30/3/2025 + 1 month = Wed 30/4, a holiday; the days off run to Sun 4/5, so the period ends on Mon 5/5.
    [Fact]
    public void DeadlineFrom_1MonthFrom30March2025_EndingOn30April_MovesToMonday5May()
    {
        var due = new TimeLimit(1, TimeLimitUnit.Months).DeadlineFrom(new LocalDate(2025, 3, 30), Calendar);
        Assert.Equal(Deadline.EndOf(new LocalDate(2025, 5, 5)), due);
    }

    [Fact]
    public void DeadlineFrom_DayUnits_InstantAndDateOfTheEventAgree()
    {
        var start = InVietnam(2025, 4, 29, 23);
        foreach (var unit in new[] { TimeLimitUnit.Days, TimeLimitUnit.WorkingDays, TimeLimitUnit.Months })
        {
            var limit = new TimeLimit(3, unit);
            Assert.Equal(limit.DeadlineFrom(new LocalDate(2025, 4, 29), Calendar), limit.DeadlineFrom(start, Calendar));
        }
    }

    [Fact]
    public void DeadlineFrom_HoursFromADate_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new TimeLimit(12, TimeLimitUnit.Hours).DeadlineFrom(new LocalDate(2025, 4, 30), Calendar));

    [Property(MaxTest = 10_000)]
    public Property Parse_OfToStringAndToEnglishString_ReturnsTheLimit() =>
        Prop.ForAll(Limits().ToArbitrary(), limit =>
            TimeLimit.Parse(limit.ToString()).AsT0 == limit
            && TimeLimit.Parse(limit.ToEnglishString()).AsT0 == limit
            && TimeLimit.Parse("trong thời hạn 0" + limit.ToString()).AsT0 == limit);

    [Property(MaxTest = 10_000)]
    public Property Equality_ObeysTheLaws() =>
        Prop.ForAll(Limits().ToArbitrary(), Limits().ToArbitrary(), (a, b) =>
        {
            var copy = new TimeLimit(a.Count, a.Unit);
            Assert.True(a.Equals(a) && a == copy && !(a != copy) && a.Equals((object)copy));
            Assert.Equal(a.GetHashCode(), copy.GetHashCode());
            Assert.False(a.Equals(null));
            Assert.Equal(a.Equals(b), b.Equals(a));
            Assert.Equal(a.Equals(b), a == b);
            Assert.Equal(a.Equals(b), (a.Count, a.Unit) == (b.Count, b.Unit));
            if (a == b)
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        });

    private static readonly string[] Fragments =
        ["trong", "thời hạn", "vòng", "không quá", "chậm nhất", "sau", "0", "03", "12", "999", "1000", "ba", "năm", "ngày", "làm việc",
         "giờ", "tháng", "working", "days", "h", " ", "  ", "\u0301", "\u0300", "\uD800", "-", "đ", "", "kể từ"];

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(
            Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null), Gen.ArrayOf(Gen.Elements(Fragments)).Select(p => string.Join(" ", p))).ToArbitrary(),
            text =>
            {
                var parsed = TimeLimit.Parse(text);
                Assert.Equal(parsed.IsT0, TimeLimit.TryParse(text, out _));
                if (parsed.IsT1)
                {
                    Assert.StartsWith("TIMELIMIT-", parsed.AsT1.Code, StringComparison.Ordinal);
                }
            });
}
