using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// Writes a <see cref="SourceSpan"/> as <c>{"start": 120, "length": 35, "line": 4, "column": 1}</c> and reads it back,
/// checking the ranges its constructor requires so that a bad span is a JSON error, not an exception.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed class SourceSpanJsonConverter : JsonConverter<SourceSpan>
{
    private static readonly string[] Names = ["start", "length", "line", "column"];
    private static readonly int[] Minimums = [0, 0, 1, 1];

    public override SourceSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValueException.WrongType(reader.TokenType, "a span object {start, length, line, column}");
        }
        Span<int> values = stackalloc int[4];
        Span<bool> seen = stackalloc bool[4];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var tail = JsonPathText.Property(name);
            var index = Array.IndexOf(Names, name);
            if (index < 0)
            {
                throw new JsonValueException(JsonErrorKind.UnknownProperty, "A span has only the properties start, length, line and column.", tail);
            }
            if (seen[index])
            {
                throw new JsonValueException(JsonErrorKind.DuplicateProperty, "The property '" + name + "' appears twice.", tail);
            }
            reader.Read();
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw JsonValueException.WrongType(reader.TokenType, "an integer", tail);
            }
            if (!reader.TryGetInt32(out values[index]) || values[index] < Minimums[index])
            {
                throw new JsonValueException(
                    JsonErrorKind.Value, "A span's " + name + " must be a whole number from " + Minimums[index] + " to 2147483647.", tail);
            }
            seen[index] = true;
        }
        var missing = seen.IndexOf(false);
        if (missing >= 0)
        {
            throw new JsonValueException(JsonErrorKind.MissingProperty, "A span needs start, length, line and column (missing: " + Names[missing] + ").");
        }
        return new SourceSpan(values[0], values[1], values[2], values[3]);
    }

    public override void Write(Utf8JsonWriter writer, SourceSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Names[0], value.Start);
        writer.WriteNumber(Names[1], value.Length);
        writer.WriteNumber(Names[2], value.Line);
        writer.WriteNumber(Names[3], value.Column);
        writer.WriteEndObject();
    }
}
