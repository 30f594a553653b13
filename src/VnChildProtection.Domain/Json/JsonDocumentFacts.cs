using System;
using System.Collections.Generic;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// What the raw JSON says that a generated contract loses: which paths hold an explicit null, and where the values of
/// the watched property names are (whether a section states its <c>level</c>).
/// </summary>
internal sealed class JsonDocumentFacts(params string[] watched)
{
    private readonly string[] watched = watched;

    /// <summary>The paths of explicit nulls.</summary>
    internal HashSet<string> Nulls { get; } = new(StringComparer.Ordinal);

    /// <summary>The paths of the values of watched properties that are there (null ones included).</summary>
    internal HashSet<string> Watched { get; } = new(StringComparer.Ordinal);

    internal bool IsWatched(string? propertyName) => propertyName is not null && Array.IndexOf(watched, propertyName) >= 0;
}
