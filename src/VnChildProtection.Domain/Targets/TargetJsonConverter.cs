using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// Writes a <see cref="Target"/> as its canonical Vietnamese text (<c>"đạt 90% vào năm 2025 và 95% vào năm 2030"</c>),
/// which <see cref="Target.Parse(string, IndicatorUnit?, IndicatorDirection?)"/> reads back to an equal target.
/// </summary>
/// <remarks>
/// <para>A threshold in a unit the text does not show (<see cref="IndicatorUnit.Ratio"/> renders like
/// <see cref="IndicatorUnit.Count"/>: <c>đạt 5 vào năm 2025</c>) is written as an object
/// <c>{"text": "đạt 5 vào năm 2025", "unit": "Ratio"}</c> with the unit's name. Every target is checked when written:
/// one that neither form reads back exactly makes the writer throw a <see cref="JsonException"/> rather than lose data
/// (none is known).</para>
/// <para>Reading accepts any clause the parser reads (no diacritics, NFD, descriptive words around the target) and the
/// object form, whose unit must be the unit the parsed threshold ends up with.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TargetJsonConverter : JsonConverter<Target>
{
    private const string TextProperty = "text";
    private const string UnitProperty = "unit";

    /// <inheritdoc />
    public override Target Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Parse(reader.GetString()!, null, string.Empty);
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValueException.WrongType(reader.TokenType, "a target string or an object with text and unit");
        }
        string? text = null;
        IndicatorUnit? unit = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var tail = JsonPathText.Property(name);
            reader.Read();
            switch (name)
            {
                case TextProperty when text is null:
                    text = reader.TokenType == JsonTokenType.String
                        ? reader.GetString()!
                        : throw JsonValueException.WrongType(reader.TokenType, "a string", tail);
                    break;
                case UnitProperty when unit is null:
                    unit = reader.TokenType != JsonTokenType.String
                        ? throw JsonValueException.WrongType(reader.TokenType, "the name of an IndicatorUnit", tail)
                        : IndicatorUnit.TryFromName(reader.GetString(), out var found)
                            ? found
                            : throw new JsonValueException(
                                JsonErrorKind.Value,
                                "Unknown IndicatorUnit name; expected one of Percent, PerThousandLiveBirths, PerHundredThousandChildren, Count, Ratio.",
                                tail);
                    break;
                case TextProperty or UnitProperty:
                    throw new JsonValueException(JsonErrorKind.DuplicateProperty, "The property '" + name + "' appears twice.", tail);
                default:
                    throw new JsonValueException(
                        JsonErrorKind.UnknownProperty, "A target object has only the properties text and unit.", tail);
            }
        }
        if (text is null || unit is null)
        {
            throw new JsonValueException(
                JsonErrorKind.MissingProperty, "A target object needs both text and unit (missing: " + (text is null ? TextProperty : UnitProperty) + ").");
        }
        return Parse(text, unit, JsonPathText.Property(TextProperty));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Target value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var text = value.ToVietnameseString();
        if (ReadsBack(text, null, value))
        {
            writer.WriteStringValue(text);
        }
        else if (value is ThresholdTarget threshold && ReadsBack(text, threshold.Unit, value))
        {
            writer.WriteStartObject();
            writer.WriteString(TextProperty, text);
            writer.WriteString(UnitProperty, threshold.Unit.Name);
            writer.WriteEndObject();
        }
        else
        {
            throw new JsonException("The target's Vietnamese text does not read back to the same target, so it has no faithful JSON form.");
        }
    }

    private static bool ReadsBack(string text, IndicatorUnit? unit, Target expected) =>
        Target.Parse(text, unit).Match(parsed => parsed == expected, _ => false);

    private static Target Parse(string text, IndicatorUnit? unit, string tail)
    {
        var target = Target.Parse(text, unit).Match(
            parsed => parsed,
            error => throw new JsonValueException(JsonErrorKind.Value, "Not a target the parser can read: " + error.Message, tail, error));
        if (unit is not null && (target as ThresholdTarget)?.Unit != unit)
        {
            throw new JsonValueException(
                JsonErrorKind.Value, "The text states a different unit (or a target shape without a unit) than 'unit' gives.", tail);
        }
        return target;
    }
}
