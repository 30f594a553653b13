using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// What one side of a user rule does when some of the indicator values its expression reads are missing, DHIS2's
/// validation-rule missing-value strategies (<c>SKIP_IF_ANY_VALUE_MISSING</c>, <c>SKIP_IF_ALL_VALUES_MISSING</c>,
/// <c>NEVER_SKIP</c>), written by lower-case name (<c>skip_if_any_value_missing</c>).
/// </summary>
/// <remarks>
/// <para>When a side is not skipped, each missing value counts as 0, as in DHIS2. A side without measure terms (a constant) is
/// never skipped. The strategies do not apply to <see cref="RuleOperator.CompulsoryPair"/> and
/// <see cref="RuleOperator.ExclusivePair"/>, which test presence itself.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class MissingValueStrategy : ClosedSet<MissingValueStrategy>, IClosedSet<MissingValueStrategy>
{
    /// <summary>Skip the rule for a unit and year when any value of the side is missing (the strictest).</summary>
    public static readonly MissingValueStrategy SkipIfAnyValueMissing = new("skip_if_any_value_missing", 1);

    /// <summary>Skip only when every value of the side is missing; the missing ones count as 0 (DHIS2's default).</summary>
    public static readonly MissingValueStrategy SkipIfAllValuesMissing = new("skip_if_all_values_missing", 2);

    /// <summary>Never skip: every missing value counts as 0.</summary>
    public static readonly MissingValueStrategy NeverSkip = new("never_skip", 3);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<MissingValueStrategy> IClosedSet<MissingValueStrategy>.Members { get; } = [SkipIfAnyValueMissing, SkipIfAllValuesMissing, NeverSkip];

    private MissingValueStrategy(string name, int value)
        : base(name, value)
    {
    }

    internal bool Skips(int present, int terms) =>
        terms > 0 && (this == SkipIfAnyValueMissing ? present < terms : this == SkipIfAllValuesMissing && present == 0);
}
