namespace VnChildProtection.Documents.Word;

/// <summary>Why a file could not be read as a Word document.</summary>
public enum WordReadErrorKind
{
    /// <summary>The file could not be opened at all (missing, no permission, I/O failure).</summary>
    Unreadable,

    /// <summary>The bytes are not a ZIP archive, so not an Office Open XML (.docx) file: plain text, PDF, an image…</summary>
    NotZip,

    /// <summary>
    /// A ZIP archive or an OLE compound file that is not a Word document: a spreadsheet, a presentation, a plain ZIP, or
    /// a Word 97–2003 <c>.doc</c> (which has to be saved as <c>.docx</c> first).
    /// </summary>
    NotWordDocument,

    /// <summary>A password-protected (encrypted) Office document: an OLE compound file holding <c>EncryptionInfo</c>.</summary>
    Encrypted,

    /// <summary>A Word package without its main document part (<c>word/document.xml</c>) or without a body.</summary>
    MissingMainPart,

    /// <summary>A damaged archive or malformed XML inside the package.</summary>
    Corrupt,
}
