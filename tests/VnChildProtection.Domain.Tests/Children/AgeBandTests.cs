using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Tests.Measures;

namespace VnChildProtection.Domain.Tests.Children;

public class AgeBandTests
{
    public static TheoryData<string, int, int?> Texts { get; } = new()
    {
        { "<1", 0, 1 },
        { "<5", 0, 5 },
        { "<6", 0, 6 },
        { "0-8", 0, 9 },
        { "5", 5, 6 },
        { "5-17", 5, 18 },
        { "7+", 7, null },
        { "11+", 11, null },
        { "11-14", 11, 15 },
        { "10–18", 10, 19 },
        { "16+", 16, null },
        { "dưới 5 tuổi", 0, 5 },
        { "dưới 05 tuổi", 0, 5 },
        { "dưới 01 tuổi", 0, 1 },
        { "5 tuổi", 5, 6 },
        { "từ 11 đến 14 tuổi", 11, 15 },
        { "từ 5 đến 17 tuổi", 5, 18 },
        { "từ 0-8 tuổi", 0, 9 },
        { "từ 7 tuổi trở lên", 7, null },
        { "từ 07 tuổi trở lên", 7, null },
        { "đủ 07 tuổi trở lên", 7, null },
        { "từ đủ 7 tuổi trở lên", 7, null },
        { "từ 11 tuổi trở lên", 11, null },
        { "duoi 16 tuoi", 0, 16 },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Parse_CompactAndVietnameseForms_ReturnBounds(string text, int minimum, int? maximumExclusive)
    {
        var band = AgeBand.Parse(text).AsT0;
        Assert.Equal((minimum, maximumExclusive), (band.MinimumAge, band.MaximumAgeExclusive));
    }

    [Theory]
    [InlineData("", "AGE-BAND-EMPTY", 0)]
    [InlineData("tuổi", "AGE-BAND-AGE-EXPECTED", 0)]
    [InlineData("<0", "AGE-BAND-EMPTY-RANGE", 0)]
    [InlineData("14-11", "AGE-BAND-RANGE-REVERSED", 2)]
    [InlineData("dưới 5-8 tuổi", "AGE-BAND-CONFLICT", 0)]
    [InlineData("từ 10 -18 tuổi trở lên", "AGE-BAND-CONFLICT", 15)]
    [InlineData("5 tuổi trở", "AGE-BAND-AND-OVER", 7)]
    [InlineData("5 năm", "AGE-BAND-TRAILING-TEXT", 2)]
    [InlineData("151+", "AGE-BAND-AGE-TOO-LARGE", 0)]
    [InlineData("150", "AGE-BAND-AGE-TOO-LARGE", 0)]
    public void Parse_Malformed_ReturnsTypedErrorWithPosition(string text, string code, int position)
    {
        var error = AgeBand.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void Parse_SeedOddity_RangeWithAndOver_IsAConflict()
    {
        // Seed 001 (Lạng Sơn 2023) writes "từ 10 -18 tuổi trở lên", which is neither a range nor an open band.
        Assert.Contains("từ 10 -18 tuổi trở lên", SeedCorpus.ReadSeed(1), StringComparison.Ordinal);
        Assert.Equal("AGE-BAND-CONFLICT", AgeBand.Parse("từ 10 -18 tuổi trở lên").AsT1.Code);
    }

    [Theory]
    [InlineData("<1", "<1", "dưới 1 tuổi")]
    [InlineData("0-8", "<9", "dưới 9 tuổi")]
    [InlineData("5", "5", "5 tuổi")]
    [InlineData("11-14", "11-14", "từ 11 đến 14 tuổi")]
    [InlineData("16+", "16+", "từ 16 tuổi trở lên")]
    public void ToString_WritesCanonicalCompactAndVietnameseForms(string text, string compact, string vietnamese)
    {
        var band = AgeBand.Parse(text).AsT0;
        Assert.Equal(compact, band.ToString());
        Assert.Equal(vietnamese, band.ToVietnameseString());
    }

    [Fact]
    public void Child_IsUnderSixteenPerLawArticle1()
    {
        Assert.Contains("Trẻ em là người dưới 16 tuổi.", SeedCorpus.ReadLaw("law_LuatTreEm"), StringComparison.Ordinal);
        Assert.Equal(AgeBand.Parse("dưới 16 tuổi").AsT0, AgeBand.Child);
    }

    [Fact]
    public void Contains_UsesCompletedYearsOnTheDate()
    {
        var birth = new LocalDate(2010, 6, 1);
        Assert.True(AgeBand.Child.Contains(birth, new LocalDate(2026, 5, 31)));
        Assert.False(AgeBand.Child.Contains(birth, new LocalDate(2026, 6, 1)));
        Assert.False(AgeBand.Child.Contains(birth, new LocalDate(2010, 5, 31)));
        Assert.True(AgeBand.Exactly(5).Contains(5));
        Assert.False(AgeBand.Exactly(5).Contains(6));
        Assert.True(AgeBand.AtLeast(7).Contains(100));
    }

    [Property(MaxTest = 10_000)]
    public Property ParseFormat_RoundTripsInBothForms() =>
        Prop.ForAll(ChildrenGenerators.AgeBand.ToArbitrary(), band =>
            AgeBand.Parse(band.ToString()).AsT0 == band && AgeBand.Parse(band.ToVietnameseString()).AsT0 == band);

    [Property(MaxTest = 10_000)]
    public Property EqualityAndOrdering_ObeyTheLaws() =>
        Prop.ForAll(ChildrenGenerators.AgeBand.ToArbitrary(), ChildrenGenerators.AgeBand.ToArbitrary(), (a, b) =>
        {
            EqualityLaws.Check(a, b);
            EqualityLaws.Check(a, AgeBand.Parse(a.ToVietnameseString()).AsT0);
        });

    [Property(MaxTest = 10_000)]
    public Property Parse_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(ChildrenGenerators.AgeLikeString.ToArbitrary(), text =>
        {
            _ = AgeBand.Parse(text);
            _ = AgeBand.TryParse(text, out _);
        });

    [Property(MaxTest = 10_000)]
    public Property Contains_AgreesWithCompletedYears() =>
        Prop.ForAll(ChildrenGenerators.AgeBand.ToArbitrary(), ChildrenGenerators.Date.ToArbitrary(), ChildrenGenerators.Date.ToArbitrary(), (band, a, b) =>
        {
            var (birth, on) = a <= b ? (a, b) : (b, a);
            return band.Contains(birth, on) == band.Contains(ChildAge.CompletedYears(birth, on));
        });
}
