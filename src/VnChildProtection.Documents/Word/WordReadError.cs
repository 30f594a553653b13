using System;

namespace VnChildProtection.Documents.Word;

/// <summary>Why <see cref="WordDocumentReader"/> could not read a file: the kind, a stable code and an English message.</summary>
/// <remarks>
/// <para>The message names no content of the file (documents about children may hold personal data).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record WordReadError
{
    /// <summary>Creates an error.</summary>
    /// <param name="kind">Why the file could not be read.</param>
    /// <param name="message">An English message.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or blank.</exception>
    public WordReadError(WordReadErrorKind kind, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        Message = message;
    }

    /// <summary>Why the file could not be read.</summary>
    public WordReadErrorKind Kind { get; }

    /// <summary>A stable code: <c>WORD-UNREADABLE</c>, <c>WORD-NOT-ZIP</c>, <c>WORD-NOT-WORD-DOCUMENT</c>, <c>WORD-ENCRYPTED</c>,
    /// <c>WORD-MISSING-MAIN-PART</c> or <c>WORD-CORRUPT</c>.</summary>
    public string Code => Kind switch
    {
        WordReadErrorKind.Unreadable => "WORD-UNREADABLE",
        WordReadErrorKind.NotZip => "WORD-NOT-ZIP",
        WordReadErrorKind.NotWordDocument => "WORD-NOT-WORD-DOCUMENT",
        WordReadErrorKind.Encrypted => "WORD-ENCRYPTED",
        WordReadErrorKind.MissingMainPart => "WORD-MISSING-MAIN-PART",
        _ => "WORD-CORRUPT",
    };

    /// <summary>The message in English.</summary>
    public string Message { get; }

    /// <summary>Why the file could not be read, in Vietnamese (thông báo tiếng Việt), one sentence per kind.</summary>
    public string MessageVietnamese => Kind switch
    {
        WordReadErrorKind.Unreadable => "Không mở được tệp.",
        WordReadErrorKind.NotZip => "Tệp không phải tệp nén ZIP nên không phải tài liệu .docx.",
        WordReadErrorKind.NotWordDocument => "Tệp không phải tài liệu Word .docx (có thể là bảng tính, bản trình chiếu, tệp ZIP thường hoặc tệp .doc cũ; hãy lưu lại ở dạng .docx).",
        WordReadErrorKind.Encrypted => "Tài liệu được đặt mật khẩu (mã hóa); hãy lưu lại không có mật khẩu.",
        WordReadErrorKind.MissingMainPart => "Gói Word thiếu phần nội dung chính (word/document.xml).",
        _ => "Tệp nén hoặc XML bên trong tài liệu bị hỏng.",
    };

    /// <summary>Returns <c>code: message</c>.</summary>
    public override string ToString() => Code + ": " + Message;
}
