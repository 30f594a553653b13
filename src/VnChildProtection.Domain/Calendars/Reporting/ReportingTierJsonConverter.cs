using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// Writes a <see cref="ReportingTier"/> as its number (<c>1</c> commune … <c>4</c> ministry), the form plan JSON has
/// always used for <c>reporting[].tier</c>, and reads it back.
/// </summary>
/// <remarks>
/// Unlike other closed sets, which are written by name, a tier is written by value: the numbers are ordered bottom-up
/// by design and fixed by the plan schema. A number outside 1–4, or a fractional one, is a
/// <see cref="JsonException"/>. This type is immutable and thread-safe.
/// </remarks>
internal sealed class ReportingTierJsonConverter : JsonConverter<ReportingTier>
{
    /// <inheritdoc />
    public override ReportingTier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonValueException.WrongType(reader.TokenType, "a reporting tier number (1 commune, 2 district, 3 province, 4 ministry)");
        }
        return reader.TryGetInt32(out var value) && ReportingTier.TryFromValue(value, out var tier)
            ? tier
            : throw new JsonValueException(JsonErrorKind.Value,
                "Unknown reporting tier; expected 1 (commune), 2 (district), 3 (province or department) or 4 (ministry or national).");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportingTier value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteNumberValue(value.Value);
    }
}
