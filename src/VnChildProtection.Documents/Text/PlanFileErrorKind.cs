namespace VnChildProtection.Documents.Text;

/// <summary>Why a file is not a plan file that can be read.</summary>
public enum PlanFileErrorKind
{
    /// <summary>The file is empty or holds only whitespace.</summary>
    Empty,

    /// <summary>The bytes are not text: NUL bytes or control characters that no text file holds (an image, an
    /// executable, random data, a format other than .docx).</summary>
    Binary,

    /// <summary>Text that is neither UTF-8 (or UTF-16 with a byte-order mark) nor a legacy Vietnamese encoding this
    /// library recognises (Windows-1258, TCVN3).</summary>
    UnknownEncoding,
}
