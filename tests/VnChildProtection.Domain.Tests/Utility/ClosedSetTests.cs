using System;
using System.Linq;
using System.Reflection;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Tests.Utility;

/// <summary>
/// The declared members of every closed set equal what Ardalis.SmartEnum finds by reflection (under the JIT), so the
/// declarations that make the sets work under Native AOT cannot drift from the fields.
/// </summary>
public class ClosedSetTests
{
    private static readonly Type[] SmartEnumTypes = CoreTypes.SmartEnumTypes;

    public static TheoryData<string> SetNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in SmartEnumTypes)
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    [Fact]
    public void Library_HasSmartEnums_AndEveryOneIsAClosedSet()
    {
        Assert.True(SmartEnumTypes.Length >= 30, "found " + SmartEnumTypes.Length);
        var notClosed = SmartEnumTypes.Where(t => t.BaseType is not { IsGenericType: true } b || b.GetGenericTypeDefinition() != typeof(ClosedSet<>));
        Assert.Empty(notClosed);
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void DeclaredMembers_EqualTheReflectiveList_AndTheLookupsAgree(string typeName)
    {
        var type = SmartEnumTypes.Single(t => t.FullName == typeName);
        typeof(ClosedSetTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type)
            .Invoke(null, null);
    }

    [Fact]
    public void Lookups_BehaveLikeSmartEnum()
    {
        Assert.Same(AdministrativeLevel.District, AdministrativeLevel.FromName("District"));
        Assert.Same(AdministrativeLevel.District, AdministrativeLevel.FromName("district", ignoreCase: true));
        Assert.Throws<SmartEnumNotFoundException>(() => AdministrativeLevel.FromName("district"));
        Assert.Throws<ArgumentException>(() => AdministrativeLevel.FromName(""));
        Assert.False(AdministrativeLevel.TryFromName(null, out _));
        Assert.False(AdministrativeLevel.TryFromName("", out _));
        Assert.True(AdministrativeLevel.TryFromName("COMMUNE", ignoreCase: true, out var commune));
        Assert.Same(AdministrativeLevel.Commune, commune);
        Assert.Same(AdministrativeLevel.Province, AdministrativeLevel.FromValue(1));
        Assert.Same(AdministrativeLevel.Province, AdministrativeLevel.FromValue(9, AdministrativeLevel.Province));
        Assert.Throws<SmartEnumNotFoundException>(() => AdministrativeLevel.FromValue(9));
        Assert.False(AdministrativeLevel.TryFromValue(9, out _));
    }

    private static void Check<T>()
        where T : ClosedSet<T>, IClosedSet<T>
    {
        // SmartEnum's own list, found by reflection over the assembly's fields.
        var reflective = SmartEnum<T>.List.ToList();
        Assert.NotEmpty(reflective);
        // The same members; SmartEnum sorted them by name in the current culture, ClosedSet by ordinal name, so that the
        // order is the same in every culture and under invariant globalization (Native AOT apps).
        var byOrdinalName = reflective.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(byOrdinalName, ClosedSet<T>.List);
        Assert.Equal(byOrdinalName, T.Members.OrderBy(m => m.Name, StringComparer.Ordinal));
        var fields = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(T)).ToList();
        Assert.Equal(fields.Select(f => (T)f.GetValue(null)!), T.Members);
        Assert.Equal(T.Members.Count, T.Members.Distinct().Count());
        foreach (var member in reflective)
        {
            Assert.Same(SmartEnum<T>.FromName(member.Name), ClosedSet<T>.FromName(member.Name));
            Assert.Same(SmartEnum<T>.FromName(member.Name.ToUpperInvariant(), true), ClosedSet<T>.FromName(member.Name.ToUpperInvariant(), true));
            Assert.Same(SmartEnum<T>.FromValue(member.Value), ClosedSet<T>.FromValue(member.Value));
        }
    }
}
