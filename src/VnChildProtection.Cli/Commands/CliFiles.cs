using System;
using System.Globalization;
using System.IO;
using System.Text;
using OneOf;
using VnChildProtection.Documents.Text;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// What every command does with the files it is given: read them as the same plan file kinds, word failures the same
/// way, recognise one file named twice, and never print raw bytes of an input to the terminal.
/// </summary>
internal static class CliFiles
{
    /// <summary>Why a file could not be opened, in the words every command uses: no such file, access denied, I/O error.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "access denied",
        _ => "I/O error",
    };

    /// <summary>
    /// Reads a plan file and decides its kind by content (<see cref="PlanFileReader"/>); a <c>.docx</c> or <c>.json</c>
    /// name is a claim the content must then meet (a text file named <c>.docx</c> is refused by the Word reader, a
    /// text named <c>.json</c> by the JSON reader), other names claim nothing. The I/O failure is its description.
    /// </summary>
    public static OneOf<(PlanFileContent Content, byte[] Bytes), PlanFileError, string> ReadPlan(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Describe(e);
        }
        var extension = Path.GetExtension(path);
        if (string.Equals(extension, ".docx", StringComparison.OrdinalIgnoreCase))
        {
            return (new PlanFileContent { Kind = PlanFileKind.Word }, bytes);
        }
        var json = string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase);
        return PlanFileReader.Read(bytes).Match<OneOf<(PlanFileContent, byte[]), PlanFileError, string>>(
            content => (json && content.Kind == PlanFileKind.Text ? content with { Kind = PlanFileKind.Json } : content, bytes),
            error => error);
    }

    /// <summary>
    /// The file a path names, for recognising one file given twice: the full path with symbolic links resolved (the
    /// path itself when that fails).
    /// </summary>
    public static string Identity(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            var resolved = target?.FullName ?? full;
            // A folder on the way may be a link too.
            var folder = Path.GetDirectoryName(resolved);
            if (folder is not null && new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true) is { } real)
            {
                resolved = Path.Combine(real.FullName, Path.GetFileName(resolved));
            }
            return resolved;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }

    /// <summary>
    /// Text from an input made safe for one line of a terminal: control characters, invalid UTF-16, the replacement
    /// character of undecodable bytes and bidirectional overrides are written as <c>\uXXXX</c>.
    /// </summary>
    public static string Printable(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var surrogateOk = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            var unsafeChar = !surrogateOk || char.IsControl(c) || c is '\uFFFD' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
            if (unsafeChar)
            {
                builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }
        return builder?.ToString() ?? text;
    }
}
