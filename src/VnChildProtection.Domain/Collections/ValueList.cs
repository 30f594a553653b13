using System.Collections.Generic;

namespace VnChildProtection.Domain.Collections;

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list from items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>A new list.</returns>
    public static ValueList<T> Of<T>(params T[] items) => new(items);

    /// <summary>Creates a list from a sequence.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>A new list.</returns>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new(items);
}
