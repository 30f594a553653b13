using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

/// <summary>The registry's cold-start path: shipped records built without re-validation, names folded by table.</summary>
public class UnitLoadTests
{
    [Fact]
    public void EveryShippedRecord_PassesThePublicConstructorsChecks_AndEqualsItsRebuild()
    {
        foreach (var unit in AdministrativeUnitRegistry.Default.Units)
        {
            var rebuilt = new AdministrativeUnit(
                unit.Code, unit.Name, unit.Kind, unit.ValidFrom, unit.ValidTo, unit.ParentCode, unit.SuccessorCodes, unit.AlternativeNames, unit.Successions);
            Assert.Equal(unit, rebuilt);
            Assert.Equal(unit.SuccessorCodes, rebuilt.SuccessorCodes);
            Assert.Equal(unit.Successions, rebuilt.Successions);
            Assert.Equal(unit.AlternativeNames, rebuilt.AlternativeNames);
        }
    }

    [Fact]
    public void NameKey_OfEveryShippedName_IsTheMatchKeyWithoutSpaces()
    {
        foreach (var name in AdministrativeUnitRegistry.Default.Units.SelectMany(unit => unit.AlternativeNames.Prepend(unit.Name)))
        {
            Assert.Equal(Slow(name), UnitNameKey.Of(name));
        }
    }

    private static readonly Gen<string> VietnameseLikeGen =
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(text => text is not null),
            Gen.ArrayOf(Gen.OneOf(Gen.Choose(0x20, 0x24F), Gen.Choose(0x300, 0x36F), Gen.Choose(0x1E00, 0x1EFF), Gen.Choose(0xD800, 0xDFFF), Gen.Choose(0, 0xFFFF)))
                .Select(points => new string(points.Select(point => (char)point).ToArray())));

    [Property(MaxTest = 10_000)]
    public Property NameKey_OfAnyText_IsTheMatchKeyWithoutSpaces() =>
        Prop.ForAll(Arb.From(VietnameseLikeGen), text => Slow(text) == UnitNameKey.Of(text));

    private static string Slow(string text) => VietnameseText.ToMatchKey(text).Replace(" ", string.Empty, StringComparison.Ordinal);
}
