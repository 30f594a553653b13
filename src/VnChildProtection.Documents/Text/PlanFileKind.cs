namespace VnChildProtection.Documents.Text;

/// <summary>What a plan file holds, decided by its content (<see cref="PlanFileReader"/>), not by its extension.</summary>
public enum PlanFileKind
{
    /// <summary>Plan text (plain text or Markdown), read by <see cref="PlanTextImporter"/>.</summary>
    Text,

    /// <summary>A Word document (an Office Open XML package, a ZIP holding <c>word/document.xml</c>) or an OLE compound
    /// file (a Word 97–2003 <c>.doc</c>, an encrypted document), left to the Word reader to read or refuse.</summary>
    Word,

    /// <summary>A plan document in JSON (the first character after an optional BOM and whitespace is <c>{</c>), read by
    /// <c>PlanJson</c>.</summary>
    Json,
}
