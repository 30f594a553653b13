using System;
using System.IO;
using System.Text;
using OneOf;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Decides what a plan file holds from its bytes, not its extension, and decodes its text: a Word package, a plan
/// document in JSON, or plan text in UTF-8, UTF-16 (with a byte-order mark), Windows-1258 or TCVN3. Anything else —
/// an empty file, binary data, text in an unknown encoding — is refused with a typed error, never read as a plan.
/// </summary>
/// <remarks>
/// <para>Decision order: a ZIP or OLE compound file signature is <see cref="PlanFileKind.Word"/> (the Word reader then
/// accepts it or says why not); a byte-order mark fixes the encoding (invalid bytes under it are refused); without one,
/// a NUL byte means binary, strict UTF-8 is tried, then the legacy Vietnamese encodings. Decoded text with control
/// characters no text file holds (more than one in 200 characters) is binary. Text whose first character other than
/// whitespace is <c>{</c> is <see cref="PlanFileKind.Json"/>; other text is <see cref="PlanFileKind.Text"/>.</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class PlanFileReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Reads a plan file from its bytes.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <returns>The kind and text, or why the file is refused.</returns>
    public static OneOf<PlanFileContent, PlanFileError> Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Empty();
        }
        if (bytes.StartsWith(ZipSignature) || bytes.StartsWith(CompoundFileSignature))
        {
            return new PlanFileContent { Kind = PlanFileKind.Word };
        }
        string? text;
        string encoding;
        if (bytes.StartsWith(Utf8Bom))
        {
            (text, encoding) = (Decode(StrictUtf8, bytes[3..]), "UTF-8");
        }
        else if (bytes.StartsWith(Utf16LeBom))
        {
            (text, encoding) = (Decode(StrictUtf16Le, bytes[2..]), "UTF-16LE");
        }
        else if (bytes.StartsWith(Utf16BeBom))
        {
            (text, encoding) = (Decode(StrictUtf16Be, bytes[2..]), "UTF-16BE");
        }
        else if (bytes.IndexOf((byte)0) >= 0)
        {
            return Binary();
        }
        else if (Decode(StrictUtf8, bytes) is { } utf8)
        {
            (text, encoding) = (utf8, "UTF-8");
        }
        else if (CountControls(bytes) * 200 > bytes.Length)
        {
            return Binary();
        }
        else if (VietnameseLegacyEncoding.Detect(bytes) is { } legacy)
        {
            (text, encoding) = legacy;
        }
        else
        {
            return new PlanFileError(PlanFileErrorKind.UnknownEncoding,
                "The file is not UTF-8 text, nor Windows-1258 or TCVN3 (ABC) Vietnamese text; save it as UTF-8.",
                "Tệp không phải văn bản UTF-8, cũng không phải văn bản tiếng Việt mã Windows-1258 hay TCVN3 (ABC); hãy lưu tệp ở dạng UTF-8.");
        }
        if (text is null)
        {
            return new PlanFileError(PlanFileErrorKind.UnknownEncoding,
                $"The file starts with a {encoding} byte-order mark but holds bytes that are not {encoding}.",
                $"Tệp bắt đầu bằng dấu thứ tự byte {encoding} nhưng có byte không hợp lệ trong {encoding}.");
        }
        if (CountControls(text) * 200 > text.Length || text.Contains('\0', StringComparison.Ordinal))
        {
            return Binary();
        }
        var first = text.AsSpan().TrimStart();
        if (first.IsEmpty)
        {
            return Empty();
        }
        return new PlanFileContent { Kind = first[0] == '{' ? PlanFileKind.Json : PlanFileKind.Text, Text = text, Encoding = encoding };
    }

    /// <summary>Reads a plan file from disk.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The kind and text, or why the file is refused.</returns>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission to read the file is denied.</exception>
    public static OneOf<PlanFileContent, PlanFileError> Read(string path) => Read(File.ReadAllBytes(path));

    private static string? Decode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // C0 controls other than tab, line feed, vertical tab, form feed, carriage return and the DOS end-of-file mark,
    // DEL and (in decoded text) the C1 controls.
    private static bool IsControl(int c) =>
        c is (< 0x20 and not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1A)) or (>= 0x7F and <= 0x9F);

    private static int CountControls(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            count += b < 0x80 && IsControl(b) ? 1 : 0;
        }
        return count;
    }

    private static int CountControls(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += IsControl(c) ? 1 : 0;
        }
        return count;
    }

    private static PlanFileError Empty() => new(PlanFileErrorKind.Empty,
        "The file is empty: it holds no plan.", "Tệp rỗng: không có kế hoạch nào.");

    private static PlanFileError Binary() => new(PlanFileErrorKind.Binary,
        "The file is binary data, not plan text, a .docx document or a plan document in JSON.",
        "Tệp là dữ liệu nhị phân, không phải văn bản kế hoạch, tài liệu .docx hay kế hoạch dạng JSON.");
}
