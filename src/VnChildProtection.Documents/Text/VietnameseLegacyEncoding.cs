using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// The two 8-bit encodings Vietnamese documents were written in before Unicode: Windows-1258 (the Windows code page,
/// base letters followed by combining tone marks) and TCVN3, the "ABC" font encoding of TCVN 5712:1993 (.VnTime fonts,
/// precomposed letters in the upper half). Both are read here and told apart by which one yields Vietnamese words.
/// </summary>
/// <remarks>
/// <para>TCVN3 bytes 0x80–0xFF are mapped as the TCVN 5712:1993 table of GNU libiconv (<c>lib/tcvn.h</c>,
/// <c>tcvn_2uni_2</c>; read at github.com/koron/libiconv, commit e98ae72e3667060f974d0d7b6cfcd88bdd0c0985). Bytes 0x00–0x7F
/// are ASCII: the control positions that the full VN1 set fills with capitals are not used by the ABC fonts, whose
/// capitals are a separate font (.VnTimeH) over the lower-case positions and cannot be recovered from plain text.</para>
/// <para>Windows-1258 comes from <see cref="CodePagesEncodingProvider"/>, part of the .NET runtime (net8.0 and later).</para>
/// </remarks>
internal static class VietnameseLegacyEncoding
{
    /// <summary>TCVN3 byte 0x80 + i → Unicode.</summary>
    private static readonly char[] Tcvn3High =
    [
        '\u00C0', '\u1EA2', '\u00C3', '\u00C1', '\u1EA0', '\u1EB6', '\u1EAC', '\u00C8', '\u1EBA', '\u1EBC', '\u00C9', '\u1EB8', '\u1EC6', '\u00CC', '\u1EC8', '\u0128',
        '\u00CD', '\u1ECA', '\u00D2', '\u1ECE', '\u00D5', '\u00D3', '\u1ECC', '\u1ED8', '\u1EDC', '\u1EDE', '\u1EE0', '\u1EDA', '\u1EE2', '\u00D9', '\u1EE6', '\u0168',
        '\u00A0', '\u0102', '\u00C2', '\u00CA', '\u00D4', '\u01A0', '\u01AF', '\u0110', '\u0103', '\u00E2', '\u00EA', '\u00F4', '\u01A1', '\u01B0', '\u0111', '\u1EB0',
        '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', '\u00E0', '\u1EA3', '\u00E3', '\u00E1', '\u1EA1', '\u1EB2', '\u1EB1', '\u1EB3', '\u1EB5', '\u1EAF', '\u1EB4',
        '\u1EAE', '\u1EA6', '\u1EA8', '\u1EAA', '\u1EA4', '\u1EC0', '\u1EB7', '\u1EA7', '\u1EA9', '\u1EAB', '\u1EA5', '\u1EAD', '\u00E8', '\u1EC2', '\u1EBB', '\u1EBD',
        '\u00E9', '\u1EB9', '\u1EC1', '\u1EC3', '\u1EC5', '\u1EBF', '\u1EC7', '\u00EC', '\u1EC9', '\u1EC4', '\u1EBE', '\u1ED2', '\u0129', '\u00ED', '\u1ECB', '\u00F2',
        '\u1ED4', '\u1ECF', '\u00F5', '\u00F3', '\u1ECD', '\u1ED3', '\u1ED5', '\u1ED7', '\u1ED1', '\u1ED9', '\u1EDD', '\u1EDF', '\u1EE1', '\u1EDB', '\u1EE3', '\u00F9',
        '\u1ED6', '\u1EE7', '\u0169', '\u00FA', '\u1EE5', '\u1EEB', '\u1EED', '\u1EEF', '\u1EE9', '\u1EF1', '\u1EF3', '\u1EF7', '\u1EF9', '\u00FD', '\u1EF5', '\u1ED0',
    ];

    private const string Vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    private const string Tones = "\u0300\u0301\u0303\u0309\u0323";

    // Every Vietnamese letter with a diacritic, to whether it carries a tone mark.
    private static readonly FrozenDictionary<char, bool> Letters = BuildLetters();

    /// <summary>The name of <see cref="Tcvn3"/> as <see cref="PlanFileContent.Encoding"/> reports it.</summary>
    public const string Tcvn3Name = "TCVN3";

    /// <summary>The name of Windows-1258 as <see cref="PlanFileContent.Encoding"/> reports it.</summary>
    public const string Windows1258Name = "Windows-1258";

    /// <summary>Decodes TCVN3 bytes (never fails: every byte has a character).</summary>
    public static string Tcvn3(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : Tcvn3High[bytes[i] - 0x80];
        }
        return new string(chars);
    }

    /// <summary>Decodes Windows-1258 bytes; null when a byte is not defined in the code page.</summary>
    public static string? Windows1258(ReadOnlySpan<byte> bytes)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (encoding is null)
        {
            return null;
        }
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Decodes bytes that are not UTF-8 as whichever legacy encoding reads as Vietnamese: at least nine in ten of the
    /// words with non-ASCII letters must be Vietnamese syllables (one tone mark at most, no stray marks) and the rest
    /// few; the encoding with the better count wins. Null when neither does.
    /// </summary>
    public static (string Text, string Encoding)? Detect(ReadOnlySpan<byte> bytes)
    {
        (string Text, string Encoding)? best = null;
        var bestScore = 0;
        foreach (var (text, name) in new[] { (Windows1258(bytes), Windows1258Name), (Tcvn3(bytes), Tcvn3Name) })
        {
            if (text is null)
            {
                continue;
            }
            var (good, bad) = Score(VietnameseText.ToNfc(text));
            if (good > 0 && bad * 10 <= good && good - bad > bestScore)
            {
                best = (text, name);
                bestScore = good - bad;
            }
        }
        return best;
    }

    // Counts words with a non-ASCII letter that are Vietnamese syllables (good) and those that are not, plus non-ASCII
    // symbols outside words and outside general punctuation (bad).
    private static (int Good, int Bad) Score(string text)
    {
        int good = 0, bad = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                if (c > 0x7F && !char.IsWhiteSpace(c) && c is not (>= '\u2000' and <= '\u206F'))
                {
                    bad++;
                }
                i++;
                continue;
            }
            var start = i;
            int tones = 0, foreign = 0, special = 0;
            while (i < text.Length && IsWordChar(text[i]))
            {
                var w = text[i];
                if (w > 0x7F)
                {
                    special++;
                    if (Letters.TryGetValue(w, out var toned))
                    {
                        tones += toned ? 1 : 0;
                    }
                    else
                    {
                        foreign++;
                    }
                }
                i++;
            }
            if (special == 0 || i == start)
            {
                continue;
            }
            if (foreign == 0 && tones <= 1)
            {
                good++;
            }
            else
            {
                bad++;
            }
        }
        return (good, bad);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static FrozenDictionary<char, bool> BuildLetters()
    {
        var letters = new Dictionary<char, bool> { ['đ'] = false, ['Đ'] = false };
        foreach (var vowel in Vowels)
        {
            if (vowel > 0x7F)
            {
                letters[vowel] = false;
            }
            foreach (var tone in Tones)
            {
                var toned = VietnameseText.ToNfc(vowel.ToString() + tone);
                if (toned.Length == 1)
                {
                    letters[toned[0]] = true;
                }
            }
        }
        return letters.ToFrozenDictionary();
    }
}
