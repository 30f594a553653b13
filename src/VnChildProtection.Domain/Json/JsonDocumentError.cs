using System;
using System.Text;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// Why a JSON text is not the document a reader expected (a plan, a rule set, a case history): a stable code with the
/// reader's domain prefix, the <see cref="JsonErrorKind"/> shared by every reader, the JSON path of the offending value
/// (<c>$.indicators[2].targets[0].target</c>), where it is in the text, and an English message.
/// </summary>
/// <remarks>
/// <para>Every JSON reader of the library returns this type: <c>PlanJson</c> (<c>PLAN-JSON-…</c>), <c>IndicatorRuleJson</c>
/// (<c>RULE-JSON-…</c>) and <c>CaseEventLog</c> (<c>WORKFLOW-JSON-…</c>). The code is the prefix followed by the kind's
/// suffix (<see cref="JsonErrorCodes"/>), so the same malformed input gives the same kind, path and position from each.</para>
/// <para>The position is the start of the offending value (of the property name for unknown and repeated properties, of
/// the object for a missing property; for syntax errors, where the reader stopped). Lines and columns are one-based;
/// columns count UTF-16 code units as editors do; a leading byte-order mark is not counted.</para>
/// <para><see cref="ToString"/> prints code, path, position and message; messages never quote values of the document.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class JsonDocumentError : IEquatable<JsonDocumentError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="codes">The codes of the reader's domain; the error's code is <c>codes.For(kind)</c>.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="message">An English explanation.</param>
    /// <param name="path">The JSON path, starting with <c>$</c>.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column in UTF-16 code units.</param>
    /// <param name="bytePositionInLine">Zero-based byte offset of the position within its line in the UTF-8 text.</param>
    /// <param name="offset">Zero-based UTF-16 offset of the position in the whole text.</param>
    /// <param name="cause">The parse error of the value, when a text value (target, measure, expression) failed to parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, the path does not start with <c>$</c>, or a position is out of range.</exception>
    public JsonDocumentError(
        JsonErrorCodes codes, JsonErrorKind kind, string message, string path, int line, int column, int bytePositionInLine, int offset, ParseError? cause = null)
    {
        Code = Preconditions.CheckNotNull(codes).For(kind);
        Kind = kind;
        Message = Preconditions.CheckNotBlank(message);
        Path = Preconditions.CheckNotBlank(path);
        Preconditions.CheckArgument(path[0] == '$', nameof(path), "A JSON path starts with $.");
        Line = Preconditions.CheckRange(line, 1, int.MaxValue);
        Column = Preconditions.CheckRange(column, 1, int.MaxValue);
        BytePositionInLine = Preconditions.CheckRange(bytePositionInLine, 0, int.MaxValue);
        Offset = Preconditions.CheckRange(offset, 0, int.MaxValue);
        Cause = cause;
    }

    /// <summary>The stable, machine-readable code: the reader's prefix and the kind's suffix (<c>PLAN-JSON-TYPE</c>).</summary>
    public string Code { get; }

    /// <summary>What is wrong, the same for every reader.</summary>
    public JsonErrorKind Kind { get; }

    /// <summary>An English explanation.</summary>
    public string Message { get; }

    /// <summary>
    /// The error in Vietnamese (thông báo tiếng Việt): what is wrong, by kind, and where (the JSON path, and the code of
    /// the text value's parse error when there is one).
    /// </summary>
    public string MessageVietnamese => Kind switch
    {
        JsonErrorKind.Syntax => $"Văn bản không phải JSON hợp lệ (lỗi cú pháp tại {Path}).",
        JsonErrorKind.DuplicateProperty => $"Thuộc tính bị lặp lại tại {Path}.",
        JsonErrorKind.UnknownProperty => $"Thuộc tính không thuộc loại tài liệu này tại {Path}.",
        JsonErrorKind.MissingProperty => $"Thiếu thuộc tính bắt buộc trong đối tượng tại {Path}.",
        JsonErrorKind.Null => $"Giá trị tại {Path} không được để null.",
        JsonErrorKind.Type => $"Giá trị tại {Path} sai kiểu dữ liệu.",
        _ => Cause is { } cause ? $"Giá trị tại {Path} không hợp lệ ({cause.Code})." : $"Giá trị tại {Path} không hợp lệ.",
    };

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

    /// <summary>The error's location as a <see cref="SourceLocation"/> (path, line, column, offset), for reports that place findings.</summary>
    /// <returns>The location.</returns>
    public SourceLocation ToSourceLocation() => new(Path, Line, Column, Offset, 0);

    /// <inheritdoc />
    public bool Equals(JsonDocumentError? other) =>
        other is not null && Code == other.Code && Kind == other.Kind && Message == other.Message && Path == other.Path && Line == other.Line
        && Column == other.Column && BytePositionInLine == other.BytePositionInLine && Offset == other.Offset && Equals(Cause, other.Cause);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JsonDocumentError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message, Path, Line, Column, BytePositionInLine, Offset, Cause);

    /// <summary>Returns <c>CODE at $.path (line:column): message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Code} at {Path} ({Line}:{Column}): {Message}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(JsonDocumentError? left, JsonDocumentError? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(JsonDocumentError? left, JsonDocumentError? right) => !Equals(left, right);

    /// <summary>An error at a byte offset of the UTF-8 text.</summary>
    internal static JsonDocumentError At(ReadOnlySpan<byte> json, JsonErrorCodes codes, JsonErrorKind kind, string message, string path, long byteOffset, ParseError? cause = null)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, json.Length);
        var before = json[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(json[lineStart..offset]) + 1;
        return new JsonDocumentError(codes, kind, message, path, line, column, offset - lineStart, Encoding.UTF8.GetCharCount(before), cause);
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

    /// <summary>A syntax error at a UTF-16 offset of a string that could not be encoded.</summary>
    internal static JsonDocumentError AtChar(string json, JsonErrorCodes codes, string message, int offset)
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
        return new JsonDocumentError(codes, JsonErrorKind.Syntax, message, "$", line, column, bytes, offset);
    }
}
