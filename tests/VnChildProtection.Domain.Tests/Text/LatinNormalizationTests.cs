using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Text;

/// <summary>
/// The table-driven normaliser used when the runtime has no ICU (InvariantGlobalization) must agree with the runtime's
/// own normaliser, which this test process has, on every Latin letter and diacritic sequence.
/// </summary>
public class LatinNormalizationTests
{
    // Latin letters (plain and precomposed), the combining diacritics, and a few characters that neither decompose nor
    // compose with those marks (other scripts are outside the table: Cyrillic Ж with a diaeresis composes in ICU only).
    private static readonly char[] Alphabet =
        Enumerable.Range(0x00C0, 0x024F - 0x00C0 + 1)
            .Concat(Enumerable.Range(0x1E00, 0x1EFF - 0x1E00 + 1))
            .Concat(Enumerable.Range(0x0300, 0x036F - 0x0300 + 1))
            .Concat("aeiouyAEIOUYdDnN ,.-0\u0110\u0111\u3042\u2013".Select(c => (int)c))
            .Select(c => (char)c).ToArray();

    private static readonly Gen<string> LatinText = Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars));

    [Fact]
    public void RuntimeOfThisTestProcess_Normalizes()
    {
        Assert.True(LatinNormalization.RuntimeNormalizes);
    }

    [Fact]
    public void EveryLatinCharacter_DecomposesAndComposesAsTheRuntimeDoes()
    {
        foreach (var c in Alphabet.Where(c => !char.IsSurrogate(c)))
        {
            var text = c.ToString();
            Assert.Equal(text.Normalize(NormalizationForm.FormD), LatinNormalization.Decompose(text));
            Assert.Equal(text.Normalize(NormalizationForm.FormC), LatinNormalization.Compose(LatinNormalization.Decompose(text)));
        }
    }

    [Theory]
    [InlineData("Nghị định số 56/2017/NĐ-CP")]
    [InlineData("Sở Lao động – Thương binh và Xã hội")]
    [InlineData("Ủy ban nhân dân tỉnh Thừa Thiên Huế, khoẻ, thuỷ, hoà")]
    public void VietnameseText_RoundTripsThroughTheTable(string text)
    {
        var nfd = text.Normalize(NormalizationForm.FormD);
        Assert.Equal(nfd, LatinNormalization.Decompose(text));
        Assert.Equal(text, LatinNormalization.Compose(nfd));
        Assert.Equal(text, LatinNormalization.Compose(LatinNormalization.Decompose(nfd)));
    }

    [Property(MaxTest = 10_000)]
    public Property ArbitraryLatinSequences_NormalizeAsTheRuntimeDoes() =>
        Prop.ForAll(LatinText.ToArbitrary(), text =>
            LatinNormalization.Decompose(text) == text.Normalize(NormalizationForm.FormD)
            && LatinNormalization.Compose(LatinNormalization.Decompose(text)) == text.Normalize(NormalizationForm.FormC));
}
