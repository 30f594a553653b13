using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// Writes a <see cref="TimeLimit"/> as its canonical Vietnamese text (<c>"5 ngày làm việc"</c>) and reads every form
/// <see cref="TimeLimit.Parse(string)"/> accepts (<c>"05 ngày làm việc"</c>, <c>"5 working days"</c>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TimeLimitJsonConverter : JsonConverter<TimeLimit>
{
    /// <inheritdoc />
    public override TimeLimit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ParsedTextJson.Read(ref reader, TimeLimit.Parse, "a time limit string such as \"5 ngày làm việc\"", "Invalid time limit: ");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimeLimit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
