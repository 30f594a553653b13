using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// Writes an <see cref="Instant"/> as ISO-8601 text in UTC (<c>2025-04-29T02:00:00Z</c>, fractions kept) and reads it
/// back; anything else is a typed JSON value error. This type is immutable and thread-safe.
/// </summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => NodaPatternJson.Read(ref reader, InstantPattern.ExtendedIso, "an ISO-8601 instant in UTC", "An instant is ISO-8601 text in UTC.");

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
