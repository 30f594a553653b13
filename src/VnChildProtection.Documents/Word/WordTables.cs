using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VnChildProtection.Documents.Word;

/// <summary>Tells data tables (drawn with borders) from layout tables (borderless, placing blocks side by side).</summary>
internal static class WordTables
{
    // Border sides of a table; "start"/"end" are the bidi-aware names of left/right.
    private static readonly string[] Sides = ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"];

    /// <summary>Whether any border of the table or its cells is drawn, each side taken from the table itself or else its style chain.</summary>
    public static bool HasVisibleBorders(Table table, Styles? styles)
    {
        var visible = new Dictionary<string, bool>(StringComparer.Ordinal);
        var properties = table.GetFirstChild<TableProperties>();
        foreach (var borders in StyleChain(properties?.TableStyle?.Val?.Value, styles).Reverse())
        {
            Apply(borders, visible);
        }
        if (properties?.TableBorders is { } own)
        {
            Apply(own, visible);
        }
        return visible.Values.Any(v => v)
            || table.Descendants<TableCellBorders>().Any(b => b.ChildElements.Any(IsVisible));
    }

    private static void Apply(OpenXmlElement borders, Dictionary<string, bool> visible)
    {
        foreach (var side in borders.ChildElements.Where(e => Sides.Contains(e.LocalName, StringComparer.Ordinal)))
        {
            visible[side.LocalName] = IsVisible(side);
        }
    }

    private static bool IsVisible(OpenXmlElement border) =>
        border is BorderType { Val: { } value } && value.InnerText is not ("none" or "nil" or "");

    // Borders of the named style, then of the styles it is based on (nearest first).
    private static IEnumerable<TableBorders> StyleChain(string? styleId, Styles? styles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && styles is not null && seen.Add(styleId))
        {
            var style = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            if (style?.StyleTableProperties?.TableBorders is { } borders)
            {
                yield return borders;
            }
            styleId = style?.BasedOn?.Val?.Value;
        }
    }
}
