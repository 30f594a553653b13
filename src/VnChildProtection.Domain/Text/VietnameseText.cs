using System;
using System.Globalization;
using System.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Text;

/// <summary>
/// Normalisation of Vietnamese text as it arrives from real documents: Unicode NFC, whitespace and dash
/// variants, old/new tone placement, and an accent-insensitive key for matching.
/// </summary>
/// <remarks>
/// <para>Every parser and resolver in this library passes its input through <see cref="Normalize"/>
/// first, so NFD input (common in files from macOS and some web pages) behaves exactly like NFC.</para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class VietnameseText
{
    private const char ToneGrave = '\u0300';
    private const char ToneAcute = '\u0301';
    private const char ToneTilde = '\u0303';
    private const char ToneHook = '\u0309';
    private const char ToneDotBelow = '\u0323';

    /// <summary>
    /// Normalises text for storage and display: Unicode NFC, non-breaking and other Unicode spaces to a
    /// plain space, runs of whitespace collapsed to one space, leading and trailing space removed.
    /// Diacritics and tone placement are kept as written.
    /// </summary>
    /// <param name="text">The text to normalise.</param>
    /// <returns>The normalised text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Normalize(string text)
    {
        Preconditions.CheckNotNull(text);
        var nfc = ToForm(text, NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Returns true for the dash and hyphen variants seen in documents: <c>- ‐ ‑ ‒ – — ― −</c>.</summary>
    /// <param name="c">The character to test.</param>
    /// <returns>Whether <paramref name="c"/> is a dash.</returns>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u00AD';

    /// <summary>Replaces every dash variant (see <see cref="IsDash"/>) with an ASCII hyphen-minus.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with ASCII hyphens only.</returns>
    public static string NormalizeDashes(string text)
    {
        Preconditions.CheckNotNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsDash(chars[i]))
            {
                chars[i] = '-';
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// Moves tone marks in open <c>oa</c>, <c>oe</c>, <c>uy</c> syllables to the given style
    /// (<c>hoà</c> ↔ <c>hòa</c>, <c>thuỷ</c> ↔ <c>thủy</c>), leaving every other syllable unchanged.
    /// The result is in NFC.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The placement to produce.</param>
    /// <returns>The text with consistent tone placement.</returns>
    public static string NormalizeTonePlacement(string text, ToneMarkStyle style = ToneMarkStyle.Old)
    {
        Preconditions.CheckNotNull(text);
        var decomposed = ToForm(text, NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var start = 0;
        while (start < decomposed.Length)
        {
            var end = start;
            while (end < decomposed.Length && IsWordChar(decomposed[end]))
            {
                end++;
            }
            if (end > start)
            {
                AppendSyllable(output, decomposed.AsSpan(start, end - start), style);
                start = end;
            }
            else
            {
                output.Append(decomposed[start]);
                start++;
            }
        }
        return ToForm(output.ToString(), NormalizationForm.FormC);
    }

    /// <summary>
    /// Produces an accent-, case- and punctuation-insensitive key for matching: diacritics removed,
    /// <c>đ</c> folded to <c>d</c>, lower case, every run of non-alphanumeric characters one space.
    /// <c>"Sở Lao động-Thương binh và Xã hội"</c> and <c>"so lao dong thuong binh va xa hoi"</c> share a key.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The matching key.</returns>
    public static string ToMatchKey(string text)
    {
        Preconditions.CheckNotNull(text);
        var decomposed = ToForm(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var c = raw switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }
                builder.Append(c);
            }
            else
            {
                pendingSpace = builder.Length > 0;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Produces an ASCII, lower-case, hyphen-separated identifier from Vietnamese text:
    /// <c>"Bà Rịa - Vũng Tàu"</c> → <c>"ba-ria-vung-tau"</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The slug.</returns>
    public static string ToSlug(string text) => ToMatchKey(text).Replace(' ', '-');

    /// <summary>
    /// Removes diacritics but keeps case and punctuation: <c>"NĐ-CP"</c> → <c>"ND-CP"</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without diacritics.</returns>
    public static string RemoveDiacritics(string text)
    {
        Preconditions.CheckNotNull(text);
        var decomposed = ToForm(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return ToForm(builder.ToString(), NormalizationForm.FormC);
    }

    /// <summary>
    /// Lower case without diacritics (<c>đ</c> → <c>d</c>), one character for each character of <paramref name="text"/>,
    /// so that an offset found in the folded copy is an offset in the text. Expects NFC text (a combining mark of NFD
    /// text stays as it is).
    /// </summary>
    internal static string FoldKeepingLength(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c < FoldTableSize ? FoldTable[c] : char.ToLowerInvariant(c);
        }
        return new string(chars);
    }

    // Every letter below U+2000 (the Latin, Greek and Cyrillic blocks, Vietnamese included) folded once.
    private const int FoldTableSize = 0x2000;

    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[FoldTableSize];
        for (var c = 0; c < FoldTableSize; c++)
        {
            var ch = (char)c;
            var folded = ch is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(ch);
            if (char.IsLetter(ch) && c >= 0x80)
            {
                var decomposed = ToForm(ch.ToString(), NormalizationForm.FormD);
                folded = decomposed[0] is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(decomposed[0]);
            }
            table[c] = folded;
        }
        return table;
    }

    /// <summary>
    /// Replaces what Unicode normalisation rejects — unpaired surrogates and the non-characters U+FFFE and U+FFFF — with
    /// U+FFFD, the replacement character, so that damaged input is kept (visibly) rather than rejected.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, well-formed for normalisation; the same instance when nothing needed replacing.</returns>
    public static string ReplaceInvalidCharacters(string text)
    {
        Preconditions.CheckNotNull(text);
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : c is not ('\uFFFE' or '\uFFFF');
            if (!valid)
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }
        return copy is null ? text : new string(copy);
    }

    /// <summary>
    /// Unicode NFC of <paramref name="text"/> and nothing else (offsets stay valid for NFC input; whitespace is kept),
    /// the same whatever the runtime's globalization mode: with <c>InvariantGlobalization</c> the runtime's own
    /// <see cref="string.Normalize(NormalizationForm)"/> changes nothing, so the Latin letters and diacritics are then
    /// composed from the Unicode tables built into this library.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in NFC, with <see cref="ReplaceInvalidCharacters"/> applied first; never throws for any string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToNfc(string text) => ToForm(Preconditions.CheckNotNull(text), NormalizationForm.FormC);

    // Normalisation that cannot throw (invalid characters are replaced first) and does not depend on ICU.
    private static string ToForm(string text, NormalizationForm form) => LatinNormalization.ToForm(ReplaceInvalidCharacters(text), form);

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsTone(char c) => c is ToneGrave or ToneAcute or ToneTilde or ToneHook or ToneDotBelow;

    // A decomposed syllable: base letters each followed by their combining marks. Only open syllables
    // ending in oa / oe / uy (not qu-y) have two accepted placements, so only those are rewritten.
    private static void AppendSyllable(StringBuilder output, ReadOnlySpan<char> syllable, ToneMarkStyle style)
    {
        var tone = '\0';
        var withoutTone = new StringBuilder(syllable.Length);
        foreach (var c in syllable)
        {
            if (IsTone(c))
            {
                tone = c;
            }
            else
            {
                withoutTone.Append(c);
            }
        }
        if (tone == '\0')
        {
            output.Append(syllable);
            return;
        }

        // Positions of base letters, and whether a letter carries a shape mark (â, ô, ơ, ư, ă).
        var plain = withoutTone.ToString();
        var letters = new System.Collections.Generic.List<(char Letter, int Index, bool Shaped)>(plain.Length);
        foreach (var (c, i) in Enumerate(plain))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (letters.Count > 0)
                {
                    letters[^1] = letters[^1] with { Shaped = true };
                }
            }
            else
            {
                letters.Add((char.ToLowerInvariant(c), i, false));
            }
        }
        if (letters.Count < 2)
        {
            output.Append(syllable);
            return;
        }

        var (first, second) = (letters[^2], letters[^1]);
        var cluster = string.Concat(first.Letter, second.Letter);
        var afterQ = letters.Count >= 3 && letters[^3].Letter == 'q';
        var isCandidate = !first.Shaped && !second.Shaped
            && (cluster is "oa" or "oe" || (cluster == "uy" && !afterQ));
        if (!isCandidate)
        {
            output.Append(syllable);
            return;
        }

        var target = style == ToneMarkStyle.Old ? first.Index : second.Index;
        output.Append(plain, 0, target + 1);
        output.Append(tone);
        output.Append(plain, target + 1, plain.Length - target - 1);
    }

    private static System.Collections.Generic.IEnumerable<(char Char, int Index)> Enumerate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            yield return (text[i], i);
        }
    }
}
