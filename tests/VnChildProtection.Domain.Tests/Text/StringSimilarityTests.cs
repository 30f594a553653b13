using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Text;

public class StringSimilarityTests
{
    private static readonly Gen<string> Words = Gen.Elements('a', 'b', 'c').ArrayOf().Select(chars => new string(chars));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("hoankiem", "hoankiem", 0)]
    [InlineData("flaw", "lawn", 2)]
    public void Levenshtein_KnownPairs(string a, string b, int expected)
    {
        Assert.Equal(expected, StringSimilarity.Levenshtein(a, b));
        Assert.Equal(expected, StringSimilarity.Levenshtein(b, a));
    }

    [Property]
    public Property Levenshtein_Capped_IsExactOrCapPlusOne() =>
        Prop.ForAll(Arb.From(Words), Arb.From(Words), Arb.From(Gen.Choose(0, 6)), (a, b, cap) =>
        {
            var exact = StringSimilarity.Levenshtein(a, b);
            var capped = StringSimilarity.Levenshtein(a, b, cap);
            return exact <= cap ? capped == exact : capped == cap + 1;
        });

    [Fact]
    public void Levenshtein_RowsWithinTheCapButTheDistanceAbove_IsCapPlusOne() =>
        // Counterexample of the property above: exact distance 4, every row's minimum at most 2.
        Assert.Equal((4, 3), (StringSimilarity.Levenshtein("bbcc", "ccaa"), StringSimilarity.Levenshtein("bbcc", "ccaa", 2)));

    [Fact]
    public void LevenshteinSimilarity_Bounds()
    {
        Assert.Equal(1.0, StringSimilarity.LevenshteinSimilarity("", ""));
        Assert.Equal(1.0, StringSimilarity.LevenshteinSimilarity("so y te", "so y te"));
        Assert.Equal(0.0, StringSimilarity.LevenshteinSimilarity("abc", "xyz"));
        Assert.Equal(0.5, StringSimilarity.LevenshteinSimilarity("abcd", "abxy"));
    }

    [Fact]
    public void TokenDice_CountsDistinctCommonTokens()
    {
        Assert.Equal(1.0, StringSimilarity.TokenDice([], []));
        Assert.Equal(0.0, StringSimilarity.TokenDice(["so"], []));
        Assert.Equal(0.5, StringSimilarity.TokenDice(new HashSet<string> { "so", "y" }, new HashSet<string> { "so", "te" }));
    }
}
