using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// Writes an <see cref="AdministrativeUnitCode"/> as its digits (<c>"26734"</c>) and reads it back; a text that is not
/// a code is a typed JSON value error. This type is immutable and thread-safe.
/// </summary>
internal sealed class AdministrativeUnitCodeJsonConverter : JsonConverter<AdministrativeUnitCode>
{
    public override AdministrativeUnitCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValueException.WrongType(reader.TokenType, "an administrative unit code");
        }
        return AdministrativeUnitCode.TryParse(reader.GetString(), out var code)
            ? code
            : throw new JsonValueException(JsonErrorKind.Value, "An administrative unit code is 2, 3 or 5 digits.");
    }

    public override void Write(Utf8JsonWriter writer, AdministrativeUnitCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
