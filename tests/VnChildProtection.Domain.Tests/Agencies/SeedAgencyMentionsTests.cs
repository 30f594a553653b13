using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Agencies;

public class SeedAgencyMentionsTests
{
    private static readonly string[] Seeds = Enumerable.Range(0, 4).Select(i => VietnameseText.Normalize(SeedCorpus.ReadSeed(i))).ToArray();

    [Theory]
    [MemberData(nameof(SeedAgencyMentions.MentionData), MemberType = typeof(SeedAgencyMentions))]
    public void Mention_OccursVerbatimInItsSeed(int seed, string text, string kindId, string qualifier)
    {
        Assert.Contains(text, Seeds[seed], System.StringComparison.Ordinal);
        Assert.NotEmpty(kindId);
        Assert.NotNull(qualifier);
    }

    [Theory]
    [MemberData(nameof(SeedAgencyMentions.MentionData), MemberType = typeof(SeedAgencyMentions))]
    public void Resolve_RealSeedMention_ReturnsExpectedKindAndQualifier(int seed, string text, string kindId, string qualifier)
    {
        var result = AgencyRegistry.Default.Resolve(text);

        Assert.True(result.IsT0, $"seed {seed}: '{text}' did not resolve: {result}");
        Assert.Equal(kindId, result.AsT0.Kind.Id);
        Assert.True(result.AsT0.IsExact);
        Assert.Equal(qualifier, result.AsT0.Qualifier);
    }

    [Theory]
    [MemberData(nameof(SeedAgencyMentions.MentionData), MemberType = typeof(SeedAgencyMentions))]
    public void Resolve_RealSeedMentionInNfd_ReturnsSameKind(int seed, string text, string kindId, string qualifier)
    {
        var result = AgencyRegistry.Default.Resolve(text.Normalize(System.Text.NormalizationForm.FormD));

        Assert.True(result.IsT0, $"seed {seed}: NFD '{text}' did not resolve");
        Assert.Equal(kindId, result.AsT0.Kind.Id);
        Assert.Equal(qualifier, result.AsT0.Qualifier);
    }

    [Theory]
    [MemberData(nameof(SeedAgencyMentions.AssignmentIndexes), MemberType = typeof(SeedAgencyMentions))]
    public void Assignment_QuoteIsInSeedAndAgencyRoleAndIndicatorsAgree(int index)
    {
        var (seed, agency, kindId, role, phrased, indicators, quote) = SeedAgencyMentions.Assignments[index];

        Assert.Contains(quote, Seeds[seed], System.StringComparison.Ordinal);
        Assert.Contains(agency, Seeds[seed], System.StringComparison.Ordinal);
        Assert.Equal(kindId, AgencyRegistry.Default.Resolve(agency).AsT0.Kind.Id);
        var roles = ResponsibilityRole.FindIn(quote);
        if (phrased)
        {
            Assert.Equal(ResponsibilityRole.FromName(role), roles[^1]);
        }
        else
        {
            Assert.Empty(roles);
        }
        Assert.Equal(indicators, IndicatorNumbers(quote));
    }

    [Fact]
    public void Seed002_JusticeOnlyCoordinates13And14_SoIndicator14HasNoLead()
    {
        var seed002 = SeedAgencyMentions.Assignments.Where(a => a.Seed == 2).ToArray();

        var justice = seed002.Where(a => a.KindId == "so-tu-phap").ToArray();
        Assert.All(justice, a => Assert.Equal("Coordinate", a.Role));
        Assert.Equal([13, 14], justice.SelectMany(a => a.Indicators).Order());
        Assert.DoesNotContain(seed002, a => a.Role == "Lead" && a.Indicators.Contains(14));
    }

    [Fact]
    public void Seed003_EveryIndicatorOneTo24_HasALead()
    {
        var led = SeedAgencyMentions.Assignments
            .Where(a => a.Seed == 3 && a.Role == "Lead")
            .SelectMany(a => a.Indicators)
            .ToHashSet();

        Assert.All(Enumerable.Range(1, 24), i => Assert.Contains(i, led));
    }

    private static int[] IndicatorNumbers(string quote) =>
        Regex.Matches(quote[quote.IndexOf("chỉ tiêu", System.StringComparison.Ordinal)..], @"\d+")
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
}
