using System.Text.Json.Serialization;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Targets;

using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Plans.Json;

/// <summary>
/// The source-generated System.Text.Json contract of <see cref="PlanDocument"/>: camelCase names in declaration order,
/// nulls omitted, unknown properties rejected, strict JSON (no comments, no trailing commas, numbers as numbers).
/// </summary>
/// <remarks>
/// Use it through <see cref="PlanJson"/>, which puts the <see cref="Collections.ValueList{T}"/> contracts in front of it and
/// checks what the generated code cannot (explicit nulls, duplicate properties). This type is thread-safe.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(TargetJsonConverter),
        typeof(MeasureIdJsonConverter),
        typeof(MoneyVndJsonConverter),
        typeof(LocalDateJsonConverter),
        typeof(AnnualDateJsonConverter),
        typeof(SmartEnumNameJsonConverter<ResponsibilityRole>),
        typeof(SmartEnumNameJsonConverter<AdministrativeLevel>),
        typeof(SourceSpanJsonConverter),
        typeof(TimeLimitJsonConverter),
        typeof(ReportingTierJsonConverter),
    ])]
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
