using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>
/// Finds where the value at a JSON path (<c>$.indicators[2].targets[0]</c>, as System.Text.Json writes paths) is in a
/// JSON text, so that a finding about a plan read from JSON gets a region in that file.
/// </summary>
internal sealed class JsonPathLocator
{
    private static readonly SearchValues<char> IdentifierCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$");

    private readonly byte[] utf8;
    private readonly SourceText source;

    /// <summary>Indexes <paramref name="json"/> (the text as read, without byte-order mark).</summary>
    public JsonPathLocator(string json)
    {
        utf8 = Encoding.UTF8.GetBytes(json);
        source = new SourceText(json);
    }

    /// <summary>
    /// The region of the value at <paramref name="path"/>: one-based start line and column and the line and column just
    /// after its end, columns in UTF-16 code units; null when the path is not in the text or the text is not JSON.
    /// </summary>
    public SarifRegion? Find(string path)
    {
        try
        {
            return Scan(path);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The region of the value at <paramref name="path"/> or, when the path names a value the text leaves out (a
    /// missing issue date, <c>$.header.issueDate</c>), of its nearest ancestor that is there.
    /// </summary>
    public SarifRegion? FindNearest(string path)
    {
        for (var current = path; ; current = Parent(current))
        {
            if (Find(current) is { } region)
            {
                return region;
            }
            if (current.Length <= 1)
            {
                return null;
            }
        }
    }

    // "$.a.b[2]" → "$.a.b" → "$.a" → "$"; "$['x y']" → "$".
    private static string Parent(string path)
    {
        var cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut > 0 ? path[..cut] : "$";
    }

    private SarifRegion? Scan(string path)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new List<Frame>();
        long start = -1;
        var startDepth = -1;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames[^1].Name = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    if (start >= 0 && frames.Count == startDepth)
                    {
                        return Region(start, reader.BytesConsumed);
                    }
                    continue;
            }
            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1].Index++;
            }
            if (start < 0 && Path(frames) == path)
            {
                start = reader.TokenStartIndex;
                startDepth = frames.Count;
                if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    return Region(start, reader.BytesConsumed);
                }
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
            }
        }
        return null;
    }

    private SarifRegion Region(long startByte, long endByte)
    {
        var (startLine, startColumn) = source.GetLineAndColumn(Encoding.UTF8.GetCharCount(utf8, 0, (int)startByte));
        var (endLine, endColumn) = source.GetLineAndColumn(Encoding.UTF8.GetCharCount(utf8, 0, (int)endByte));
        return new SarifRegion(startLine, startColumn, endLine, endColumn);
    }

    private static string Path(List<Frame> frames)
    {
        var builder = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                builder.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Name is { } name)
            {
                builder.Append(Member(name));
            }
        }
        return builder.ToString();
    }

    /// <summary>The step to a property in a path: <c>.name</c>, or <c>['name']</c> when the name is not an identifier.</summary>
    public static string Member(string name) => IsIdentifier(name) ? "." + name : "['" + name + "']";

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !name.AsSpan().ContainsAnyExcept(IdentifierCharacters);

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }
}
