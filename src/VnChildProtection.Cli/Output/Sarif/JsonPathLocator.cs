using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>
/// The SARIF region of the value at a JSON path (<c>$.indicators[2].targets[0]</c>) in a JSON file, so that a finding
/// about a plan read from JSON gets a region in that file; the search is the library's <see cref="JsonValueLocator"/>.
/// </summary>
internal sealed class JsonPathLocator
{
    private readonly JsonValueLocator locator;
    private readonly SourceText source;

    /// <summary>Indexes <paramref name="json"/> (the text as read, without byte-order mark).</summary>
    public JsonPathLocator(string json)
    {
        locator = new JsonValueLocator(json);
        source = new SourceText(json);
    }

    /// <summary>
    /// The region of the value at <paramref name="path"/>: one-based start line and column and the line and column just
    /// after its end, columns in UTF-16 code units; null when the path is not in the text or the text is not JSON.
    /// </summary>
    public SarifRegion? Find(string path) => Region(locator.Find(path));

    /// <summary>
    /// The region of the value at <paramref name="path"/> or, when the path names a value the text leaves out (a
    /// missing issue date, <c>$.header.issueDate</c>), of its nearest ancestor that is there.
    /// </summary>
    public SarifRegion? FindNearest(string path) => Region(locator.FindNearest(path));

    /// <summary>The step to a property in a path: <c>.name</c>, or <c>['name']</c> where System.Text.Json brackets it.</summary>
    public static string Member(string name) => JsonValueLocator.Property(name);

    private SarifRegion? Region(SourceSpan? span)
    {
        if (span is null)
        {
            return null;
        }
        var (endLine, endColumn) = source.GetLineAndColumn(span.Start + span.Length);
        return new SarifRegion(span.Line, span.Column, endLine, endColumn);
    }
}
