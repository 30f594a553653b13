using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Workflow;

public class CaseIdTests
{
    private static readonly Gen<CaseId> Ids =
        Gen.Choose(1, CaseId.MaxLength)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements("abcXYZ019-_.".ToCharArray()), n))
            .Select(chars => CaseId.Of(new string(chars)));

    [Theory]
    [InlineData("QN-2025-000123")]
    [InlineData(" a.b_c ")]
    public void Parse_Valid_ReturnsTrimmedId(string text) => Assert.Equal(text.Trim(), CaseId.Parse(text).AsT0.Value);

    [Theory]
    [InlineData("", "WORKFLOW-CASE-ID-EMPTY", 0)]
    [InlineData("Nguyễn Văn A", "WORKFLOW-CASE-ID-CHARACTER", 4)]
    [InlineData("a b", "WORKFLOW-CASE-ID-CHARACTER", 1)]
    public void Parse_Invalid_TypedErrorWithoutFragment(string text, string code, int position)
    {
        var error = CaseId.Parse(text).AsT1;
        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
        Assert.Equal(string.Empty, error.Fragment);
    }

    [Fact]
    public void Parse_TooLong_LengthError() => Assert.Equal("WORKFLOW-CASE-ID-LENGTH", CaseId.Parse(new string('a', 65)).AsT1.Code);

    [Property(MaxTest = 10_000)]
    public Property Parse_ToString_RoundTrips() =>
        Prop.ForAll(Ids.ToArbitrary(), id => CaseId.Parse(id.ToString()).AsT0 == id);

    [Property(MaxTest = 10_000)]
    public Property Parse_AnyString_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => text is null ? !CaseId.TryParse(text, out _) : CaseId.Parse(text).IsT0 || CaseId.Parse(text).IsT1);

    [Property(MaxTest = 10_000)]
    public Property Equality_SmallDomain_ConsistentWithHashOrderAndOperators()
    {
        var small = Gen.Elements("a", "b", "A").Select(CaseId.Of);
        return Prop.ForAll(Gen.Zip(small, small).ToArbitrary(), pair =>
        {
            var (x, y) = pair;
            return x.Equals(y) == (x == y) && (x != y) == !x.Equals(y) && (!x.Equals(y) || x.GetHashCode() == y.GetHashCode())
                && (x.CompareTo(y) == 0) == x.Equals(y) && (x < y) == (x.CompareTo(y) < 0) && (x >= y) == !(x < y)
                && (x > y) == (y < x) && (x <= y) == !(x > y);
        });
    }
}
