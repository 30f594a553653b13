using System.Text.Encodings.Web;
using System.Text.Json;
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
[JsonSerializable(typeof(ProgressRow[]))]
[JsonSerializable(typeof(HolidayRow[]))]
[JsonSerializable(typeof(RuleConfigurationFile))]
[JsonSerializable(typeof(UnitRow[]))]
[JsonSerializable(typeof(UnitConversionRow))]
[JsonSerializable(typeof(UnitFileConversionRow))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context every command prints with: Vietnamese letters stay readable (the default encoder escapes every
    /// non-ASCII letter). The output is for terminals and files, never embedded in HTML.
    /// </summary>
    public static CliJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
