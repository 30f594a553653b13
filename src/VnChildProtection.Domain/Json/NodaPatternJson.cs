using System.Text.Json;
using NodaTime.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>Reads NodaTime values written as strings in one pattern; shared by the date converters.</summary>
internal static class NodaPatternJson
{
    /// <summary>Reads a string token with <paramref name="pattern"/>, or throws the converter's typed JSON error.</summary>
    internal static T Read<T>(ref Utf8JsonReader reader, IPattern<T> pattern, string expectedToken, string invalidMessage)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValueException.WrongType(reader.TokenType, expectedToken);
        }
        var result = pattern.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonValueException(JsonErrorKind.Value, invalidMessage);
    }
}
