using System;

namespace VnChildProtection.Domain.Measures;

/// <summary>The null-aware comparisons behind the ordering operators of the value types.</summary>
internal static class ValueComparison
{
    /// <summary>Compares with null sorting first, as the <c>&lt;</c> family of operators needs.</summary>
    internal static int Compare<T>(T? left, T? right)
        where T : class, IComparable<T> =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>The non-generic <see cref="IComparable.CompareTo(object)"/>: null sorts first, another type is an argument error.</summary>
    internal static int CompareObject<T>(T self, object? obj)
        where T : class, IComparable<T> => obj switch
        {
            null => 1,
            T other => self.CompareTo(other),
            _ => throw new ArgumentException("Object must be a " + typeof(T).Name + ".", nameof(obj)),
        };
}
