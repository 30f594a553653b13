using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>Why the registry cannot say which instruments govern an article: a stable code and an English message.</summary>
/// <remarks>This type is immutable and thread-safe, with value equality.</remarks>
public sealed class LawLookupError : IEquatable<LawLookupError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">A code of <see cref="LawCurrencyErrorCodes"/>.</param>
    /// <param name="message">A human-readable explanation.</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public LawLookupError(string code, string message)
    {
        Code = Preconditions.CheckNotBlank(code);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The stable code, such as <c>LAW-ARTICLE-UNKNOWN</c>.</summary>
    public string Code { get; }

    /// <summary>The explanation, in English.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(LawLookupError? other) => other is not null && Code == other.Code && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LawLookupError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message);

    /// <summary>The code and message.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => Code + ": " + Message;
}
