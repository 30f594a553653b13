using NodaTime;
using VnChildProtection.Domain.Children;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>The examples of docs/children.md, verbatim, with the results the page states.</summary>
public class ChildrenDocsExamples
{
    [Fact]
    public void Page_EveryExampleIsATestHere() => DocsCodeBlocks.AssertEveryExampleIsTested("docs/children.md", "tests/VnChildProtection.Domain.Tests/Docs/ChildrenDocsExamples.cs");

    [Fact]
    public void SpecialCircumstances()
    {
        var hiv = SpecialCircumstance.ParseLetter("đ").AsT0;
        var disabilities = SpecialCircumstance.ParseLetter("d").AsT0;
        var unknown = SpecialCircumstance.ParseLetter("f").AsT1;

        Assert.Equal(SpecialCircumstance.WithHivAids, hiv);
        Assert.Equal("Luật Trẻ em 2016, điều 10 khoản 1 điểm đ", hiv.Citation);
        Assert.Equal(SpecialCircumstance.WithDisabilities, disabilities);
        Assert.Equal("SPECIAL-CIRCUMSTANCE-LETTER", unknown.Code);
        Assert.Equal(SpecialCircumstance.OrphanedOfBothParents, SpecialCircumstance.ParseLetter("điểm a").AsT0);
    }

    [Fact]
    public void AgeBands()
    {
        var earlyChildhood = AgeBand.Parse("từ 0-8 tuổi").AsT0;
        var consulted = AgeBand.Parse("đủ 07 tuổi trở lên").AsT0;
        var birth = new LocalDate(2010, 6, 1);
        var stillChild = AgeBand.Child.Contains(birth, new LocalDate(2026, 5, 31));
        var leapAge = ChildAge.CompletedYears(new LocalDate(2020, 2, 29), new LocalDate(2021, 2, 28));

        Assert.Equal("<9", earlyChildhood.ToString());
        Assert.Equal("7+", consulted.ToString());
        Assert.Equal("từ 7 tuổi trở lên", consulted.ToVietnameseString());
        Assert.True(stillChild);
        Assert.False(AgeBand.Child.Contains(birth, new LocalDate(2026, 6, 1)));
        Assert.Equal(1, leapAge);
        Assert.Equal("AGE-BAND-CONFLICT", AgeBand.Parse("từ 10 -18 tuổi trở lên").AsT1.Code);
    }

    [Fact]
    public void ProtectionLevels()
    {
        var found = ProtectionLevel.TryFromDisplayName("Cấp độ can thiệp", out var level);

        Assert.True(found);
        Assert.Equal(ProtectionLevel.Intervention, level);
        Assert.Equal("Luật Trẻ em 2016, điều 50", level!.Citation);
    }

    [Fact]
    public void Cohorts()
    {
        var matched = Cohort.TryFromDisplayName("tre em dan toc thieu so", out var cohort);

        Assert.True(matched);
        Assert.Equal(Cohort.EthnicMinority, cohort);
    }
}
