namespace VnChildProtection.Documents.Text;

/// <summary>A plan file as <see cref="PlanFileReader"/> found it: its kind and, for text and JSON, its text in Unicode.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlanFileContent
{
    /// <summary>What the file holds.</summary>
    public required PlanFileKind Kind { get; init; }

    /// <summary>The file's text decoded to Unicode (byte-order mark removed, legacy encodings converted, not otherwise
    /// normalised); null for <see cref="PlanFileKind.Word"/>, whose bytes go to the Word reader.</summary>
    public string? Text { get; init; }

    /// <summary>The encoding the text was read in: <c>UTF-8</c>, <c>UTF-16LE</c>, <c>UTF-16BE</c>, <c>Windows-1258</c>
    /// or <c>TCVN3</c>; null for <see cref="PlanFileKind.Word"/>.</summary>
    public string? Encoding { get; init; }
}
