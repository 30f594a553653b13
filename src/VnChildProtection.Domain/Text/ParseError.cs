using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Text;

/// <summary>
/// Why a piece of text could not be parsed: a stable code, the zero-based position and length of the
/// offending fragment in the input, the fragment itself, and a human-readable message.
/// </summary>
/// <remarks>
/// <para>Parsers in this library return <c>OneOf&lt;T, ParseError&gt;</c> or a <c>TryParse</c> pair
/// instead of throwing on bad input; exceptions are kept for programmer errors such as a null argument.</para>
/// <para><see cref="ToString"/> prints the code, position and message only, never the input, so that a
/// parse error can be logged without leaking what was being parsed.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ParseError : IEquatable<ParseError>
{
    /// <summary>Creates a parse error.</summary>
    /// <param name="code">A stable, machine-readable code such as <c>LEGAL-NUMBER-MISSING</c>.</param>
    /// <param name="message">A human-readable explanation in English.</param>
    /// <param name="position">The zero-based index in the input where the problem starts.</param>
    /// <param name="length">The number of characters of the offending fragment (0 for "at end of input").</param>
    /// <param name="fragment">The offending fragment of the input.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> or <paramref name="length"/> is negative.</exception>
    public ParseError(string code, string message, int position, int length, string fragment)
    {
        Code = Preconditions.CheckNotBlank(code);
        Message = Preconditions.CheckNotBlank(message);
        Position = Preconditions.CheckRange(position, 0, int.MaxValue);
        Length = Preconditions.CheckRange(length, 0, int.MaxValue);
        Fragment = Preconditions.CheckNotNull(fragment);
    }

    /// <summary>The stable, machine-readable error code.</summary>
    public string Code { get; }

    /// <summary>A human-readable explanation in English.</summary>
    public string Message { get; }

    /// <summary>The zero-based index in the input where the problem starts.</summary>
    public int Position { get; }

    /// <summary>The length of the offending fragment.</summary>
    public int Length { get; }

    /// <summary>The offending fragment of the input (may be empty at end of input).</summary>
    public string Fragment { get; }

    /// <summary>Creates an exception carrying this error, for callers that prefer to throw.</summary>
    /// <returns>A <see cref="FormatException"/> whose message is <see cref="ToString"/>.</returns>
    public FormatException ToException() => new(ToString());

    /// <inheritdoc />
    public bool Equals(ParseError? other) =>
        other is not null
        && Code == other.Code
        && Message == other.Message
        && Position == other.Position
        && Length == other.Length
        && Fragment == other.Fragment;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParseError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message, Position, Length, Fragment);

    /// <summary>Returns <c>code at position: message</c>, without the input text.</summary>
    public override string ToString() => $"{Code} at {Position}: {Message}";

    /// <summary>Value equality.</summary>
    public static bool operator ==(ParseError? left, ParseError? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ParseError? left, ParseError? right) => !Equals(left, right);
}
