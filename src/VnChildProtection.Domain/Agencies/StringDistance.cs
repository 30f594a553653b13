using System;
using System.Collections.Generic;

namespace VnChildProtection.Domain.Agencies;

/// <summary>String similarity measures used to rank agency candidates.</summary>
internal static class StringDistance
{
    /// <summary>Levenshtein distance (insertions, deletions, substitutions, each cost 1), two-row dynamic programme.</summary>
    internal static int Levenshtein(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }
        if (b.Length == 0)
        {
            return a.Length;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>1 − distance / longer length: 1 for equal strings, 0 for nothing in common.</summary>
    internal static double LevenshteinSimilarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1.0 : 1.0 - (double)Levenshtein(a, b) / longer;
    }

    /// <summary>Sørensen–Dice coefficient over distinct tokens: 2|A∩B| / (|A|+|B|).</summary>
    internal static double TokenDice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1.0;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = 0;
        foreach (var token in small)
        {
            if (large.Contains(token))
            {
                common++;
            }
        }
        return 2.0 * common / (a.Count + b.Count);
    }
}
