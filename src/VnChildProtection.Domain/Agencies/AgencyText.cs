using System.Collections.Generic;
using System.Globalization;
using System.Text;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Agencies;

/// <summary>Text helpers shared by the agency resolver: safe normalisation and word tokens with match keys.</summary>
internal static class AgencyText
{
    /// <summary>
    /// Splits NFC text into words (runs of letters, digits and combining marks) and gives each word's match
    /// key tokens with the word's start, so a match on keys can be mapped back to the original text.
    /// </summary>
    internal static List<Token> Tokenize(string nfcText)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < nfcText.Length)
        {
            if (!IsWordChar(nfcText[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < nfcText.Length && IsWordChar(nfcText[i]))
            {
                i++;
            }
            var key = VietnameseText.ToMatchKey(nfcText.Substring(start, i - start));
            if (key.Length == 0)
            {
                continue;
            }
            var allUpper = true;
            for (var k = start; k < i && allUpper; k++)
            {
                allUpper = !char.IsLower(nfcText[k]);
            }
            foreach (var part in key.Split(' '))
            {
                tokens.Add(new Token(part, start, i, char.IsUpper(nfcText[start]), allUpper));
            }
        }
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>A match-key token and the span of the original word it came from.</summary>
    internal readonly record struct Token(string Key, int Start, int End, bool Capitalised, bool AllUpper);
}
