using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// How important a violation of a user rule is (<i>mức độ quan trọng</i>), DHIS2's validation-rule importance
/// (<c>HIGH</c>, <c>MEDIUM</c>, <c>LOW</c>), written by its lower-case name (<c>high</c>).
/// </summary>
/// <remarks>
/// <para>Ordered from most to least important; <see cref="IndicatorValidationRule"/> defaults to <see cref="Medium"/> as DHIS2 does.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleImportance : ClosedSet<RuleImportance>, IClosedSet<RuleImportance>
{
    /// <summary>High importance (<i>cao</i>): a value that cannot be right.</summary>
    public static readonly RuleImportance High = new("high", 1, "cao");

    /// <summary>Medium importance (<i>trung bình</i>), the default.</summary>
    public static readonly RuleImportance Medium = new("medium", 2, "trung bình");

    /// <summary>Low importance (<i>thấp</i>): worth a look.</summary>
    public static readonly RuleImportance Low = new("low", 3, "thấp");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<RuleImportance> IClosedSet<RuleImportance>.Members { get; } = [High, Medium, Low];

    private RuleImportance(string name, int value, string vietnameseName)
        : base(name, value) => VietnameseName = vietnameseName;

    /// <summary>The Vietnamese name (<c>cao</c>, <c>trung bình</c>, <c>thấp</c>).</summary>
    public string VietnameseName { get; }
}
