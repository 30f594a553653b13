using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Text;

/// <summary>
/// Where something came from in a source text (an element of an imported plan, a value in a JSON file): the zero-based
/// character offset and length, and the one-based line and column of the start.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SourceSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">Zero-based offset of the first character.</param>
    /// <param name="length">Number of characters.</param>
    /// <param name="line">One-based line of the first character.</param>
    /// <param name="column">One-based column of the first character.</param>
    public SourceSpan(int start, int length, int line, int column)
    {
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
        Length = Preconditions.CheckRange(length, 0, int.MaxValue);
        Line = Preconditions.CheckRange(line, 1, int.MaxValue);
        Column = Preconditions.CheckRange(column, 1, int.MaxValue);
    }

    /// <summary>Zero-based offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>One-based line of the first character.</summary>
    public int Line { get; }

    /// <summary>One-based column of the first character.</summary>
    public int Column { get; }

    /// <summary>Creates the span of <paramref name="length"/> characters at <paramref name="start"/> in <paramref name="text"/>.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="start">Zero-based offset.</param>
    /// <param name="length">Number of characters.</param>
    /// <returns>The span with its line and column.</returns>
    public static SourceSpan In(SourceText text, int start, int length)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckRange(length, 0, text.Text.Length - start);
        var (line, column) = text.GetLineAndColumn(start);
        return new SourceSpan(start, length, line, column);
    }

    /// <summary>Returns <c>line:column+length</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Line}:{Column}+{Length}");
}
