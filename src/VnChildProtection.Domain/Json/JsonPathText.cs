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

    /// <summary>The name of the last property segment of a path (<c>$.a.b</c> → <c>b</c>, <c>$['x y']</c> → <c>x y</c>).</summary>
    internal static string LastName(string path)
    {
        // Read the segments from the start: a bracketed name may itself hold dots, brackets and quotes.
        var last = "";
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                last = path[(i + 1)..end];
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                i += 2;
                while (i < path.Length && !path.AsSpan(i).StartsWith("']"))
                {
                    if (path[i] == '\\' && i + 1 < path.Length)
                    {
                        i++;
                    }
                    name.Append(path[i++]);
                }
                last = name.ToString();
                i += 2;
            }
            else
            {
                var close = path.IndexOf(']', i);
                i = close < 0 ? path.Length : close + 1;
            }
        }
        return last;
    }

    internal static StringBuilder AppendIndex(this StringBuilder path, int index) =>
        path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
}
