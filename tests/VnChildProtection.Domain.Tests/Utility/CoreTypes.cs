using System;
using System.Linq;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Utility;

/// <summary>
/// The core's closed sets found by reflection (every non-abstract SmartEnum of the assembly), shared by the tests that
/// must cover all of them: the closed-set declarations here, the database mappings in the EF Core package's tests.
/// </summary>
internal static class CoreTypes
{
    internal static readonly Type[] SmartEnumTypes = [.. typeof(AdministrativeLevel).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && IsSmartEnum(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static bool IsSmartEnum(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(SmartEnum<,>))
            {
                return true;
            }
        }
        return false;
    }
}
