using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Tests.Calendars;

public class DeadlineTests
{
    [Fact]
    public void After_TwelveHours_IsInstantDeadline()
    {
        var received = Instant.FromUtc(2025, 9, 1, 20, 30); // 03:30 on 2/9 in Vietnam, a holiday: hours still run
        var deadline = Deadline.After(received, Duration.FromHours(12));

        Assert.Equal(Instant.FromUtc(2025, 9, 2, 8, 30), deadline.Due);
        Assert.False(deadline.IsEndOfDay);
        Assert.Null(deadline.DueDate);
        Assert.Equal("2025-09-02T08:30:00Z", deadline.ToString());
        Assert.False(deadline.IsPassedAt(Instant.FromUtc(2025, 9, 2, 8, 29)));
        Assert.True(deadline.IsPassedAt(Instant.FromUtc(2025, 9, 2, 8, 30)));
        Assert.Equal(Duration.FromMinutes(60), deadline.RemainingAt(Instant.FromUtc(2025, 9, 2, 7, 30)));
    }

    [Fact]
    public void EndOf_Date_IsNextMidnightInVietnam()
    {
        var deadline = Deadline.EndOf(new LocalDate(2025, 5, 9));
        Assert.Equal(Instant.FromUtc(2025, 5, 9, 17, 0), deadline.Due);
        Assert.True(deadline.IsEndOfDay);
    }

    [Fact]
    public void After_NegativePeriod_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.After(Instant.FromUtc(2025, 1, 1, 0, 0), Duration.FromHours(-1)));
    }

    [Fact]
    public void CompareTo_SameInstant_InstantBeforeEndOfDay()
    {
        var day = Deadline.EndOf(new LocalDate(2025, 5, 9));
        var instant = Deadline.At(day.Due);
        Assert.True(instant < day);
        Assert.NotEqual(instant, day);
    }

    private static Arbitrary<Deadline> Deadlines() =>
        Gen.OneOf(
            Gen.Choose(0, 36_500).Select(d => Deadline.EndOf(new LocalDate(2000, 1, 1).PlusDays(d))),
            Gen.Choose(0, int.MaxValue).Select(s => Deadline.At(Instant.FromUtc(2000, 1, 1, 0, 0) + Duration.FromSeconds(s))))
        .ToArbitrary();

    [Property(MaxTest = 10_000)]
    public Property EqualityAndOrdering_AreConsistent() =>
        Prop.ForAll(Deadlines(), Deadlines(), (a, b) =>
            (a == b) == (a.CompareTo(b) == 0)
            && (!(a == b) || a.GetHashCode() == b.GetHashCode())
            && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
            && (a < b) == (b > a));
}
