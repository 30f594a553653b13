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
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValueException.WrongType(reader.TokenType, "a case identifier");
        }
        return CaseId.TryParse(reader.GetString(), out var id)
            ? id
            : throw new JsonValueException(JsonErrorKind.Value, "A case identifier is 1–64 ASCII letters, digits, '-', '_' or '.'.");
    }

    public override void Write(Utf8JsonWriter writer, CaseId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
