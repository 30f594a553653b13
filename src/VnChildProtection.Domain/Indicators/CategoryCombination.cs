using System;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The categories a measure is disaggregated by and the options of each (DHIS2's category combination): none, one
/// (sex), or a cross of two or more (sex × age group).
/// </summary>
/// <remarks>
/// <para>A <see cref="DisaggregationKey"/> is <i>complete</i> for a combination when it gives one declared option of
/// every category (<c>sex=female;age=&lt;5</c> for sex × age); complete keys are the cells whose counts add up to the
/// total. A key is <i>accepted</i> when each option it gives is declared (the total and partial keys such as
/// <c>sex=female</c> included).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CategoryCombination : IEquatable<CategoryCombination>
{
    private readonly CategoryOption[][] _options;

    private CategoryCombination(CategoryOption[][] options) => _options = options;

    /// <summary>No disaggregation (DHIS2's <c>default</c> combination): the total only.</summary>
    public static CategoryCombination None { get; } = new([]);

    /// <summary>Sex: male, female.</summary>
    public static CategoryCombination BySex { get; } = Of(Category.Sex.FixedOptions);

    /// <summary>The categories, in the order declared.</summary>
    public IReadOnlyList<Category> Categories => [.. _options.Select(o => o[0].Category)];

    /// <summary>Whether the combination has no category.</summary>
    public bool IsNone => _options.Length == 0;

    /// <summary>The number of complete keys (the product of the options per category; 1 for <see cref="None"/>).</summary>
    public int CellCount => _options.Aggregate(1, (n, o) => n * o.Length);

    /// <summary>A combination of the given categories, each with its options.</summary>
    /// <param name="dimensions">Per category, its options in order (all of one category, distinct); categories distinct.</param>
    /// <returns>The combination.</returns>
    /// <exception cref="ArgumentException">A dimension is empty, mixes categories or repeats an option, or two share a category.</exception>
    public static CategoryCombination Of(params IReadOnlyList<CategoryOption>[] dimensions)
    {
        Preconditions.CheckNotNull(dimensions);
        var result = new CategoryOption[dimensions.Length][];
        for (var i = 0; i < dimensions.Length; i++)
        {
            var d = Preconditions.CheckNotNull(dimensions[i], nameof(dimensions));
            Preconditions.CheckArgument(d.Count > 0, nameof(dimensions), "A category needs at least one option.");
            Preconditions.CheckArgument(d.All(o => o is not null && o.Category == d[0].Category), nameof(dimensions), "A dimension holds options of one category.");
            Preconditions.CheckArgument(d.Distinct().Count() == d.Count, nameof(dimensions), "An option is repeated.");
            Preconditions.CheckArgument(result.Take(i).All(r => r[0].Category != d[0].Category), nameof(dimensions), "A category is repeated.");
            result[i] = [.. d];
        }
        return new(result);
    }

    /// <summary>The declared options of a category, or an empty list when the combination does not have it.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The options.</returns>
    public IReadOnlyList<CategoryOption> OptionsOf(Category category)
    {
        foreach (var options in _options)
        {
            if (options[0].Category == category)
            {
                return options;
            }
        }
        return [];
    }

    /// <summary>Whether each option of a key is declared here (the total is always accepted).</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when accepted.</returns>
    public bool Accepts(DisaggregationKey key)
    {
        Preconditions.CheckNotNull(key);
        foreach (var option in key.Options)
        {
            if (!OptionsOf(option.Category).Contains(option))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a key gives a declared option of every category (a cell; for <see cref="None"/>, the total).</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when complete.</returns>
    public bool IsComplete(DisaggregationKey key) => Accepts(key) && key.Options.Count == _options.Length;

    /// <summary>Every complete key (cell), the first category varying slowest.</summary>
    /// <returns>The keys; the total alone for <see cref="None"/>.</returns>
    public IReadOnlyList<DisaggregationKey> Cells()
    {
        IEnumerable<IEnumerable<CategoryOption>> cells = [[]];
        foreach (var options in _options)
        {
            cells = cells.SelectMany(c => options.Select(o => c.Append(o)));
        }
        return [.. cells.Select(DisaggregationKey.Of)];
    }

    /// <inheritdoc />
    public bool Equals(CategoryCombination? other) =>
        other is not null && other._options.Length == _options.Length && _options.Zip(other._options).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CategoryCombination);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var options in _options)
        {
            foreach (var option in options)
            {
                hash.Add(option);
            }
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>sex(male,female) × age(&lt;5,5-15)</c>, or <c>none</c>.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        _options.Length == 0 ? "none" : string.Join(" × ", _options.Select(o => o[0].Category.Code + "(" + string.Join(",", o.Select(x => x.Code)) + ")"));

    /// <summary>Value equality.</summary>
    public static bool operator ==(CategoryCombination? left, CategoryCombination? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(CategoryCombination? left, CategoryCombination? right) => !Equals(left, right);
}
