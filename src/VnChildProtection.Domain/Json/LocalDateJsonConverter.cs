using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>Writes a <see cref="LocalDate"/> in ISO form (<c>"2024-02-28"</c>) and reads that form back.</summary>
/// <remarks>
/// <para>Uses <see cref="LocalDatePattern.Iso"/>. A date in another calendar system is written as the same day in the ISO
/// calendar, so it reads back as an ISO date: plan dates are Gregorian (lunar dates have their own type).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => NodaPatternJson.Read(ref reader, LocalDatePattern.Iso, "a date string yyyy-MM-dd", "Expected an existing date in ISO form yyyy-MM-dd (2024-02-28).");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value.WithCalendar(CalendarSystem.Iso)));
    }
}
