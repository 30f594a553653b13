using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Writes a <see cref="CaseId"/> as its text and reads it back; a text that is not an identifier is a typed JSON value
/// error (the message never quotes it). This type is immutable and thread-safe.
/// </summary>
internal sealed class CaseIdJsonConverter : JsonConverter<CaseId>
{
    public override CaseId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ParsedTextJson.Read(ref reader, CaseId.Parse, "a case identifier", "Invalid case identifier: ");

    public override void Write(Utf8JsonWriter writer, CaseId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
