using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Children;

public class CohortTests
{
    [Fact]
    public void VietnameseNames_AppearInTheSeedPlans()
    {
        var seeds = string.Join("\n", Enumerable.Range(0, 4).Select(i => VietnameseText.Normalize(SeedCorpus.ReadSeed(i)).ToLowerInvariant()));
        // Seed 002 writes "trẻ em thuộc hộ nghèo, cận nghèo": the near-poor name is the spelled-out form.
        foreach (var cohort in Cohort.List.Where(c => c != Cohort.NearPoorHousehold))
        {
            Assert.Contains(cohort.VietnameseName, seeds, StringComparison.Ordinal);
        }
        Assert.Contains("trẻ em thuộc hộ nghèo, cận nghèo", seeds, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trẻ em dân tộc thiểu số", "EthnicMinority")]
    [InlineData("dân tộc thiểu số", "EthnicMinority")]
    [InlineData("Tre em mo coi", "Orphans")]
    [InlineData("trẻ em có nguy cơ", "AtRisk")]
    [InlineData("trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", "AtRisk")]
    [InlineData("hộ cận nghèo", "NearPoorHousehold")]
    [InlineData("children at risk", "AtRisk")]
    [InlineData("Trẻ em bị ảnh hưởng bởi thiên tai", "DisasterAffected")]
    public void TryFromDisplayName_AcceptsVariants(string name, string expected)
    {
        Assert.True(Cohort.TryFromDisplayName(name, out var cohort));
        Assert.Equal(Cohort.FromName(expected), cohort);
    }

    [Fact]
    public void TryFromDisplayName_Unknown_ReturnsFalse()
    {
        Assert.False(Cohort.TryFromDisplayName("trẻ em", out _));
        Assert.False(Cohort.TryFromDisplayName(null, out _));
    }

    [Property(MaxTest = 10_000)]
    public Property TryFromDisplayName_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            _ = Cohort.TryFromDisplayName(text, out _);
            _ = ProtectionLevel.TryFromDisplayName(text, out _);
        });
}
