using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>Writes an <see cref="AnnualDate"/> as month and day (<c>"05-20"</c> for 20 May) and reads that form back.</summary>
/// <remarks>
/// <para>Uses NodaTime's <see cref="AnnualDatePattern.Iso"/> (<c>MM-dd</c>), not the XML Schema <c>--MM-dd</c> form.
/// <c>02-29</c> is a valid annual date (it falls on 28 February in common years).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AnnualDateJsonConverter : JsonConverter<AnnualDate>
{
    /// <inheritdoc />
    public override AnnualDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => NodaPatternJson.Read(ref reader, AnnualDatePattern.Iso, "a month-day string MM-dd", "Expected an existing month and day in the form MM-dd (05-20).");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AnnualDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(AnnualDatePattern.Iso.Format(value));
    }
}
