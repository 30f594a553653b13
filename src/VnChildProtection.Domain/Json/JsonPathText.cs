using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace VnChildProtection.Domain.Json;

/// <summary>Writes JSON path segments the way System.Text.Json reports them (<c>$.a.b[2]</c>, <c>$['odd name']</c>).</summary>
internal static class JsonPathText
{
    private static readonly SearchValues<char> NeedsBrackets = SearchValues.Create(".'/\"[]() \t\n\r\f\b\\\u0085\u2028\u2029");

    internal static string Property(string name) =>
        name.AsSpan().IndexOfAny(NeedsBrackets) >= 0 ? "['" + name.Replace("'", "\\'", System.StringComparison.Ordinal) + "']" : "." + name;

    internal static StringBuilder AppendProperty(this StringBuilder path, string name) => path.Append(Property(name));

    internal static StringBuilder AppendIndex(this StringBuilder path, int index) =>
        path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
}
