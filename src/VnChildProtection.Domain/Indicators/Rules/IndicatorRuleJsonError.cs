using System;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// Why a JSON text is not a rule set: a stable code, the JSON path of the offending value (<c>$.rules[1].left</c>), its
/// line and column, an English message, and the parse error of an expression that failed.
/// </summary>
/// <remarks>
/// <para>Codes: <c>RULE-JSON-SYNTAX</c> (not well-formed JSON), <c>RULE-JSON-DUPLICATE-PROPERTY</c>,
/// <c>RULE-JSON-UNKNOWN-PROPERTY</c>, <c>RULE-JSON-MISSING-PROPERTY</c>, <c>RULE-JSON-NULL</c>, <c>RULE-JSON-TYPE</c> (wrong
/// JSON type) and <c>RULE-JSON-VALUE</c> (an expression that does not parse, an unknown operator, importance or strategy
/// name, a level below 1, a repeated rule id).</para>
/// <para>Lines and columns are one-based; columns count UTF-16 code units. <see cref="ToString"/> never quotes the document.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record IndicatorRuleJsonError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code (<c>RULE-JSON-VALUE</c>).</param>
    /// <param name="message">An English explanation.</param>
    /// <param name="path">The JSON path, starting with <c>$</c>.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column in UTF-16 code units.</param>
    /// <param name="cause">The parse error of an expression, when that is what failed.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A position is below 1.</exception>
    public IndicatorRuleJsonError(string code, string message, string path, int line, int column, ParseError? cause = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Message = Preconditions.CheckNotBlank(message);
        Path = Preconditions.CheckNotBlank(path);
        Line = Preconditions.CheckRange(line, 1, int.MaxValue);
        Column = Preconditions.CheckRange(column, 1, int.MaxValue);
        Cause = cause;
    }

    /// <summary>The stable code (see the remarks).</summary>
    public string Code { get; }

    /// <summary>An English explanation.</summary>
    public string Message { get; }

    /// <summary>The JSON path of the offending value (<c>$.rules[0].operator</c>).</summary>
    public string Path { get; }

    /// <summary>One-based line.</summary>
    public int Line { get; }

    /// <summary>One-based column, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>The parse error of an expression, when that is what failed.</summary>
    public ParseError? Cause { get; }

    /// <summary>Returns <c>CODE at $.path (line:column): message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Code} at {Path} ({Line}:{Column}): {Message}");
}
