using System.Text.Json.Serialization;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Workflow;

/// <summary>Source-generated JSON metadata for case histories (camelCase, nulls left out), trimming- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(InstantJsonConverter),
        typeof(DeadlineJsonConverter),
        typeof(AdministrativeUnitCodeJsonConverter),
        typeof(CaseIdJsonConverter),
        typeof(SmartEnumNameJsonConverter<CaseState>),
        typeof(SmartEnumNameJsonConverter<WorkflowTrigger>),
        typeof(SmartEnumNameJsonConverter<WorkflowRole>),
        typeof(SmartEnumNameJsonConverter<ReportSource>),
        typeof(SmartEnumNameJsonConverter<RiskLevel>),
        typeof(SmartEnumNameJsonConverter<ReviewFinding>),
        typeof(SmartEnumNameJsonConverter<Obligation>),
        typeof(SmartEnumNameJsonConverter<ProtectionLevel>),
        typeof(SmartEnumNameJsonConverter<SpecialCircumstance>),
    ])]
[JsonSerializable(typeof(CaseEvent[]))]
[JsonSerializable(typeof(CaseEvent))]
internal sealed partial class WorkflowJsonContext : JsonSerializerContext
{
}
