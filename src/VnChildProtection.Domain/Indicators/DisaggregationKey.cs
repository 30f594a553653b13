using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// Which part of a count an observation or a value is about: one option per category (<c>sex=female;age=&lt;5</c>), or
/// the <see cref="Total"/> (no category).
/// </summary>
/// <remarks>
/// <para>Text form: the options as <c>category=code</c> ordered by category (<see cref="Category.Sex"/>,
/// <see cref="Category.Age"/>, <see cref="Category.Area"/>, <see cref="Category.Ethnicity"/>, <see cref="Category.Disability"/>)
/// and joined by <c>;</c>; the total is <c>total</c>. <see cref="Parse"/> reads it back in any order and case.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DisaggregationKey : IEquatable<DisaggregationKey>
{
    private readonly CategoryOption[] _options;
    private readonly int _hash;

    private DisaggregationKey(CategoryOption[] options)
    {
        _options = options;
        var hash = new HashCode();
        foreach (var option in options)
        {
            hash.Add(option);
        }
        _hash = hash.ToHashCode();
    }

    /// <summary>The total: not disaggregated.</summary>
    public static DisaggregationKey Total { get; } = new([]);

    /// <summary>The options, one per category, ordered by category.</summary>
    public IReadOnlyList<CategoryOption> Options => _options;

    /// <summary>Whether this is the <see cref="Total"/>.</summary>
    public bool IsTotal => _options.Length == 0;

    /// <summary>A key of the given options, at most one per category.</summary>
    /// <param name="options">The options (any order).</param>
    /// <returns>The key; <see cref="Total"/> when there are none.</returns>
    /// <exception cref="ArgumentNullException">An option is null.</exception>
    /// <exception cref="ArgumentException">Two options share a category.</exception>
    public static DisaggregationKey Of(params CategoryOption[] options) => Of((IEnumerable<CategoryOption>)options);

    /// <summary>A key of the given options, at most one per category.</summary>
    /// <param name="options">The options (any order).</param>
    /// <returns>The key; <see cref="Total"/> when there are none.</returns>
    /// <exception cref="ArgumentNullException">An option is null.</exception>
    /// <exception cref="ArgumentException">Two options share a category.</exception>
    public static DisaggregationKey Of(IEnumerable<CategoryOption> options)
    {
        Preconditions.CheckNotNull(options);
        var list = new List<CategoryOption>();
        foreach (var option in options)
        {
            Preconditions.CheckNotNull(option, nameof(options));
            list.Add(option);
        }
        if (list.Count == 0)
        {
            return Total;
        }
        list.Sort();
        for (var i = 1; i < list.Count; i++)
        {
            Preconditions.CheckArgument(list[i].Category != list[i - 1].Category, nameof(options), "A key has at most one option per category.");
        }
        return new([.. list]);
    }

    /// <summary>The option this key gives for a category, or null.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The option, or null when the key does not disaggregate by it.</returns>
    public CategoryOption? OptionOf(Category category)
    {
        foreach (var option in _options)
        {
            if (option.Category == category)
            {
                return option;
            }
        }
        return null;
    }

    /// <summary>Whether the key disaggregates by a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>True when one of its options belongs to <paramref name="category"/>.</returns>
    public bool Has(Category category) => OptionOf(category) is not null;

    /// <summary>Whether this key is within <paramref name="filter"/>: it gives every option the filter gives (every key
    /// matches the <see cref="Total"/>; <c>sex=female;age=&lt;5</c> matches <c>sex=female</c>).</summary>
    /// <param name="filter">The key asked for.</param>
    /// <returns>True when the filter's options are all among this key's.</returns>
    public bool Matches(DisaggregationKey filter)
    {
        Preconditions.CheckNotNull(filter);
        foreach (var option in filter._options)
        {
            if (!option.Equals(OptionOf(option.Category)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>This key restricted to some categories (<c>sex=female;age=&lt;5</c> on sex is <c>sex=female</c>).</summary>
    /// <param name="categories">The categories to keep.</param>
    /// <returns>The key.</returns>
    public DisaggregationKey Restrict(IEnumerable<Category> categories)
    {
        Preconditions.CheckNotNull(categories);
        var keep = new HashSet<Category>(categories);
        var kept = new List<CategoryOption>(_options.Length);
        foreach (var option in _options)
        {
            if (keep.Contains(option.Category))
            {
                kept.Add(option);
            }
        }
        return kept.Count == _options.Length ? this : kept.Count == 0 ? Total : new([.. kept]);
    }

    /// <summary>Parses the text form: <c>total</c>, or <c>category=option</c> pairs joined by <c>;</c>
    /// (<c>sex=female;age=&lt;5</c>); categories by code, options as <see cref="Category.ParseOption"/> reads them.</summary>
    /// <param name="text">The text; empty or white space is the total.</param>
    /// <returns>The key, or a <see cref="ParseError"/> with the position of the bad pair.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<DisaggregationKey, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (text.Trim().Length == 0 || string.Equals(text.Trim(), "total", StringComparison.OrdinalIgnoreCase))
        {
            return Total;
        }
        var options = new List<CategoryOption>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf(';', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var pair = text[start..end];
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0 || !Category.TryFromCode(pair[..eq], out var category))
            {
                return new ParseError(IndicatorErrorCodes.DisaggregationFormat,
                    "Expected category=option with a category among sex, age, area, ethnicity, disability.", start, pair.Length, pair);
            }
            var parsed = category.ParseOption(pair[(eq + 1)..].Trim());
            if (parsed.TryPickT1(out var error, out var option))
            {
                return new ParseError(error.Code, error.Message, start + eq + 1, pair.Length - eq - 1, pair[(eq + 1)..]);
            }
            if (options.Exists(o => o.Category == category))
            {
                return new ParseError(IndicatorErrorCodes.DisaggregationFormat, "The category " + category.Code + " is given twice.", start, pair.Length, pair);
            }
            options.Add(option);
            start = end + 1;
        }
        return Of(options);
    }

    /// <summary>Parses the text form, returning <c>false</c> instead of an error.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="key">The key, or null.</param>
    /// <returns>Whether the text was a key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DisaggregationKey? key)
    {
        key = text is null ? null : Parse(text).Match<DisaggregationKey?>(k => k, _ => null);
        return key is not null;
    }

    /// <inheritdoc />
    public bool Equals(DisaggregationKey? other)
    {
        if (other is null || other._hash != _hash || other._options.Length != _options.Length)
        {
            return false;
        }
        for (var i = 0; i < _options.Length; i++)
        {
            if (!_options[i].Equals(other._options[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DisaggregationKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Returns the text form: <c>total</c>, or <c>sex=female;age=&lt;5</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString()
    {
        if (_options.Length == 0)
        {
            return "total";
        }
        var builder = new StringBuilder();
        foreach (var option in _options)
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }
            builder.Append(option.ToString());
        }
        return builder.ToString();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(DisaggregationKey? left, DisaggregationKey? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(DisaggregationKey? left, DisaggregationKey? right) => !Equals(left, right);
}
