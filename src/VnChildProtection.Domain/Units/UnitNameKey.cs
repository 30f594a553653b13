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
    internal static string Of(string name) => VietnameseText.ToMatchKey(name).Replace(" ", string.Empty, StringComparison.Ordinal);

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
