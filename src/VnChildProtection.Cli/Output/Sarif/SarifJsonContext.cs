using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>
/// Source-generated JSON metadata for the SARIF log. Separate from <c>CliJsonContext</c> because SARIF's schema
/// forbids nulls for absent optional properties: they are left out here, while the other outputs keep them.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext
{
    /// <summary>The context the tool writes with: Vietnamese letters stay readable (the log is UTF-8 JSON, never HTML).</summary>
    public static SarifJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
