using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Measures;

/// <summary>
/// Writes a <see cref="MoneyVnd"/> as its canonical Vietnamese text (<c>"150.000.000 đồng/năm"</c>) and reads every form
/// <see cref="MoneyVnd.Parse(string)"/> accepts (<c>"150 triệu đồng/năm"</c>, <c>"300.000đ"</c>).
/// </summary>
/// <remarks>Text keeps amounts above 2⁵³ exact, which a JSON number would not in many readers. This type is immutable and thread-safe.</remarks>
public sealed class MoneyVndJsonConverter : JsonConverter<MoneyVnd>
{
    /// <inheritdoc />
    public override MoneyVnd Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ParsedTextJson.Read(ref reader, MoneyVnd.Parse, "an amount string such as \"150.000.000 đồng/năm\"", "Invalid amount of money: ");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MoneyVnd value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
