using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow.Serialization;

// Small converters for the event log: Ardalis' JSON package is not available and NodaTime.Serialization is not a
// dependency. Each writes the canonical text form and fails with JsonException on anything else.

/// <summary>An <see cref="Instant"/> as ISO-8601 text in UTC (<c>2025-04-29T02:00:00Z</c>, fractions kept).</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = InstantPattern.ExtendedIso.Parse(reader.GetString() ?? string.Empty);
        return result.Success ? result.Value : throw new JsonException("An instant is ISO-8601 text in UTC.");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}

/// <summary>A <see cref="Deadline"/>: the ISO date of its last day (<c>2025-05-09</c>) or its ISO instant.</summary>
internal sealed class DeadlineJsonConverter : JsonConverter<Deadline>
{
    public override Deadline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? string.Empty;
        if (text.Length == 10)
        {
            var date = LocalDatePattern.Iso.Parse(text);
            return date.Success ? Deadline.EndOf(date.Value) : throw new JsonException("A day deadline is an ISO date.");
        }
        var instant = InstantPattern.ExtendedIso.Parse(text);
        return instant.Success ? Deadline.At(instant.Value) : throw new JsonException("A deadline is an ISO date or instant.");
    }

    public override void Write(Utf8JsonWriter writer, Deadline value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.DueDate is { } date ? LocalDatePattern.Iso.Format(date) : InstantPattern.ExtendedIso.Format(value.Due));
}

/// <summary>A SmartEnum by its <c>Name</c>.</summary>
internal sealed class SmartEnumNameJsonConverter<T> : JsonConverter<T>
    where T : ClosedSet<T>, IClosedSet<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ClosedSet<T>.TryFromName(reader.GetString() ?? string.Empty, out var value)
            ? value
            : throw new JsonException($"Unknown {typeof(T).Name} name.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}

/// <summary>An <see cref="AdministrativeUnitCode"/> by its digits.</summary>
internal sealed class AdministrativeUnitCodeJsonConverter : JsonConverter<AdministrativeUnitCode>
{
    public override AdministrativeUnitCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AdministrativeUnitCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonException("An administrative unit code is 2, 3 or 5 digits.");

    public override void Write(Utf8JsonWriter writer, AdministrativeUnitCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>A <see cref="CaseId"/> by its text.</summary>
internal sealed class CaseIdJsonConverter : JsonConverter<CaseId>
{
    public override CaseId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CaseId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("A case identifier is 1–64 ASCII letters, digits, '-', '_' or '.'.");

    public override void Write(Utf8JsonWriter writer, CaseId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
