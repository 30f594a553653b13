using System.Collections.Frozen;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Legal;

/// <summary>Issuer abbreviations whose numbering follows its own convention.</summary>
/// <remarks>
/// Party bodies number as <c>seq-KIND/ISSUER</c> (Guidance 36-HD/VPTW: <c>20-CT/TW</c>); the National
/// Assembly as <c>seq/year/QH&lt;term&gt;</c> with no kind code, for laws (<c>102/2016/QH13</c>) and
/// resolutions alike (<c>121/2020/QH14</c>, cited as a resolution by Decision 23/QĐ-TTg).
/// </remarks>
internal static class IssuerConventions
{
    // Central Committee (TW), provincial, district, urban-district, town and grassroots Party committees
    // and the central Party offices most often cited.
    private static readonly FrozenSet<string> PartyIssuerKeys = FrozenSet.ToFrozenSet(
        ["tw", "tu", "hu", "qu", "txu", "du", "vptw", "btgtw", "btctw", "ubkttw"], System.StringComparer.Ordinal);

    internal static bool IsParty(string issuer) => PartyIssuerKeys.Contains(Key(issuer));

    /// <summary>
    /// The kinds a National Assembly issuer (<c>QH13</c>) or its Standing Committee (<c>UBTVQH14</c>)
    /// numbers without a kind code, or null when <paramref name="issuer"/> is neither.
    /// </summary>
    internal static DocumentType[]? UncodedKinds(string issuer)
    {
        var key = Key(issuer);
        if (HasTermSuffix(key, "ubtvqh"))
        {
            return [DocumentType.Ordinance, DocumentType.Resolution];
        }
        return HasTermSuffix(key, "qh") ? [DocumentType.Code, DocumentType.Law, DocumentType.Resolution] : null;
    }

    private static bool HasTermSuffix(string key, string prefix)
    {
        if (!key.StartsWith(prefix, System.StringComparison.Ordinal) || key.Length == prefix.Length)
        {
            return false;
        }
        for (var i = prefix.Length; i < key.Length; i++)
        {
            if (!char.IsAsciiDigit(key[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static string Key(string issuer) => VietnameseText.ToMatchKey(issuer).Replace(" ", string.Empty, System.StringComparison.Ordinal);
}
