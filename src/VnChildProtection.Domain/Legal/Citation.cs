using System;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// A citation found in free text by <see cref="CitationFinder"/>: where it is (<see cref="Start"/>,
/// <see cref="Length"/>) and what it cites, or why it could not be read.
/// </summary>
/// <remarks>
/// <para>The span covers the kind word, <c>số</c>, the number and the issue date when present
/// (<c>Nghị định số 56/2017/NĐ-CP ngày 09/5/2017</c>); a footnote marker such as <c>[1]</c> next to it is
/// not included. Positions index the NFC form of the searched text, which is the text itself when it is
/// already NFC.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Citation : IEquatable<Citation>
{
    /// <summary>Creates a citation.</summary>
    /// <param name="start">The zero-based start of the span.</param>
    /// <param name="length">The length of the span (at least 1).</param>
    /// <param name="result">The reference, or the error for a malformed citation.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> holds null.</exception>
    public Citation(int start, int length, OneOf<LegalReference, ParseError> result)
    {
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
        Length = Preconditions.CheckRange(length, 1, int.MaxValue);
        Preconditions.CheckNotNull(result.Value, nameof(result));
        Result = result;
    }

    /// <summary>The zero-based start of the citation in the text.</summary>
    public int Start { get; }

    /// <summary>The number of characters the citation spans.</summary>
    public int Length { get; }

    /// <summary>The cited reference, or a <see cref="ParseError"/> (codes in <see cref="LegalErrorCodes"/>) with its position in the text.</summary>
    public OneOf<LegalReference, ParseError> Result { get; }

    /// <summary>Whether the citation was read into a reference.</summary>
    public bool IsValid => Result.IsT0;

    /// <summary>The reference, or null for a malformed citation.</summary>
    public LegalReference? Reference => Result.IsT0 ? Result.AsT0 : null;

    /// <summary>The error, or null for a valid citation.</summary>
    public ParseError? Error => Result.IsT1 ? Result.AsT1 : null;

    /// <inheritdoc />
    public bool Equals(Citation? other) =>
        other is not null && Start == other.Start && Length == other.Length && Equals(Result.Value, other.Result.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, Result.Value);

    /// <summary>Returns <c>[start+length] reference</c> or <c>[start+length] error</c>.</summary>
    /// <returns>The span and the canonical reference or the error code and message.</returns>
    public override string ToString() => $"[{Start}+{Length}] {Result.Value}";

    /// <summary>Value equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether span and result are equal.</returns>
    public static bool operator ==(Citation? left, Citation? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether span or result differ.</returns>
    public static bool operator !=(Citation? left, Citation? right) => !Equals(left, right);
}
