using System.Globalization;
using System.Text;

namespace VnChildProtection.Domain.Tests.Text;

/// <summary>Writes Vietnamese text as a Windows-1258 file holds it, for the tests of the readers of legacy encodings.</summary>
public static class LegacyVietnameseText
{
    /// <summary>
    /// The text in Windows-1258: each letter with its shape marks composed (â ê ô ơ ư ă, đ), its tone mark (grave, acute,
    /// tilde, hook, dot below) kept as the combining character the code page has for it.
    /// </summary>
    public static byte[] Windows1258(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var i = 0;
        while (i < decomposed.Length)
        {
            var letter = new StringBuilder().Append(decomposed[i++]);
            var tones = new StringBuilder();
            while (i < decomposed.Length && CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) == UnicodeCategory.NonSpacingMark)
            {
                var mark = decomposed[i++];
                (mark is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323' ? tones : letter).Append(mark);
            }
            output.Append(letter.ToString().Normalize(NormalizationForm.FormC)).Append(tones);
        }
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        return encoding.GetBytes(output.ToString());
    }
}
