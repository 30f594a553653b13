using System;

namespace VnChildProtection.Documents.Text;

/// <summary>Why <see cref="PlanFileReader"/> refused a file: a stable code and the reason in English and Vietnamese.</summary>
/// <remarks>
/// <para>The messages name no content of the file (documents about children may hold personal data).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PlanFileError
{
    /// <summary>Creates an error.</summary>
    /// <param name="kind">Why the file was refused.</param>
    /// <param name="message">An English message.</param>
    /// <param name="messageVietnamese">The same message in Vietnamese.</param>
    /// <exception cref="ArgumentException">A message is null or blank.</exception>
    public PlanFileError(PlanFileErrorKind kind, string message, string messageVietnamese)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageVietnamese);
        Kind = kind;
        Message = message;
        MessageVietnamese = messageVietnamese;
    }

    /// <summary>Why the file was refused.</summary>
    public PlanFileErrorKind Kind { get; }

    /// <summary>A stable code: <c>FILE-EMPTY</c>, <c>FILE-BINARY</c> or <c>FILE-ENCODING</c>.</summary>
    public string Code => Kind switch
    {
        PlanFileErrorKind.Empty => "FILE-EMPTY",
        PlanFileErrorKind.Binary => "FILE-BINARY",
        _ => "FILE-ENCODING",
    };

    /// <summary>The message in English.</summary>
    public string Message { get; }

    /// <summary>The message in Vietnamese (thông báo tiếng Việt).</summary>
    public string MessageVietnamese { get; }

    /// <summary>Returns <c>code: message</c>.</summary>
    public override string ToString() => Code + ": " + Message;
}
