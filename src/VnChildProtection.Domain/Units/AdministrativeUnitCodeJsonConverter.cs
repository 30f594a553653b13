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
        => ParsedTextJson.Read(ref reader, AdministrativeUnitCode.Parse, "an administrative unit code", "Invalid administrative unit code: ");

    public override void Write(Utf8JsonWriter writer, AdministrativeUnitCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
