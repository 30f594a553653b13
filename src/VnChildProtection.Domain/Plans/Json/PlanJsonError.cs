using System;
using System.Text;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Plans.Json;

/// <summary>
/// Why a JSON text is not a plan document: a stable code, the JSON path of the offending value
/// (<c>$.indicators[2].targets[0].target</c>), where it is in the text, and an English message.
/// </summary>
/// <remarks>
/// <para>Codes: <c>PLAN-JSON-SYNTAX</c> (not well-formed JSON: bad token, comment, trailing comma, nesting deeper than 64,
/// text that is not valid UTF-8/UTF-16), <c>PLAN-JSON-DUPLICATE-PROPERTY</c>, <c>PLAN-JSON-UNKNOWN-PROPERTY</c>,
/// <c>PLAN-JSON-MISSING-PROPERTY</c> (a required property is absent), <c>PLAN-JSON-NULL</c> (null where a value or a list
/// is required), <c>PLAN-JSON-TYPE</c> (a value of the wrong JSON type, or a number out of range for its property) and
/// <c>PLAN-JSON-VALUE</c> (the right type but not a valid value: an unknown role name, a target the parser cannot read, a
/// date that does not exist, a span with a negative start).</para>
/// <para>The position is the start of the offending value (of the property name for unknown and repeated properties, of
/// the object for a missing property; for syntax errors, where the reader stopped). Lines and columns are one-based;
/// columns count UTF-16 code units as editors do; a leading byte-order mark is not counted.</para>
/// <para><see cref="ToString"/> prints code, path, position and message; messages never quote values of the document.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PlanJsonError : IEquatable<PlanJsonError>
{
    /// <summary>The code of errors in the JSON syntax itself (<c>PLAN-JSON-SYNTAX</c>).</summary>
    public const string SyntaxCode = "PLAN-JSON-SYNTAX";

    /// <summary>The code of a property that appears twice in one object (<c>PLAN-JSON-DUPLICATE-PROPERTY</c>).</summary>
    public const string DuplicatePropertyCode = JsonValueException.DuplicatePropertyCode;

    /// <summary>The code of a property the model does not have (<c>PLAN-JSON-UNKNOWN-PROPERTY</c>).</summary>
    public const string UnknownPropertyCode = JsonValueException.UnknownPropertyCode;

    /// <summary>The code of an absent required property (<c>PLAN-JSON-MISSING-PROPERTY</c>).</summary>
    public const string MissingPropertyCode = JsonValueException.MissingPropertyCode;

    /// <summary>The code of a null where the model has no null (<c>PLAN-JSON-NULL</c>).</summary>
    public const string NullCode = JsonValueException.NullCode;

    /// <summary>The code of a value of the wrong JSON type (<c>PLAN-JSON-TYPE</c>).</summary>
    public const string TypeCode = JsonValueException.WrongTypeCode;

    /// <summary>The code of a value of the right type that is not valid (<c>PLAN-JSON-VALUE</c>).</summary>
    public const string ValueCode = JsonValueException.InvalidValueCode;

    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code, e.g. <c>PLAN-JSON-TYPE</c>.</param>
    /// <param name="message">An English explanation.</param>
    /// <param name="path">The JSON path, starting with <c>$</c>.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column in UTF-16 code units.</param>
    /// <param name="bytePositionInLine">Zero-based byte offset of the position within its line in the UTF-8 text.</param>
    /// <param name="offset">Zero-based UTF-16 offset of the position in the whole text.</param>
    /// <param name="cause">The parse error of the value, when a text value (target, measure, amount) failed to parse.</param>
    /// <exception cref="ArgumentException">A text is blank or a position is out of range.</exception>
    public PlanJsonError(string code, string message, string path, int line, int column, int bytePositionInLine, int offset, ParseError? cause = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Message = Preconditions.CheckNotBlank(message);
        Path = Preconditions.CheckNotBlank(path);
        Line = Preconditions.CheckRange(line, 1, int.MaxValue);
        Column = Preconditions.CheckRange(column, 1, int.MaxValue);
        BytePositionInLine = Preconditions.CheckRange(bytePositionInLine, 0, int.MaxValue);
        Offset = Preconditions.CheckRange(offset, 0, int.MaxValue);
        Cause = cause;
    }

    /// <summary>The stable, machine-readable code (see the remarks).</summary>
    public string Code { get; }

    /// <summary>An English explanation.</summary>
    public string Message { get; }

    /// <summary>The JSON path of the offending value, as System.Text.Json writes paths (<c>$.header.issueDate</c>).</summary>
    public string Path { get; }

    /// <summary>One-based line of the position.</summary>
    public int Line { get; }

    /// <summary>One-based column of the position, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Zero-based byte offset of the position within its line, in the UTF-8 text (as System.Text.Json reports it).</summary>
    public int BytePositionInLine { get; }

    /// <summary>Zero-based UTF-16 offset of the position in the whole text.</summary>
    public int Offset { get; }

    /// <summary>The parse error of a text value (target, measure identifier, amount), when that is what failed.</summary>
    public ParseError? Cause { get; }

    /// <summary>The error's location as a validator <see cref="SourceLocation"/> (path, line, column, offset).</summary>
    /// <returns>The location.</returns>
    public SourceLocation ToSourceLocation() => new(Path, Line, Column, Offset, 0);

    /// <inheritdoc />
    public bool Equals(PlanJsonError? other) =>
        other is not null && Code == other.Code && Message == other.Message && Path == other.Path && Line == other.Line
        && Column == other.Column && BytePositionInLine == other.BytePositionInLine && Offset == other.Offset && Equals(Cause, other.Cause);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlanJsonError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message, Path, Line, Column, BytePositionInLine, Offset, Cause);

    /// <summary>Returns <c>CODE at $.path (line:column): message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Code} at {Path} ({Line}:{Column}): {Message}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(PlanJsonError? left, PlanJsonError? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PlanJsonError? left, PlanJsonError? right) => !Equals(left, right);

    /// <summary>An error at a byte offset of the UTF-8 text.</summary>
    internal static PlanJsonError At(ReadOnlySpan<byte> json, string code, string message, string path, long byteOffset, ParseError? cause = null)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, json.Length);
        var before = json[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(json[lineStart..offset]) + 1;
        return new PlanJsonError(code, message, path, line, column, offset - lineStart, Encoding.UTF8.GetCharCount(before), cause);
    }

    /// <summary>The byte offset of a zero-based line and byte position in that line, as System.Text.Json reports them.</summary>
    internal static long ByteOffset(ReadOnlySpan<byte> json, long line, long bytePositionInLine)
    {
        var start = 0;
        for (var i = 0L; i < line && start < json.Length; i++)
        {
            var next = json[start..].IndexOf((byte)'\n');
            start = next < 0 ? json.Length : start + next + 1;
        }
        return start + bytePositionInLine;
    }

    /// <summary>An error at a UTF-16 offset of a string that could not be encoded.</summary>
    internal static PlanJsonError AtChar(string json, string code, string message, int offset)
    {
        var before = json.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        var line = before.Count('\n') + 1;
        var column = offset - lineStart + 1;
        var bytes = 0;
        foreach (var rune in json.AsSpan(lineStart, offset - lineStart).EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
        }
        return new PlanJsonError(code, message, "$", line, column, bytes, offset);
    }
}
