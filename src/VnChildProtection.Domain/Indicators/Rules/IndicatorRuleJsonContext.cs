using System.Text.Json.Serialization;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// The source-generated System.Text.Json contract of rule sets: camelCase names, nulls omitted, unknown properties rejected,
/// strict JSON. Used through <see cref="IndicatorRuleJson"/>; no reflection, so it works trimmed and under Native AOT.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(IndicatorRuleSetJsonModel))]
internal sealed partial class IndicatorRuleJsonContext : JsonSerializerContext;
