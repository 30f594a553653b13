using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// Turns a unit name as written in documents into lookup keys: accent-, case-, punctuation- and space-insensitive,
/// with an optional kind prefix (<c>tỉnh</c>, <c>thành phố</c>, <c>TP.</c>, <c>phường</c>, <c>P.</c>, <c>H.</c>, <c>X.</c>…) split off.
/// </summary>
internal static class UnitNameKey
{
    // Match-key forms of the prefixes, longest first so "thanh pho truc thuoc trung uong" wins over "thanh pho".
    private static readonly (string Prefix, AdministrativeUnitKind[] Kinds)[] Prefixes =
    [
        ("thanh pho truc thuoc trung uong", [AdministrativeUnitKind.CentralCity]),
        ("thu do", [AdministrativeUnitKind.CentralCity]),
        ("thanh pho", [AdministrativeUnitKind.CentralCity, AdministrativeUnitKind.ProvincialCity, AdministrativeUnitKind.MunicipalCity]),
        ("tp", [AdministrativeUnitKind.CentralCity, AdministrativeUnitKind.ProvincialCity, AdministrativeUnitKind.MunicipalCity]),
        ("tinh", [AdministrativeUnitKind.Province]),
        ("quan", [AdministrativeUnitKind.UrbanDistrict]),
        ("q", [AdministrativeUnitKind.UrbanDistrict]),
        ("huyen", [AdministrativeUnitKind.RuralDistrict]),
        ("h", [AdministrativeUnitKind.RuralDistrict]),
        ("thi xa", [AdministrativeUnitKind.DistrictTown]),
        ("tx", [AdministrativeUnitKind.DistrictTown]),
        ("thi tran", [AdministrativeUnitKind.Township]),
        ("tt", [AdministrativeUnitKind.Township]),
        ("dac khu", [AdministrativeUnitKind.SpecialZone]),
        ("phuong", [AdministrativeUnitKind.Ward]),
        ("p", [AdministrativeUnitKind.Ward]),
        ("xa", [AdministrativeUnitKind.Commune]),
        ("x", [AdministrativeUnitKind.Commune]),
    ];

    /// <summary>The key of a name as stored: the match key without spaces.</summary>
    // Letters and digits of the name, diacritics removed, đ folded to d, lower case: ToMatchKey without its spaces.
    // Names are folded one character at a time through a table of the Latin and Vietnamese blocks, which gives the
    // same key as decomposing the whole string (canonical decomposition is per character and the marks are dropped)
    // at a fraction of the cost; anything outside the table takes the general path. Loading the shipped map folds
    // about 14,000 names, so this is on the registry's cold-start path.
    internal static string Of(string name)
    {
        var table = FoldTable.Value;
        var buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            var folded = c < table.Length ? table[c] : Fallback;
            if (folded == Fallback)
            {
                return VietnameseText.ToMatchKey(name).Replace(" ", string.Empty, StringComparison.Ordinal);
            }
            if (folded != Skip)
            {
                buffer[length++] = folded;
            }
        }
        return new string(buffer[..length]);
    }

    private const char Skip = '\0';
    private const char Fallback = '\uFFFF';

    // Index: a UTF-16 unit up to the end of Latin Extended Additional (U+1EFF, the precomposed Vietnamese letters).
    // Value: its folded letter or digit, Skip for a character ToMatchKey drops, Fallback where one character is not
    // enough to decide (surrogates, characters that fold to several).
    private static readonly Lazy<char[]> FoldTable = new(() =>
    {
        var table = new char[0x1F00];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = Fallback;
                continue;
            }
            var key = VietnameseText.ToMatchKey(c.ToString()).Replace(" ", string.Empty, StringComparison.Ordinal);
            table[i] = key.Length switch
            {
                0 => Skip,
                1 when key[0] != Skip && key[0] != Fallback => key[0],
                _ => Fallback,
            };
        }
        return table;
    });

    /// <summary>
    /// The keys to try for a query, best first: the whole text, then the text after a kind prefix with the kinds
    /// that prefix allows.
    /// </summary>
    internal static IEnumerable<(string Key, IReadOnlyCollection<AdministrativeUnitKind>? Kinds)> ForQuery(string query)
    {
        var matchKey = VietnameseText.ToMatchKey(VietnameseText.Normalize(query));
        if (matchKey.Length == 0)
        {
            yield break;
        }
        yield return (matchKey.Replace(" ", string.Empty, StringComparison.Ordinal), null);
        foreach (var (prefix, kinds) in Prefixes)
        {
            if (matchKey.Length > prefix.Length + 1
                && matchKey.StartsWith(prefix, StringComparison.Ordinal)
                && matchKey[prefix.Length] == ' ')
            {
                yield return (matchKey[(prefix.Length + 1)..].Replace(" ", string.Empty, StringComparison.Ordinal), kinds);
                yield break;
            }
        }
    }
}
