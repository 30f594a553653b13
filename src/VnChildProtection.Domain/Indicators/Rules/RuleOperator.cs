using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// How a user rule compares its two sides, with DHIS2's validation-rule operator names (<c>less_than_or_equal_to</c>) and
/// the symbol used in text (<c>&lt;=</c>).
/// </summary>
/// <remarks>
/// <para>The six comparisons compare the two side values. The two pair operators test presence only: a side is present when
/// at least one value it reads exists (a side without measure terms always is). <see cref="CompulsoryPair"/> holds when
/// both sides are present or both absent; <see cref="ExclusivePair"/> when they are not both present.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleOperator : ClosedSet<RuleOperator>, IClosedSet<RuleOperator>
{
    /// <summary>Left equals right (<c>==</c>).</summary>
    public static readonly RuleOperator EqualTo = new("equal_to", 1, "==");

    /// <summary>Left differs from right (<c>!=</c>).</summary>
    public static readonly RuleOperator NotEqualTo = new("not_equal_to", 2, "!=");

    /// <summary>Left is greater than right (<c>&gt;</c>).</summary>
    public static readonly RuleOperator GreaterThan = new("greater_than", 3, ">");

    /// <summary>Left is greater than or equal to right (<c>&gt;=</c>).</summary>
    public static readonly RuleOperator GreaterThanOrEqualTo = new("greater_than_or_equal_to", 4, ">=");

    /// <summary>Left is less than right (<c>&lt;</c>).</summary>
    public static readonly RuleOperator LessThan = new("less_than", 5, "<");

    /// <summary>Left is less than or equal to right (<c>&lt;=</c>).</summary>
    public static readonly RuleOperator LessThanOrEqualTo = new("less_than_or_equal_to", 6, "<=");

    /// <summary>Both sides present or both absent (DHIS2 <c>compulsory_pair</c>).</summary>
    public static readonly RuleOperator CompulsoryPair = new("compulsory_pair", 7, "[Compulsory pair]");

    /// <summary>Not both sides present (DHIS2 <c>exclusive_pair</c>).</summary>
    public static readonly RuleOperator ExclusivePair = new("exclusive_pair", 8, "[Exclusive pair]");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<RuleOperator> IClosedSet<RuleOperator>.Members { get; } = [EqualTo, NotEqualTo, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, CompulsoryPair, ExclusivePair];

    private RuleOperator(string name, int value, string symbol)
        : base(name, value) => Symbol = symbol;

    /// <summary>The symbol shown between the sides (<c>&lt;=</c>), or the bracketed name of a pair operator.</summary>
    public string Symbol { get; }

    /// <summary>Whether the operator tests presence (the pair operators) rather than comparing values.</summary>
    public bool IsPair => this == CompulsoryPair || this == ExclusivePair;

    /// <summary>Whether two present side values satisfy a comparison operator.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>Whether the comparison holds; false for the pair operators, which compare presence.</returns>
    public bool Holds(decimal left, decimal right) => Value switch
    {
        1 => left == right,
        2 => left != right,
        3 => left > right,
        4 => left >= right,
        5 => left < right,
        6 => left <= right,
        _ => false,
    };

    /// <summary>Whether the presence of the two sides satisfies a pair operator.</summary>
    /// <param name="leftPresent">Whether the left side is present.</param>
    /// <param name="rightPresent">Whether the right side is present.</param>
    /// <returns>Whether the pair holds; false for the comparison operators.</returns>
    public bool HoldsForPresence(bool leftPresent, bool rightPresent) =>
        this == CompulsoryPair ? leftPresent == rightPresent : this == ExclusivePair && !(leftPresent && rightPresent);
}
