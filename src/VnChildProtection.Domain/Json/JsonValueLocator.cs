using System.Text;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// Finds where the value at a JSON path (<c>$.indicators[2].targets[0]</c>, as System.Text.Json and this library's
/// diagnostics write paths) is in a JSON text, so that a tool can place a finding about a document read from JSON (a
/// plan's diagnostics, a <see cref="JsonDocumentError"/>), or an error in its own configuration file, at the value in that file.
/// </summary>
/// <remarks>
/// <para>Paths are matched exactly as <see cref="Property"/> and the library's JSON errors write them; the first value at
/// a path counts. The text is read as strict JSON (no comments, no trailing commas), as the library's JSON readers read
/// documents; text that is not valid JSON up to the value's end gives no location.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class JsonValueLocator
{
    private readonly byte[] utf8;
    private readonly SourceText source;

    /// <summary>Indexes <paramref name="json"/> (the text as read, without byte-order mark).</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    public JsonValueLocator(string json)
    {
        Preconditions.CheckNotNull(json);
        utf8 = Encoding.UTF8.GetBytes(json);
        source = new SourceText(json);
    }

    /// <summary>The step to a property in a path as System.Text.Json writes it: <c>.name</c>, or <c>['odd name']</c>.</summary>
    /// <param name="name">The property name (a dictionary key included).</param>
    /// <returns>The path step.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string Property(string name) => JsonPathText.Property(Preconditions.CheckNotNull(name));

    /// <summary>The span of the value at <paramref name="path"/> (a whole object or array included).</summary>
    /// <param name="path">A JSON path such as <c>$.header.number</c>.</param>
    /// <returns>The span, in UTF-16 code units, with the line and column of its start; null when the path is not in the
    /// text or the text is not JSON.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    public SourceSpan? Find(string path)
    {
        Preconditions.CheckNotNull(path);
        if (!JsonDocumentScanner.TryLocate(utf8, path, out var start, out var end, out _))
        {
            return null;
        }
        var startChar = Encoding.UTF8.GetCharCount(utf8, 0, (int)start);
        var endChar = Encoding.UTF8.GetCharCount(utf8, 0, (int)end);
        return SourceSpan.In(source, startChar, endChar - startChar);
    }

    /// <summary>
    /// The span of the value at <paramref name="path"/> or, when the path names a value the text leaves out (a missing
    /// issue date, <c>$.header.issueDate</c>), of its nearest ancestor that is there.
    /// </summary>
    /// <param name="path">A JSON path.</param>
    /// <returns>The span, or null when not even the root is JSON.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    public SourceSpan? FindNearest(string path)
    {
        Preconditions.CheckNotNull(path);
        for (var current = path; ; current = Parent(current))
        {
            if (Find(current) is { } span)
            {
                return span;
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
}
