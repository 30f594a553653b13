using System;
using System.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Text;

/// <summary>
/// Where a finding is: a JSON path into the document it is about (<c>$.header.number</c> in a plan) and, when the
/// document was read from text, the one-based line and column and the zero-based character span in that text.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>A location known only by its JSON path.</summary>
    /// <param name="path">A JSON path such as <c>$.indicators[3].targets</c>.</param>
    public SourceLocation(string path)
        : this(path, null, null, null, null)
    {
    }

    /// <summary>A location with a JSON path and a position in source text.</summary>
    /// <param name="path">A JSON path such as <c>$.legalBases[2]</c>.</param>
    /// <param name="line">One-based line in the source text, if known.</param>
    /// <param name="column">One-based column (in UTF-16 code units) in the source text, if known.</param>
    /// <param name="start">Zero-based offset of the span in the source text, if known.</param>
    /// <param name="length">Length of the span, if known.</param>
    public SourceLocation(string path, int? line, int? column, int? start, int? length)
    {
        Path = Preconditions.CheckNotBlank(path);
        Preconditions.CheckArgument(line is null or > 0, nameof(line), "Lines are one-based.");
        Preconditions.CheckArgument(column is null or > 0, nameof(column), "Columns are one-based.");
        Preconditions.CheckArgument(start is null or >= 0, nameof(start), "Offsets are non-negative.");
        Preconditions.CheckArgument(length is null or >= 0, nameof(length), "Lengths are non-negative.");
        Line = line;
        Column = column;
        Start = start;
        Length = length;
    }

    /// <summary>The JSON path of the element the finding is about.</summary>
    public string Path { get; }

    /// <summary>One-based line in the source text, or null when the plan did not come from text.</summary>
    public int? Line { get; }

    /// <summary>One-based column in the source text, or null.</summary>
    public int? Column { get; }

    /// <summary>Zero-based offset of the span in the source text, or null.</summary>
    public int? Start { get; }

    /// <summary>Length of the span in the source text, or null.</summary>
    public int? Length { get; }

    /// <inheritdoc />
    public bool Equals(SourceLocation? other) =>
        other is not null && Path == other.Path && Line == other.Line && Column == other.Column && Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Line, Column, Start, Length);

    /// <summary>Returns <c>path</c> or <c>path (line:column)</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Path);
        if (Line is { } line)
        {
            builder.Append(" (").Append(line).Append(':').Append(Column ?? 1).Append(')');
        }
        return builder.ToString();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(SourceLocation? left, SourceLocation? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(SourceLocation? left, SourceLocation? right) => !Equals(left, right);
}
