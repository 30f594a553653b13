using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Text;

/// <summary>
/// A document's text with its line map, so that a character offset can be reported as a one-based line and
/// column. The text is kept exactly as given (offsets refer to it); see <see cref="VietnameseText.Normalize"/>
/// for normalisation.
/// </summary>
/// <remarks>Line breaks are <c>\n</c>, <c>\r\n</c> or <c>\r</c>. This type is immutable and thread-safe.</remarks>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    /// <summary>Wraps <paramref name="text"/> and indexes its lines.</summary>
    /// <param name="text">The document text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public SourceText(string text)
    {
        Text = Preconditions.CheckNotNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }
            if (c is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }
        lineStarts = starts.ToArray();
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The number of lines (an empty text has one, empty, line).</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>Returns the one-based line and column of a character offset.</summary>
    /// <param name="offset">A zero-based offset, 0 ≤ offset ≤ length of the text.</param>
    /// <returns>The line and column, both one-based.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the text.</exception>
    public (int Line, int Column) GetLineAndColumn(int offset)
    {
        Preconditions.CheckRange(offset, 0, Text.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>Returns the offset where a one-based line starts.</summary>
    /// <param name="line">One-based line number.</param>
    /// <returns>The zero-based offset of the line's first character.</returns>
    public int GetLineStart(int line)
    {
        Preconditions.CheckRange(line, 1, lineStarts.Length);
        return lineStarts[line - 1];
    }

    /// <summary>Returns the text of a one-based line without its line break.</summary>
    /// <param name="line">One-based line number.</param>
    /// <returns>The line's text.</returns>
    public string GetLine(int line)
    {
        var start = GetLineStart(line);
        var end = line < lineStarts.Length ? lineStarts[line] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r')
        {
            end--;
        }
        return Text[start..end];
    }

    /// <summary>Returns the line count, not the text (which may be long).</summary>
    public override string ToString() => $"SourceText({Text.Length} chars, {LineCount} lines)";
}
