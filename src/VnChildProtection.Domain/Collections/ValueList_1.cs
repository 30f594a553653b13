using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Collections;

/// <summary>
/// An immutable list with value semantics: two lists are equal when they hold equal items in the same order.
/// Used by the document model so that whole documents compare by value (for example after a JSON round trip).
/// </summary>
/// <typeparam name="T">The item type; its own equality decides list equality.</typeparam>
/// <remarks>This type is immutable and thread-safe when <typeparamref name="T"/> is.</remarks>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public ValueList(IEnumerable<T> items)
    {
        this.items = Preconditions.CheckNotNull(items).ToArray();
    }

    private ValueList(T[] items, bool _) => this.items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>(), false);

    /// <summary>The number of items.</summary>
    public int Count => items.Length;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based index.</param>
    public T this[int index] => items[index];

    /// <summary>Returns a new list with <paramref name="item"/> appended.</summary>
    /// <param name="item">The item to add.</param>
    /// <returns>A new list.</returns>
    public ValueList<T> Add(T item)
    {
        var copy = new T[items.Length + 1];
        items.CopyTo(copy, 0);
        copy[^1] = item;
        return new ValueList<T>(copy, false);
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the item count, e.g. <c>ValueList(3)</c>; items are not printed.</summary>
    public override string ToString() => $"ValueList({items.Length})";

    /// <summary>Value equality.</summary>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !Equals(left, right);
}
