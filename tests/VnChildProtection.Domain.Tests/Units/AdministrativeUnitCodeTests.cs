using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

public class AdministrativeUnitCodeTests
{
    private static readonly Gen<AdministrativeUnitCode> CodeGen =
        from length in Gen.Elements(2, 3, 5)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), length)
        where digits.Any(digit => digit != 0)
        select AdministrativeUnitCode.Of(string.Concat(digits.Select(digit => (char)('0' + digit))));

    [Theory]
    [InlineData("91", 1)]
    [InlineData("002", 2)]
    [InlineData("00070", 3)]
    [InlineData(" 51 ", 1)]
    public void Parse_ValidCode_ReturnsCodeWithLevelFromLength(string text, int level)
    {
        var code = AdministrativeUnitCode.Parse(text).AsT0;
        Assert.Equal(text.Trim(), code.Value);
        Assert.Equal(AdministrativeLevel.FromValue(level), code.Level);
    }

    [Theory]
    [InlineData("", "UNIT-CODE-EMPTY", 0)]
    [InlineData("   ", "UNIT-CODE-EMPTY", 0)]
    [InlineData("9a", "UNIT-CODE-NOT-DIGITS", 1)]
    [InlineData("  ٩١", "UNIT-CODE-NOT-DIGITS", 2)]
    [InlineData("1234", "UNIT-CODE-LENGTH", 0)]
    [InlineData("1", "UNIT-CODE-LENGTH", 0)]
    [InlineData("000", "UNIT-CODE-ZERO", 0)]
    public void Parse_InvalidCode_ReturnsTypedError(string text, string errorCode, int position)
    {
        var error = AdministrativeUnitCode.Parse(text).AsT1;
        Assert.Equal(errorCode, error.Code);
        Assert.Equal(position, error.Position);
        Assert.False(AdministrativeUnitCode.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(AdministrativeUnitCode.TryParse(null, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void Equality_DifferentLevelsWithSameNumber_AreNotEqual()
    {
        Assert.NotEqual(AdministrativeUnitCode.Of("01"), AdministrativeUnitCode.Of("001"));
        Assert.True(AdministrativeUnitCode.Of("96") < AdministrativeUnitCode.Of("001"));
    }

    [Fact]
    public void Of_InvalidCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => AdministrativeUnitCode.Of("1x"));
    }

    [Property(MaxTest = 10_000)]
    public Property ParseToString_RoundTrips() =>
        Prop.ForAll(Arb.From(CodeGen), code =>
        {
            var parsed = AdministrativeUnitCode.Parse(code.ToString()).AsT0;
            return parsed == code && parsed.Level == code.Level && parsed.GetHashCode() == code.GetHashCode();
        });

    [Property(MaxTest = 10_000)]
    public void Parse_ArbitraryString_NeverThrowsAndSuccessRoundTrips(NonNull<string> input)
    {
        var result = AdministrativeUnitCode.Parse(input.Get);
        if (result.TryPickT0(out var code, out var error))
        {
            Assert.Equal(code, AdministrativeUnitCode.Parse(code.ToString()).AsT0);
        }
        else
        {
            Assert.InRange(error.Position, 0, input.Get.Length);
        }
    }

    [Property(MaxTest = 10_000)]
    public Property EqualityAndOrdering_AreConsistent() =>
        Prop.ForAll(Arb.From(CodeGen), Arb.From(CodeGen), (a, b) =>
        {
            var copy = AdministrativeUnitCode.Of(a.Value);
            var reflexive = a.Equals(a) && a == copy && a.CompareTo(copy) == 0;
            var symmetric = a.Equals(b) == b.Equals(a) && (a == b) == (b == a) && (a != b) == !(a == b);
            var hash = !a.Equals(b) || a.GetHashCode() == b.GetHashCode();
            var order = Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a.CompareTo(b) == 0) == a.Equals(b);
            var operators = (a < b) == (a.CompareTo(b) < 0) && (a >= b) == !(a < b) && (a > b) == (b < a) && (a <= b) == !(a > b);
            return reflexive && symmetric && hash && order && operators && !a.Equals(null);
        });
}
