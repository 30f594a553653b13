using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
namespace VnChildProtection.Domain.Json;

/// <summary>
/// A pass over the raw JSON that tracks the path of every value: it reports syntax errors and repeated properties with
/// their path, records where explicit nulls and watched properties are, and finds the position of a path.
/// </summary>
/// <remarks>
/// A generated contract cannot tell an absent list from an explicit <c>null</c> (both arrive as null in an init-only
/// record) and keeps the last of two equal property names silently; this pass supplies those facts. Paths are written as
/// System.Text.Json writes them (<see cref="JsonPathText"/>).
/// </remarks>
internal static class JsonDocumentScanner
{
    // Locating a path stops at the first syntax error and reports no error, so its codes are never shown.
    private static readonly JsonErrorCodes Locating = new("JSON");

    internal static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Checks syntax and repeated names, and collects <paramref name="facts"/> if given; returns the first problem.</summary>
    internal static JsonDocumentError? Scan(ReadOnlySpan<byte> json, JsonErrorCodes codes, JsonDocumentFacts? facts) =>
        Walk(json, codes, null, facts, out _, out _, out _);

    /// <summary>The byte offsets of the value at <paramref name="path"/> and of its property name (or -1).</summary>
    internal static bool TryLocate(ReadOnlySpan<byte> json, string path, out long valueStart, out long nameStart) =>
        TryLocate(json, path, out valueStart, out _, out nameStart);

    /// <summary>
    /// The byte offsets of the value at <paramref name="path"/>, just after its end (a whole object or array), and of its
    /// property name (or -1). The first value at the path counts; the text must be valid JSON up to the value's end.
    /// </summary>
    internal static bool TryLocate(ReadOnlySpan<byte> json, string path, out long valueStart, out long valueEnd, out long nameStart)
    {
        var error = Walk(json, Locating, path, null, out valueStart, out valueEnd, out nameStart);
        return error is null && valueStart >= 0;
    }

    private static JsonDocumentError? Walk(ReadOnlySpan<byte> json, JsonErrorCodes codes, string? find, JsonDocumentFacts? facts, out long foundValue, out long foundEnd, out long foundName)
    {
        foundValue = -1;
        foundEnd = -1;
        foundName = -1;
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var frames = new List<Frame>();
        var path = new StringBuilder("$");
        long nameStart = -1;
        string? propertyName = null;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    ToContainer(path, frames);
                    continue;
                }
                if (token == JsonTokenType.PropertyName)
                {
                    var top = frames[^1];
                    var name = reader.GetString()!;
                    path.Length = top.PathLength;
                    path.AppendProperty(name);
                    nameStart = reader.TokenStartIndex;
                    propertyName = name;
                    // Looking for a path, a repeated name is no obstacle: the first value at the path is the one found.
                    if (!top.Names!.Add(name) && find is null)
                    {
                        return JsonDocumentError.At(
                            json, codes, JsonErrorKind.DuplicateProperty, "The property '" + name + "' appears twice in the object; a document states each property once.", path.ToString(), nameStart);
                    }
                    continue;
                }
                if (frames.Count > 0 && frames[^1].Names is null)
                {
                    var top = frames[^1];
                    top.Index++;
                    frames[^1] = top;
                    path.Length = top.PathLength;
                    path.AppendIndex(top.Index);
                    nameStart = -1;
                    propertyName = null;
                }
                if (find is not null && path.Equals(find.AsSpan()))
                {
                    var start = reader.TokenStartIndex;
                    reader.Skip();
                    (foundValue, foundEnd, foundName) = (start, reader.BytesConsumed, nameStart);
                    return null;
                }
                if (facts is not null)
                {
                    if (token == JsonTokenType.Null)
                    {
                        facts.Nulls.Add(path.ToString());
                    }
                    if (facts.IsWatched(propertyName))
                    {
                        facts.Watched.Add(path.ToString());
                    }
                }
                if (find is null && token == JsonTokenType.String)
                {
                    // Invalid UTF-8 or an escaped lone surrogate only shows when the text is decoded.
                    reader.GetString();
                }
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(path.Length, token == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                }
                else
                {
                    ToContainer(path, frames);
                }
            }
        }
        catch (JsonException ex)
        {
            return JsonDocumentError.At(
                json, codes, JsonErrorKind.Syntax, Clean(ex.Message), path.ToString(), JsonDocumentError.ByteOffset(json, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0));
        }
        catch (InvalidOperationException ex)
        {
            return JsonDocumentError.At(json, codes, JsonErrorKind.Syntax, ex.Message, path.ToString(), reader.TokenStartIndex);
        }
        return null;
    }

    // Once a value is complete, a syntax error belongs to the container that holds it.
    private static void ToContainer(StringBuilder path, List<Frame> frames) => path.Length = frames.Count > 0 ? frames[^1].PathLength : 1;

    /// <summary>Drops the " LineNumber: … | BytePositionInLine: …" and " Path: …" tails System.Text.Json appends.</summary>
    internal static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }
        return cut < 0 ? message : message[..cut];
    }

    private record struct Frame(int PathLength, HashSet<string>? Names)
    {
        public int Index { get; set; } = -1;
    }
}
