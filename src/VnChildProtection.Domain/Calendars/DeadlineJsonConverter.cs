using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// Writes a <see cref="Deadline"/> as the ISO date of its last day (<c>2025-05-09</c>) or, for a deadline at a moment,
/// its ISO instant, and reads both back. This type is immutable and thread-safe.
/// </summary>
internal sealed class DeadlineJsonConverter : JsonConverter<Deadline>
{
    public override Deadline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValueException.WrongType(reader.TokenType, "an ISO date or instant");
        }
        var text = reader.GetString() ?? string.Empty;
        if (text.Length == 10)
        {
            var date = LocalDatePattern.Iso.Parse(text);
            return date.Success ? Deadline.EndOf(date.Value) : throw new JsonValueException(JsonErrorKind.Value, "A day deadline is an ISO date.");
        }
        var instant = InstantPattern.ExtendedIso.Parse(text);
        return instant.Success ? Deadline.At(instant.Value) : throw new JsonValueException(JsonErrorKind.Value, "A deadline is an ISO date or instant.");
    }

    public override void Write(Utf8JsonWriter writer, Deadline value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.DueDate is { } date ? LocalDatePattern.Iso.Format(date) : InstantPattern.ExtendedIso.Format(value.Due));
    }
}
