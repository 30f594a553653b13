using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Text;

// One vocabulary for parse error codes: a public static class *ErrorCodes per area, public const strings in upper
// kebab case, each code defined once in the library.
public class ErrorCodeVocabularyTests
{
    private static readonly Type[] AreaTypes =
    [
        typeof(LegalErrorCodes), typeof(MeasureErrorCodes), typeof(TargetErrorCodes), typeof(ChildErrorCodes),
        typeof(UnitErrorCodes), typeof(CalendarErrorCodes),
    ];

    private static (Type Type, FieldInfo Field, string Code)[] Codes() =>
        [.. typeof(LegalErrorCodes).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && !f.Name.EndsWith("Suffix", StringComparison.Ordinal)) // JsonErrorCodes' suffixes are parts of codes
                .Select(f => (t, f, (string)f.GetRawConstantValue()!)))];

    [Fact]
    public void EveryAreaHasItsCodeClass() =>
        Assert.All(AreaTypes, t => Assert.True(t.IsAbstract && t.IsSealed && t.IsPublic, t.Name));

    [Fact]
    public void Codes_AreUpperKebabConstants_DefinedOnce()
    {
        var codes = Codes();
        Assert.True(codes.Length >= 60);
        Assert.All(codes, c => Assert.True(c.Field.IsLiteral, c.Type.Name + "." + c.Field.Name));
        Assert.All(codes, c => Assert.Matches(new Regex("^[A-Z]+(-[A-Z0-9]+)+$"), c.Code));
        Assert.Empty(codes.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Parsers_ReturnTheNamedCodes()
    {
        Assert.Equal(MeasureErrorCodes.PercentNegative, Percentage.Parse("-5%").AsT1.Code);
        Assert.Equal(MeasureErrorCodes.MoneyEmpty, MoneyVnd.Parse(" ").AsT1.Code);
        Assert.Equal(MeasureErrorCodes.RateEmpty, Rate.Parse("").AsT1.Code);
        Assert.Equal(ChildErrorCodes.AgeBandEmpty, AgeBand.Parse("").AsT1.Code);
        Assert.Equal(UnitErrorCodes.CodeNotDigits, AdministrativeUnitCode.Parse("9a").AsT1.Code);
        Assert.Equal(CalendarErrorCodes.TimeLimitUnit, TimeLimit.Parse("5 tuần").AsT1.Code);
        Assert.Equal(TargetErrorCodes.Empty, Target.Parse("").AsT1.Code);
    }
}
