using System.Text.Json;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// A <see cref="JsonException"/> raised by this library's converters with the kind of error, the path below the value the
/// converter was reading (<c>.unit</c> inside a target object), and the parse error of the value when there is one.
/// </summary>
/// <remarks>
/// System.Text.Json adds the path, line and position of the value the converter was called for; <see cref="Tail"/>
/// completes the path inside values that the converter reads itself. This type is immutable once thrown.
/// </remarks>
internal sealed class JsonValueException : JsonException
{
    internal JsonValueException(JsonErrorKind kind, string message, string? tail = null, ParseError? cause = null)
        : base(message)
    {
        Kind = kind;
        Tail = tail ?? string.Empty;
        Cause = cause;
    }

    /// <summary>What is wrong; the reader turns it into a code with its own prefix.</summary>
    internal JsonErrorKind Kind { get; }

    internal string Tail { get; }

    internal ParseError? Cause { get; }

    internal static JsonValueException WrongType(JsonTokenType found, string expected, string? tail = null) =>
        new(JsonErrorKind.Type, "Expected " + expected + ", found " + Describe(found) + ".", tail);

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "a " + token.ToString().ToLowerInvariant(),
    };
}
