using System;
using System.IO;
using OneOf;
using VnChildProtection.Documents.Text;

namespace VnChildProtection.Documents.Word;

/// <summary>
/// Imports a plan (<i>Kế hoạch</i>) from a Word document: <see cref="WordDocumentReader"/> turns the <c>.docx</c> into text,
/// <see cref="PlanTextImporter"/> reads the plan from it.
/// </summary>
/// <remarks>
/// <para>A file that is not a readable Word document gives a <see cref="WordReadError"/>; what the text importer cannot
/// read becomes import diagnostics, as for text files.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PlanWordImporter
{
    /// <summary>Creates an importer.</summary>
    /// <param name="reader">The Word reader; <see cref="WordDocumentReader.Default"/> when null.</param>
    /// <param name="textImporter">The text importer; one with default options when null.</param>
    public PlanWordImporter(WordDocumentReader? reader = null, PlanTextImporter? textImporter = null)
    {
        Reader = reader ?? WordDocumentReader.Default;
        TextImporter = textImporter ?? new PlanTextImporter();
    }

    /// <summary>The Word reader.</summary>
    public WordDocumentReader Reader { get; }

    /// <summary>The text importer.</summary>
    public PlanTextImporter TextImporter { get; }

    /// <summary>Imports the <c>.docx</c> file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The import, or why the file could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public OneOf<WordPlanImportResult, WordReadError> Import(string path) => Import(Reader.Read(path));

    /// <summary>Imports a <c>.docx</c> document from <paramref name="stream"/>.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <returns>The import, or why the document could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public OneOf<WordPlanImportResult, WordReadError> Import(Stream stream) => Import(Reader.Read(stream));

    private OneOf<WordPlanImportResult, WordReadError> Import(OneOf<WordText, WordReadError> read) =>
        read.Match<OneOf<WordPlanImportResult, WordReadError>>(
            word => new WordPlanImportResult { Word = word, Import = TextImporter.Import(word.Text) },
            error => error);
}
