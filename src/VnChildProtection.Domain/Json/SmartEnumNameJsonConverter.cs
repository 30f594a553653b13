using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// Writes a <see cref="SmartEnum{TEnum}"/> value as its <see cref="SmartEnum{TEnum, TValue}.Name"/> (<c>"Lead"</c>) and
/// reads it back by exact, case-sensitive name.
/// </summary>
/// <typeparam name="TEnum">The smart enum type, e.g. <c>ResponsibilityRole</c>.</typeparam>
/// <remarks>
/// <para>Names are the English identifiers of the closed set; the integer values are not written, so reordering a set
/// never changes its JSON. An unknown name is a <see cref="JsonException"/> that lists the known names.</para>
/// <para>Works with source-generated contexts (register it in <c>JsonSourceGenerationOptions.Converters</c>).
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SmartEnumNameJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : ClosedSet<TEnum>, IClosedSet<TEnum>
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValueException.WrongType(reader.TokenType, "the name of a " + typeof(TEnum).Name);
        }
        if (ClosedSet<TEnum>.TryFromName(reader.GetString(), out var value))
        {
            return value;
        }
        var names = string.Join(", ", ClosedSet<TEnum>.List.OrderBy(e => e.Value).Select(e => e.Name));
        throw new JsonValueException(JsonErrorKind.Value, "Unknown " + typeof(TEnum).Name + " name; expected one of " + names + ".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Name);
    }
}
