using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Children;

namespace VnChildProtection.Domain.Tests.Children;

public class ChildAgeTests
{
    [Theory]
    [InlineData("2010-06-01", "2026-05-31", 15)]
    [InlineData("2010-06-01", "2026-06-01", 16)]
    [InlineData("2010-06-01", "2010-06-01", 0)]
    [InlineData("2020-02-29", "2021-02-27", 0)]
    [InlineData("2020-02-29", "2021-02-28", 1)]
    [InlineData("2020-02-29", "2024-02-28", 3)]
    [InlineData("2020-02-29", "2024-02-29", 4)]
    public void CompletedYears_CountsAnniversaries_LeapDayOn28February(string birth, string on, int expected)
    {
        Assert.Equal(expected, ChildAge.CompletedYears(Date(birth), Date(on)));
    }

    [Fact]
    public void CompletedYears_BeforeBirth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChildAge.CompletedYears(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void IsChild_UntilSixteenthBirthday()
    {
        Assert.True(ChildAge.IsChild(new LocalDate(2010, 6, 1), new LocalDate(2026, 5, 31)));
        Assert.False(ChildAge.IsChild(new LocalDate(2010, 6, 1), new LocalDate(2026, 6, 1)));
    }

    [Property(MaxTest = 10_000)]
    public Property CompletedYears_IsMonotoneInTheOnDate() =>
        Prop.ForAll(ChildrenGenerators.Date.ToArbitrary(), Gen.Choose(0, 40_000).ToArbitrary(), Gen.Choose(0, 40_000).ToArbitrary(), (birth, first, second) =>
        {
            var earlier = birth.PlusDays(Math.Min(first, second));
            var later = birth.PlusDays(Math.Max(first, second));
            return ChildAge.CompletedYears(birth, earlier) <= ChildAge.CompletedYears(birth, later);
        });

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
