using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// The one way the library's JSON readers read a document: strict UTF-8, a leading byte-order mark skipped, a scan for
/// syntax errors and repeated properties, then the source-generated contract; every problem becomes a
/// <see cref="JsonDocumentError"/> with the reader's codes, placed at the offending value, never an exception.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class JsonDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes <paramref name="json"/> as UTF-8; a lone surrogate is a syntax error.</summary>
    internal static JsonDocumentError? Encode(string json, JsonErrorCodes codes, out byte[] utf8)
    {
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
            return null;
        }
        catch (EncoderFallbackException ex)
        {
            utf8 = [];
            return JsonDocumentError.AtChar(json, codes, "The text contains a lone surrogate, which is not Unicode text.", ex.Index);
        }
    }

    /// <summary>The text after a leading UTF-8 byte-order mark; positions are counted from there.</summary>
    internal static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;

    /// <summary>
    /// Reads <paramref name="json"/> (without byte-order mark) with <paramref name="contract"/>, collecting
    /// <paramref name="facts"/> if given; returns the first problem, or null with the value (null for a JSON <c>null</c>).
    /// </summary>
    internal static JsonDocumentError? Read<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> contract, JsonErrorCodes codes, JsonDocumentFacts? facts, out T? value)
    {
        value = default;
        if (JsonDocumentScanner.Scan(json, codes, facts) is { } syntax)
        {
            return syntax;
        }
        try
        {
            value = JsonSerializer.Deserialize(json, contract);
            return null;
        }
        catch (JsonException ex)
        {
            return FromException(json, codes, ex);
        }
    }

    /// <summary>
    /// An error about the value at <paramref name="path"/>, placed at that value (or at its property name when
    /// <paramref name="preferName"/>), or at <paramref name="fallback"/> (a byte offset) when the path is not in the text.
    /// </summary>
    internal static JsonDocumentError Locate(
        ReadOnlySpan<byte> json, JsonErrorCodes codes, JsonErrorKind kind, string message, string path, ParseError? cause = null, bool preferName = false, long fallback = 0)
    {
        var offset = JsonDocumentScanner.TryLocate(json, path, out var value, out var name) ? (preferName && name >= 0 ? name : value) : fallback;
        return JsonDocumentError.At(json, codes, kind, message, path, offset, cause);
    }

    /// <summary>
    /// A System.Text.Json message in the document's terms: what kind of JSON value was expected, which property is
    /// unknown or missing; never a .NET type or member name.
    /// </summary>
    internal static string DomainMessage(JsonErrorKind kind, string message, string path)
    {
        switch (kind)
        {
            case JsonErrorKind.UnknownProperty:
                return $"The property '{JsonPathText.LastName(path)}' is not one of this object's properties.";
            case JsonErrorKind.MissingProperty:
                var including = message.IndexOf("including:", StringComparison.Ordinal);
                var names = including < 0 ? "" : message[(including + "including:".Length)..].Trim().TrimEnd('.');
                return names.Length == 0 ? "A required property is missing." : $"Required properties are missing: {names}.";
            default:
                var to = message.IndexOf("converted to ", StringComparison.Ordinal);
                var type = to < 0 ? "" : message[(to + "converted to ".Length)..];
                // System.Text.Json names the target type, or for a constructor parameter the type that holds it: only
                // a collection or a primitive says what was expected.
                return Expected(type) is { } expected ? $"The value has the wrong type: {expected} was expected." : "The value has the wrong type for this property.";
        }
    }

    // The JSON value a .NET type is read from, when the type says it.
    private static string? Expected(string type) =>
        type.Contains("ValueList", StringComparison.Ordinal) || type.Contains("List`", StringComparison.Ordinal)
            || type.Contains("[]", StringComparison.Ordinal) || type.Contains("Enumerable", StringComparison.Ordinal) ? "an array"
        : type.StartsWith("System.String", StringComparison.Ordinal) ? "a string"
        : type.StartsWith("System.Boolean", StringComparison.Ordinal) ? "true or false"
        : type.StartsWith("System.Int", StringComparison.Ordinal) || type.StartsWith("System.Decimal", StringComparison.Ordinal)
            || type.StartsWith("System.Double", StringComparison.Ordinal) || type.StartsWith("System.Nullable`1[System.Int", StringComparison.Ordinal)
            || type.StartsWith("System.Nullable`1[System.Decimal", StringComparison.Ordinal) ? "a number"
        : type.Contains("LocalDate", StringComparison.Ordinal) ? "a date (yyyy-MM-dd)"
        : type.Contains("Instant", StringComparison.Ordinal) ? "an instant (yyyy-MM-ddTHH:mm:ssZ)"
        : null;

    private static JsonDocumentError FromException(ReadOnlySpan<byte> json, JsonErrorCodes codes, JsonException ex)
    {
        var coded = ex as JsonValueException;
        var message = JsonDocumentScanner.Clean(ex.Message);
        // System.Text.Json's own failures carry no kind: its messages are the only way to tell them apart.
        var kind = coded?.Kind
            ?? (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) ? JsonErrorKind.UnknownProperty
            : message.Contains("missing required properties", StringComparison.Ordinal) ? JsonErrorKind.MissingProperty
            : JsonErrorKind.Type);
        var path = (ex.Path ?? "$") + coded?.Tail;
        if (coded is null)
        {
            // Its messages name .NET types and members; say the same in the document's terms.
            message = DomainMessage(kind, message, path);
        }
        var fallback = JsonDocumentError.ByteOffset(json, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
        var preferName = kind is JsonErrorKind.UnknownProperty or JsonErrorKind.DuplicateProperty;
        return Locate(json, codes, kind, message, path, coded?.Cause, preferName, fallback);
    }
}
