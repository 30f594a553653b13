using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The pseudonymous identifier of a child-protection case (mã hồ sơ): 1–64 ASCII letters, digits, <c>-</c>, <c>_</c>
/// or <c>.</c>, such as <c>QN-2025-000123</c>. Never a name.
/// </summary>
/// <remarks>
/// <para>Case records are personal data of a child (Decree 56/2017/NĐ-CP art. 33; Decree 13/2023/NĐ-CP): the workflow
/// keeps only this identifier, never a name, birth date or address. The character set (no spaces, no diacritics)
/// keeps a typed-in name out of the identifier. Comparison is ordinal and case-sensitive.
/// <see cref="ToString"/> round-trips through <see cref="Parse"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CaseId : IEquatable<CaseId>, IComparable<CaseId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    private CaseId(string value) => Value = value;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Parses an identifier, ignoring surrounding white space.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The identifier, or a <see cref="ParseError"/> with code <c>WORKFLOW-CASE-ID-EMPTY</c>,
    /// <c>WORKFLOW-CASE-ID-LENGTH</c> or <c>WORKFLOW-CASE-ID-CHARACTER</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<CaseId, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var offset = text.Length - text.TrimStart().Length;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new ParseError(WorkflowErrorCodes.CaseIdEmpty, "A case identifier is empty.", 0, 0, string.Empty);
        }
        if (trimmed.Length > MaxLength)
        {
            return new ParseError(WorkflowErrorCodes.CaseIdLength, "A case identifier has at most 64 characters.", offset, trimmed.Length, string.Empty);
        }
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (!IsAllowed(trimmed[i]))
            {
                // The fragment is left empty: the text may be a name typed by mistake.
                return new ParseError(WorkflowErrorCodes.CaseIdCharacter, "A case identifier holds ASCII letters, digits, '-', '_' and '.' only.", offset + i, 1, string.Empty);
            }
        }
        return new CaseId(trimmed);
    }

    /// <summary>Parses an identifier; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text to parse, or null.</param>
    /// <param name="id">The identifier when valid; null otherwise.</param>
    /// <returns>Whether the text is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CaseId? id)
    {
        id = null;
        if (text is null)
        {
            return false;
        }
        var result = Parse(text);
        id = result.IsT0 ? result.AsT0 : null;
        return id is not null;
    }

    /// <summary>An identifier from text known to be valid.</summary>
    /// <param name="text">The identifier.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static CaseId Of(string text) =>
        Parse(text).Match(id => id, error => throw new ArgumentException(error.ToString(), nameof(text)));

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';

    /// <summary>The identifier text; round-trips through <see cref="Parse"/>.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(CaseId? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CaseId);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Ordinal order of the identifier text; null first.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(CaseId? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    /// <summary>Value equality.</summary>
    public static bool operator ==(CaseId? left, CaseId? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(CaseId? left, CaseId? right) => !(left == right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(CaseId? left, CaseId? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(CaseId? left, CaseId? right) => left is null || left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(CaseId? left, CaseId? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(CaseId? left, CaseId? right) => left is null ? right is null : left.CompareTo(right) >= 0;
}
