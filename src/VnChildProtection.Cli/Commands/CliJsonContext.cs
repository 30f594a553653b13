using System.Text.Json.Serialization;

namespace VnChildProtection.Cli.Commands;

/// <summary>Source-generated JSON metadata for the tool's outputs (camelCase, indented).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ValidationRow[]))]
[JsonSerializable(typeof(CalendarRow[]))]
[JsonSerializable(typeof(WorkflowDeadlineRow[]))]
[JsonSerializable(typeof(IndicatorRow[]))]
[JsonSerializable(typeof(EvaluationRow[]))]
[JsonSerializable(typeof(HolidayRow[]))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}
