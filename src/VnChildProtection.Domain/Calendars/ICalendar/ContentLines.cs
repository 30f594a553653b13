using System.Text;

namespace VnChildProtection.Domain.Calendars.ICalendar;

/// <summary>The text rules of RFC 5545 §3.1 and §3.3.11: TEXT escaping, and folding content lines at 75 octets.</summary>
internal static class ContentLines
{
    /// <summary>The longest physical line, in UTF-8 octets, not counting the CRLF (RFC 5545 §3.1).</summary>
    internal const int MaxOctets = 75;

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks (§3.3.11); drops other control
    /// characters, which TEXT does not allow (tab is kept).</summary>
    internal static string EscapeText(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case ';':
                    text.Append(@"\;");
                    break;
                case ',':
                    text.Append(@"\,");
                    break;
                case '\r':
                    // CRLF and a lone CR are one line break.
                    text.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                default:
                    if (!char.IsControl(c) || c == '\t')
                    {
                        text.Append(c);
                    }
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>Appends one content line, folded so that no physical line exceeds 75 octets (a continuation line's
    /// leading space included), never inside a UTF-8 sequence or a surrogate pair, each line ended by CRLF.</summary>
    internal static void AppendFolded(StringBuilder output, string line)
    {
        int octets = 0;
        for (int i = 0; i < line.Length;)
        {
            int length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
            int size = length == 2 ? 4 : Utf8Length(line[i]);
            if (octets + size > MaxOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }
            output.Append(line, i, length);
            octets += size;
            i += length;
        }
        output.Append("\r\n");
    }

    // A lone surrogate is written by UTF-8 encoders as U+FFFD, three octets.
    private static int Utf8Length(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
}
