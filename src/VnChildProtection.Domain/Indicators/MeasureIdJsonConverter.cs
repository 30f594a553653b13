using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Indicators;

/// <summary>Writes a <see cref="MeasureId"/> as its text form (<c>"CT3.a"</c>) and reads every form <see cref="MeasureId.Parse"/> accepts.</summary>
/// <remarks>
/// Writing the invalid <c>default(MeasureId)</c> throws a <see cref="JsonException"/>: it has no text form.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class MeasureIdJsonConverter : JsonConverter<MeasureId>
{
    /// <inheritdoc />
    public override MeasureId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ParsedTextJson.Read(ref reader, MeasureId.Parse, "a measure identifier string such as CT3.a", "Invalid measure identifier: ");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MeasureId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Indicator.Value == 0)
        {
            throw new JsonException("default(MeasureId) is not a measure and has no JSON form.");
        }
        writer.WriteStringValue(value.ToString());
    }
}
