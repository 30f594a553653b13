using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OneOf;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Word;

/// <summary>
/// Reads a Word document (<c>.docx</c>, Office Open XML WordprocessingML) into plain text for
/// <see cref="Text.PlanTextImporter"/>: paragraphs, computed list numbers, tables, footnotes; see <see cref="WordText"/>
/// for the layout.
/// </summary>
/// <remarks>
/// <para>
/// Bad input is a value, never an exception: <see cref="Read(Stream)"/> returns a <see cref="WordReadError"/> for files
/// that are not ZIP archives, not Word documents, encrypted, without a main part or damaged.
/// </para>
/// <para>
/// Not read: deleted revisions and hidden text (they are not shown), text boxes, headers and footers, comments,
/// endnotes, images. Tracked insertions are read as shown.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WordDocumentReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptionInfoName = Encoding.Unicode.GetBytes("EncryptionInfo");

    /// <summary>The reader with the default settings.</summary>
    public static WordDocumentReader Default { get; } = new();

    /// <summary>Creates a reader.</summary>
    /// <param name="maxCharactersInPart">The largest XML part read, in characters; a bigger part (a ZIP bomb, or not a
    /// plan) is reported as <see cref="WordReadErrorKind.Corrupt"/>. Real plans have main parts of a few million.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCharactersInPart"/> is not positive.</exception>
    public WordDocumentReader(long maxCharactersInPart = 200_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCharactersInPart);
        MaxCharactersInPart = maxCharactersInPart;
    }

    /// <summary>The largest XML part read, in characters.</summary>
    public long MaxCharactersInPart { get; }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The path of a <c>.docx</c> file.</param>
    /// <returns>The text, or why it could not be read (<see cref="WordReadErrorKind.Unreadable"/> when the file cannot be opened).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public OneOf<WordText, WordReadError> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new WordReadError(WordReadErrorKind.Unreadable, $"The file cannot be opened ({e.GetType().Name}).");
        }
        return Read(bytes);
    }

    /// <summary>Reads a document from <paramref name="stream"/> (read to its end; it need not be seekable).</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <returns>The text, or why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public OneOf<WordText, WordReadError> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        try
        {
            stream.CopyTo(copy);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            return new WordReadError(WordReadErrorKind.Unreadable, $"The stream cannot be read ({e.GetType().Name}).");
        }
        return Read(copy.ToArray());
    }

    /// <summary>Reads a document from its bytes.</summary>
    /// <param name="bytes">The content of a <c>.docx</c> file.</param>
    /// <returns>The text, or why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    public OneOf<WordText, WordReadError> Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            return bytes.AsSpan().IndexOf(EncryptionInfoName) >= 0
                ? new WordReadError(WordReadErrorKind.Encrypted, "The document is password-protected (encrypted); save it without a password first.")
                : new WordReadError(WordReadErrorKind.NotWordDocument, "The file is an OLE compound file (e.g. a Word 97–2003 .doc), not a .docx; save it as .docx first.");
        }
        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            return new WordReadError(WordReadErrorKind.NotZip, "The file is not a ZIP archive, so not a .docx document.");
        }
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            if (CheckPackage(memory) is { } notWord)
            {
                return notWord;
            }
            using var document = WordprocessingDocument.Open(memory, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (document.MainDocumentPart is not { } main || main.Document?.Body is not { } body)
            {
                return new WordReadError(WordReadErrorKind.MissingMainPart, "The package has no Word main document part with a body.");
            }
            return new WordTextBuilder(main).Build(body);
        }
        catch (OpenXmlPackageException)
        {
            return new WordReadError(WordReadErrorKind.NotWordDocument, "The ZIP archive is not a Word document package.");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or InvalidOperationException
            or NotSupportedException or ArgumentException or FormatException or UriFormatException or InvalidCastException)
        {
            return new WordReadError(WordReadErrorKind.Corrupt, $"The document is damaged ({e.GetType().Name}).");
        }
    }

    // Every Office Open XML package has a [Content_Types].xml entry (the SDK opens a plain ZIP as an empty package), and
    // a spreadsheet or presentation declares its own main content type there.
    private static WordReadError? CheckPackage(MemoryStream memory)
    {
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.GetEntry("[Content_Types].xml") is not { } entry)
            {
                return new WordReadError(WordReadErrorKind.NotWordDocument, "The ZIP archive is not an Office Open XML package (no [Content_Types].xml).");
            }
            using var reader = new StreamReader(entry.Open());
            var buffer = new char[1 << 20];
            var types = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
            var word = types.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) || types.Contains("ms-word", StringComparison.OrdinalIgnoreCase);
            if (!word && (types.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) || types.Contains("presentationml", StringComparison.OrdinalIgnoreCase)
                || types.Contains("ms-excel", StringComparison.OrdinalIgnoreCase) || types.Contains("ms-powerpoint", StringComparison.OrdinalIgnoreCase)))
            {
                return new WordReadError(WordReadErrorKind.NotWordDocument, "The package is a spreadsheet or a presentation, not a Word document.");
            }
        }
        memory.Position = 0;
        return null;
    }

    /// <summary>Writes one document's text: body blocks, then the footnotes referenced from it.</summary>
    private sealed class WordTextBuilder(MainDocumentPart main)
    {
        private readonly StringBuilder text = new();
        private readonly List<WordParagraph> paragraphs = [];
        private readonly WordNumbering numbering = new(main);
        private readonly Dictionary<long, int> footnoteNumbers = [];
        private readonly Dictionary<Paragraph, int> bodyIndexes = new(ReferenceEqualityComparer.Instance);
        private readonly Styles? styles = main.StyleDefinitionsPart?.Styles;

        public WordText Build(Body body)
        {
            var index = 0;
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                bodyIndexes[paragraph] = index++;
            }
            WriteBlocks(body.ChildElements);
            WriteFootnotes();
            return new WordText(text.ToString(), paragraphs.ToValueList());
        }

        // Real documents nest content controls and tables a few levels deep; a crafted file could nest them thousands
        // deep and overflow the stack, which no catch can handle.
        private const int MaxDepth = 64;

        private void WriteBlocks(IEnumerable<OpenXmlElement> blocks, int depth = 0)
        {
            if (depth > MaxDepth)
            {
                return;
            }
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        var content = ParagraphText(paragraph);
                        WriteBlock(content, bodyIndexes[paragraph], null);
                        break;
                    case Table table when WordTables.HasVisibleBorders(table, styles):
                        WriteDataTable(table);
                        break;
                    case Table table:
                        // A borderless table lays out blocks side by side (issuer | motto, recipients | signature): read cell
                        // by cell, as web copies of plans show them.
                        WriteBlocks(table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).SelectMany(c => c.ChildElements), depth + 1);
                        break;
                    case SdtBlock or CustomXmlBlock or SdtContentBlock or SdtCell or SdtContentCell or SdtRow or SdtContentRow
                        or TableRow or TableCell:
                        WriteBlocks(block.ChildElements, depth + 1);
                        break;
                }
            }
        }

        private void WriteDataTable(Table table)
        {
            var rows = table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table).ToList();
            var wroteRow = false;
            foreach (var row in rows)
            {
                var cells = row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row).ToList();
                var pieces = cells.Select(c => c.Descendants<Paragraph>()
                    .Select(p => (Paragraph: p, Text: Flatten(ParagraphText(p))))
                    .Where(p => p.Text.Length > 0).ToList()).ToList();
                if (pieces.All(p => p.Count == 0))
                {
                    continue;
                }
                text.Append(wroteRow ? "\n" : text.Length > 0 ? "\n\n" : "");
                wroteRow = true;
                for (var c = 0; c < pieces.Count; c++)
                {
                    if (c > 0)
                    {
                        text.Append(" | ");
                    }
                    for (var p = 0; p < pieces[c].Count; p++)
                    {
                        if (p > 0)
                        {
                            text.Append(' ');
                        }
                        paragraphs.Add(new WordParagraph(bodyIndexes[pieces[c][p].Paragraph], text.Length, pieces[c][p].Text.Length, null));
                        text.Append(pieces[c][p].Text);
                    }
                }
            }
        }

        // In one table row a line break or tab would split the row: cells keep their words on one line.
        private static string Flatten(string cell) => string.Join(' ', cell.Split(['\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        private void WriteFootnotes()
        {
            var footnotes = main.FootnotesPart?.Footnotes;
            if (footnotes is null || footnoteNumbers.Count == 0)
            {
                return;
            }
            var indexes = new Dictionary<Paragraph, int>(ReferenceEqualityComparer.Instance);
            foreach (var paragraph in footnotes.Descendants<Paragraph>())
            {
                indexes[paragraph] = indexes.Count;
            }
            foreach (var (id, number) in footnoteNumbers.OrderBy(f => f.Value))
            {
                var footnote = footnotes.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == id);
                var first = true;
                foreach (var paragraph in footnote?.Elements<Paragraph>() ?? [])
                {
                    var content = ParagraphText(paragraph);
                    if (first)
                    {
                        // Word puts a space after the footnote mark; the [n] prefix brings its own.
                        content = $"[{number}] {content.TrimStart()}";
                        first = false;
                    }
                    WriteBlock(content, indexes[paragraph], number);
                }
            }
        }

        private void WriteBlock(string content, int index, int? footnote)
        {
            if (content.Length == 0)
            {
                return;
            }
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            paragraphs.Add(new WordParagraph(index, text.Length, content.Length, footnote));
            text.Append(content);
        }

        // The paragraph's shown text with its list number, NFC, without leading or trailing blank lines; empty when it
        // shows nothing but whitespace.
        private string ParagraphText(Paragraph paragraph)
        {
            var builder = new StringBuilder();
            WriteInline(paragraph.ChildElements, builder, 0);
            var content = builder.ToString().Trim('\n', '\r');
            var label = numbering.Next(paragraph);
            if (string.IsNullOrWhiteSpace(content) && label.Length == 0)
            {
                return "";
            }
            return VietnameseText.ToNfc((label + content).TrimEnd(' '));
        }

        private void WriteInline(IEnumerable<OpenXmlElement> elements, StringBuilder builder, int depth)
        {
            if (depth > MaxDepth)
            {
                return;
            }
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Run run when !IsHidden(run.RunProperties):
                        WriteRun(run, builder);
                        break;
                    case Run:
                    case DeletedRun or MoveFromRun or ParagraphProperties:
                        break;
                    case Hyperlink or SimpleField or InsertedRun or MoveToRun or SdtRun or SdtContentRun
                        or CustomXmlRun or DocumentFormat.OpenXml.Math.Paragraph or DocumentFormat.OpenXml.Math.OfficeMath:
                        WriteInline(element.ChildElements, builder, depth + 1);
                        break;
                }
            }
        }

        private void WriteRun(Run run, StringBuilder builder)
        {
            foreach (var item in run.ChildElements)
            {
                switch (item)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text value:
                        builder.Append(value.Text);
                        break;
                    case TabChar or PositionalTab:
                        builder.Append('\t');
                        break;
                    case Break br when br.Type is null || br.Type.InnerText == "textWrapping":
                    case CarriageReturn:
                        builder.Append('\n');
                        break;
                    case NoBreakHyphen:
                        builder.Append('-');
                        break;
                    case FootnoteReference reference when reference.Id?.Value is { } id:
                        if (!footnoteNumbers.TryGetValue(id, out var number))
                        {
                            number = footnoteNumbers.Count + 1;
                            footnoteNumbers[id] = number;
                        }
                        builder.Append('[').Append(number).Append(']');
                        break;
                }
            }
        }

        private static bool IsHidden(RunProperties? properties) =>
            properties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);
    }
}
