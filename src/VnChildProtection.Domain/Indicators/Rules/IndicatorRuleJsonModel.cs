using System.Collections.Generic;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>The JSON shape of a rule set: <c>{"rules": [...]}</c>. Values stay text here; <see cref="IndicatorRuleJson"/> parses them with paths.</summary>
internal sealed class IndicatorRuleSetJsonModel
{
    public required List<IndicatorRuleJsonModel?>? Rules { get; set; }
}

/// <summary>The JSON shape of one rule, in the order the properties are written.</summary>
internal sealed class IndicatorRuleJsonModel
{
    public required string? Id { get; set; }

    public required string? Name { get; set; }

    public string? Description { get; set; }

    public required string? Left { get; set; }

    public required string? Operator { get; set; }

    public required string? Right { get; set; }

    public string? Importance { get; set; }

    public string? LeftMissingValueStrategy { get; set; }

    public string? RightMissingValueStrategy { get; set; }

    public List<int>? UnitLevels { get; set; }
}
