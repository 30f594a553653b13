using System;
using System.Collections.Generic;

namespace VnChildProtection.Domain.Text;

/// <summary>
/// The string similarity measures behind fuzzy lookups: agency names (<see cref="Agencies.AgencyRegistry"/>), unit names
/// (<see cref="Units.AdministrativeUnitRegistry"/>) and "did you mean" suggestions for rule names. Inputs are compared
/// as given (callers pass match keys), character by character.
/// </summary>
internal static class StringSimilarity
{
    /// <summary>
    /// Levenshtein distance (insertions, deletions and substitutions, each cost 1), with an optional cap: once the
    /// distance is certain to exceed <paramref name="cap"/> the result is <paramref name="cap"/> + 1.
    /// </summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other string.</param>
    /// <param name="cap">The largest distance of interest (non-negative); the default computes the exact distance.</param>
    /// <returns>The distance, or <paramref name="cap"/> + 1 when it is larger than <paramref name="cap"/>.</returns>
    internal static int Levenshtein(string a, string b, int cap = int.MaxValue - 1)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }
        if (a.Length - b.Length > cap)
        {
            return cap + 1;
        }
        if (b.Length == 0)
        {
            return a.Length;
        }
        // Two rows of the dynamic programme, each as long as the shorter string.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > cap)
            {
                return cap + 1;
            }
            (previous, current) = (current, previous);
        }
        // Every row may stay within the cap while the last cell does not ("bbcc" / "ccaa", cap 2).
        return Math.Min(previous[b.Length], cap + 1);
    }

    /// <summary>1 − Levenshtein distance / longer length: 1 for equal strings (two empty strings included), 0 for nothing in common.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other string.</param>
    /// <returns>The similarity in [0, 1].</returns>
    internal static double LevenshteinSimilarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1.0 : 1.0 - (double)Levenshtein(a, b) / longer;
    }

    /// <summary>Sørensen–Dice coefficient over distinct tokens, 2|A∩B| / (|A| + |B|): 1 for two empty sets.</summary>
    /// <param name="a">One set of tokens.</param>
    /// <param name="b">The other set of tokens.</param>
    /// <returns>The coefficient in [0, 1].</returns>
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
