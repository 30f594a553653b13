using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;

namespace VnChildProtection.Domain.Text;

/// <summary>
/// Unicode normalisation (NFC, NFD) that does not depend on the runtime's globalization data. The runtime normalises
/// through ICU; in globalization-invariant mode (<c>InvariantGlobalization</c>, usual in Native AOT and container
/// apps) <see cref="string.Normalize(NormalizationForm)"/> silently returns its input unchanged, and NFD input then
/// no longer matches, diacritics are no longer removed, and every parser built on them reads less.
/// </summary>
/// <remarks>
/// <para>The runtime is used whenever it can normalise (checked once). Otherwise this class applies the canonical
/// decompositions, combining classes and compositions of the Latin letters and combining diacritical marks
/// (<see cref="LatinNormalizationData"/>, from the Unicode Character Database): every Vietnamese letter and tone mark,
/// with the algorithm of UAX #15 (decompose, order marks by combining class, compose unblocked pairs). Characters of
/// other scripts are left as they are in that mode. Pure and thread-safe.</para>
/// </remarks>
internal static class LatinNormalization
{
    private const char FirstMark = '\u0300';
    private const char LastMark = '\u036F';

    private static readonly FrozenDictionary<char, string> Decompositions = ReadDecompositions();
    private static readonly FrozenDictionary<int, char> Compositions = ReadCompositions();

    /// <summary>Whether the runtime normalises (false in globalization-invariant mode).</summary>
    public static bool RuntimeNormalizes { get; } = "e\u0301".Normalize(NormalizationForm.FormC) == "\u00E9";

    /// <summary>Normalises <paramref name="text"/> (valid UTF-16) to NFC or NFD, with the runtime when it can.</summary>
    public static string ToForm(string text, NormalizationForm form)
    {
        if (RuntimeNormalizes)
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        return form == NormalizationForm.FormD ? Decompose(text) : form == NormalizationForm.FormC ? Compose(Decompose(text)) : text;
    }

    /// <summary>NFD by the table: full canonical decomposition, then the canonical ordering of combining marks.</summary>
    internal static string Decompose(string text)
    {
        var index = 0;
        while (index < text.Length && !Decompositions.ContainsKey(text[index]) && CombiningClass(text[index]) == 0)
        {
            index++;
        }
        if (index == text.Length)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8).Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            if (Decompositions.TryGetValue(text[i], out var decomposed))
            {
                builder.Append(decomposed);
            }
            else
            {
                builder.Append(text[i]);
            }
        }
        // Canonical ordering: a stable insertion sort of each run of marks by combining class.
        for (var i = 1; i < builder.Length; i++)
        {
            var c = builder[i];
            var cc = CombiningClass(c);
            if (cc == 0)
            {
                continue;
            }
            var j = i;
            while (j > 0 && CombiningClass(builder[j - 1]) > cc)
            {
                builder[j] = builder[j - 1];
                j--;
            }
            builder[j] = c;
        }
        return builder.ToString();
    }

    /// <summary>NFC of NFD text: each mark joins the last starter unless a mark of the same or no class stands between.</summary>
    internal static string Compose(string decomposed)
    {
        var builder = new StringBuilder(decomposed.Length);
        var starter = -1;
        var lastClass = 0;
        foreach (var c in decomposed)
        {
            var cc = CombiningClass(c);
            if (starter >= 0)
            {
                var adjacent = builder.Length - 1 == starter;
                var blocked = !adjacent && (lastClass == 0 || lastClass >= cc);
                if (!blocked && Compositions.TryGetValue(builder[starter] << 16 | c, out var composite))
                {
                    builder[starter] = composite;
                    continue;
                }
            }
            if (cc == 0)
            {
                starter = builder.Length;
            }
            lastClass = cc;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static int CombiningClass(char c) => c is >= FirstMark and <= LastMark ? LatinNormalizationData.MarkClasses[c - FirstMark] : 0;

    private static FrozenDictionary<char, string> ReadDecompositions()
    {
        var map = new Dictionary<char, string>();
        var data = LatinNormalizationData.Decompositions;
        for (var i = 0; i < data.Length;)
        {
            var end = data.IndexOf('\0', i + 1);
            map[data[i]] = data[(i + 1)..end];
            i = end + 1;
        }
        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<int, char> ReadCompositions()
    {
        var map = new Dictionary<int, char>();
        var data = LatinNormalizationData.Compositions;
        for (var i = 0; i < data.Length; i += 3)
        {
            map[data[i] << 16 | data[i + 1]] = data[i + 2];
        }
        return map.ToFrozenDictionary();
    }
}
