using System;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Something the importer could not read, reported instead of being dropped: a stable code, a message and the source span.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ImportDiagnostic
{
    /// <summary>Creates an import diagnostic.</summary>
    /// <param name="code">A stable code such as <c>IMPORT-DATE-INVALID</c>.</param>
    /// <param name="message">An English message.</param>
    /// <param name="messageVietnamese">The same message in Vietnamese.</param>
    /// <param name="source">Where in the text.</param>
    /// <exception cref="ArgumentException">The code or a message is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ImportDiagnostic(string code, string message, string messageVietnamese, SourceSpan source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageVietnamese);
        ArgumentNullException.ThrowIfNull(source);
        Code = code;
        Message = message;
        MessageVietnamese = messageVietnamese;
        Source = source;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The message in English.</summary>
    public string Message { get; }

    /// <summary>The message in Vietnamese (thông báo tiếng Việt).</summary>
    public string MessageVietnamese { get; }

    /// <summary>Where in the text.</summary>
    public SourceSpan Source { get; }

    /// <summary>Returns <c>code at line:column: message</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Code} at {Source.Line}:{Source.Column}: {Message}");
}
