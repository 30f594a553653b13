using System;
using System.Linq;
using System.Reflection;
using OneOf;
using VnChildProtection.Domain.Tests.Utility;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;
using VnChildProtection.EntityFrameworkCore.Conversion;

namespace VnChildProtection.EntityFrameworkCore.Tests.Conversion;

/// <summary>The package maps every closed set and every parseable value type of the core, found by reflection.</summary>
public class ValueMappingsTests
{
    [Fact]
    public void ClosedSets_AreEveryClosedSetOfTheCore()
    {
        var mapped = ValueMappings.ClosedSets.Select(m => m.ClrType).OrderBy(t => t.FullName, StringComparer.Ordinal);
        Assert.Equal(CoreTypes.SmartEnumTypes, mapped);
    }

    [Fact]
    public void TextValues_AreEveryPublicTypeWithATextForm()
    {
        var parseable = typeof(AdministrativeUnitCode).Assembly.GetExportedTypes()
            .Where(t => !CoreTypes.SmartEnumTypes.Contains(t) && t.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m =>
                m.Name == "Parse" && m.ReturnType == typeof(OneOf<,>).MakeGenericType(t, typeof(ParseError))
                && m.GetParameters() is [{ ParameterType: var first }, ..] parameters && first == typeof(string)
                && parameters.Skip(1).All(p => p.IsOptional)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        var mapped = ValueMappings.TextValues.Select(m => m.ClrType).OrderBy(t => t.FullName, StringComparer.Ordinal);
        Assert.Equal(parseable, mapped);
    }

    [Fact]
    public void Generators_CoverEveryMappedType()
    {
        Assert.All(ValuesContext.Types, t => Assert.NotNull(StoredValueGenerators.For(t)));
        Assert.Equal(ValuesContext.Types.Length, ValuesContext.Types.Distinct().Count());
        Assert.Equal(ValuesContext.Columns.Length, ValuesContext.Columns.Distinct().Count());
    }
}
