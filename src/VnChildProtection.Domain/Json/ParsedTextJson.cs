using System;
using System.Text.Json;
using OneOf;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>Reads values written as their text form with the type's own parser; shared by the value-type converters.</summary>
internal static class ParsedTextJson
{
    /// <summary>Reads a string token with <paramref name="parse"/>, or throws the converter's typed JSON error.</summary>
    internal static T Read<T>(ref Utf8JsonReader reader, Func<string, OneOf<T, ParseError>> parse, string expectedToken, string invalidPrefix)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValueException.WrongType(reader.TokenType, expectedToken);
        }
        var result = parse(reader.GetString()!);
        return result.IsT0
            ? result.AsT0
            : throw new JsonValueException(JsonErrorKind.Value, invalidPrefix + result.AsT1.Message, cause: result.AsT1);
    }
}
