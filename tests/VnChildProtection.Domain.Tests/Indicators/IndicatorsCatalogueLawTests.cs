using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Indicators;

/// <summary>
/// Walks the 24 <c>Chỉ tiêu N:</c> lines of Decision 23/QĐ-TTg and checks every value and year of the catalogue
/// against numbers read from the text here, with a reader that shares no code with the library's target parser.
/// </summary>
public sealed class IndicatorsCatalogueLawTests
{
    // A value with its optional unit, or a year. Values that name ages, vaccine counts or the
    // "1.000 trẻ đẻ sống" denominator are not targets and are dropped below.
    private static readonly Regex Token = new(
        @"năm (?<year>20\d\d)|(?<![\d.,/])(?<value>\d+(?:[.,]\d+)?)\s*(?<unit>%|/100\.000)?",
        RegexOptions.CultureInvariant);

    private static readonly Regex NotATarget = new(@"^\s*(tuổi|loại|trẻ đẻ sống|đến \d+ tuổi|\.\d{3} trẻ đẻ sống)", RegexOptions.CultureInvariant);

    public static TheoryData<int> Numbers() => [.. Enumerable.Range(1, 24)];

    [Fact]
    public void LawText_HasTwentyFourIndicatorLines_AndCatalogueHasTwentyFourIndicators()
    {
        Assert.Equal(Enumerable.Range(1, 24), IndicatorLines().Keys.Order());
        Assert.Equal(Enumerable.Range(1, 24), IndicatorRegistry.Default.Indicators.Select(i => i.Id.Value));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void CatalogueValues_MatchDecisionText(int number)
    {
        var line = IndicatorLines()[number];
        var fromText = ValuesWithYears(line);
        var indicator = IndicatorRegistry.Default.Get(new IndicatorId(number));
        var fromCatalogue = new List<(decimal Value, int? Year)>();
        foreach (var measure in indicator.Measures)
        {
            switch (measure.NationalTarget)
            {
                case ThresholdTarget threshold:
                    fromCatalogue.AddRange(threshold.Milestones.Select(m => (m.Value, m.Year)));
                    break;
                case AnnualReductionTarget annual:
                    // "từ 2 đến 3% hằng năm giai đoạn từ năm 2025 đến năm 2030": both ends with both years.
                    foreach (var year in new[] { annual.FromYear, annual.ToYear })
                    {
                        fromCatalogue.Add((annual.MinPercent, year));
                        fromCatalogue.Add((annual.MaxPercent, year));
                    }
                    break;
                default:
                    Assert.Fail("Unexpected national target shape for " + measure.Id);
                    break;
            }
        }
        Assert.Equal(Sorted(fromText), Sorted(fromCatalogue));
    }

    [Fact]
    public void CatalogueBounds_MatchDecisionWording()
    {
        // Spot checks of the bound words the value reader above ignores.
        var registry = IndicatorRegistry.Default;
        Assert.Equal(TargetBound.Below, Milestone(registry, "CT3.a", 2025).Bound);   // "dưới 9,5"
        Assert.Equal(TargetBound.AtMost, Milestone(registry, "CT3.b", 2025).Bound);  // "xuống 12,5"
        Assert.Equal(TargetBound.AtMost, Milestone(registry, "CT4.b", 2025).Bound);  // "xuống 17%"
        Assert.Equal(TargetBound.Below, Milestone(registry, "CT4.b", 2030).Bound);   // "dưới 15%"
        Assert.Equal(TargetBound.AtLeast, Milestone(registry, "CT14.a", 2030).Bound); // "phấn đấu 100%"
        Assert.True(Milestone(registry, "CT7.a", 2030).IsMaintained);                // "duy trì 100%"
    }

    private static Milestone Milestone(IndicatorRegistry registry, string measure, int year) =>
        ((ThresholdTarget)registry.GetMeasure(MeasureId.Parse(measure).AsT0).NationalTarget!).MilestoneIn(year)!;

    private static Dictionary<int, string> IndicatorLines()
    {
        var lines = new Dictionary<int, string>();
        foreach (var raw in SeedCorpus.ReadLaw("law_QD23").Split('\n'))
        {
            var m = Regex.Match(raw, @"^- Chỉ tiêu (\d+): (.*)$", RegexOptions.CultureInvariant);
            if (m.Success)
            {
                lines.Add(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value.Trim());
            }
        }
        return lines;
    }

    // Values collected since the last year are dated by the next "năm YYYY"; a year right after a year
    // ("vào năm 2025 và năm 2030") dates the same values again. Values never dated have no year.
    private static List<(decimal Value, int? Year)> ValuesWithYears(string line)
    {
        var result = new List<(decimal, int?)>();
        var pending = new List<decimal>();
        var dated = new List<decimal>();
        foreach (Match m in Token.Matches(line))
        {
            if (m.Groups["year"].Success)
            {
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                var values = pending.Count > 0 ? pending : dated;
                result.AddRange(values.Select(v => (v, (int?)year)));
                dated = [.. values];
                pending.Clear();
                continue;
            }
            if (NotATarget.IsMatch(line[(m.Index + m.Length)..]) && !m.Groups["unit"].Success)
            {
                continue;
            }
            pending.Add(ParseNumber(m.Groups["value"].Value));
        }
        result.AddRange(pending.Select(v => (v, (int?)null)));
        return result;
    }

    private static decimal ParseNumber(string text)
    {
        // "9,5" decimal comma; "18.5" the Decision's own typo with a decimal point.
        return decimal.Parse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static List<string> Sorted(IEnumerable<(decimal Value, int? Year)> values) =>
        [.. values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Value:0.####}@{v.Year}")).Order(StringComparer.Ordinal)];
}
