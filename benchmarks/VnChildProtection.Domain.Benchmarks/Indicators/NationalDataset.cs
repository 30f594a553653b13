using System;
using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Benchmarks.Indicators;

/// <summary>
/// A synthetic national dataset: the 34 provinces of 1 July 2025 (Decision 19/2025/QĐ-TTg codes) with 3,321
/// communes between them, codes <c>PPNNN</c> made up deterministically, one observation per commune and measure.
/// </summary>
internal static class NationalDataset
{
    public const int Year = 2024;
    public const int CommuneCount = 3321;

    public static readonly string[] ProvinceCodes =
    [
        "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40",
        "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96",
    ];

    /// <summary>Commune code → province code, national total "VN" on top.</summary>
    public static Dictionary<string, string?> Links()
    {
        var links = new Dictionary<string, string?>(StringComparer.Ordinal) { ["VN"] = null };
        foreach (var province in ProvinceCodes)
        {
            links[province] = "VN";
        }
        for (var i = 0; i < CommuneCount; i++)
        {
            var province = ProvinceCodes[i % ProvinceCodes.Length];
            links[province + (1 + (i / ProvinceCodes.Length)).ToString("000", CultureInfo.InvariantCulture)] = province;
        }
        return links;
    }

    /// <summary>The same links as official unit codes, provinces as roots (the engine adds the national total above them).</summary>
    public static Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> UnitLinks(Dictionary<string, string?> links)
    {
        var typed = new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>();
        foreach (var (code, parent) in links)
        {
            if (parent is not null)
            {
                typed[AdministrativeUnitCode.Of(code)] = parent == "VN" ? null : AdministrativeUnitCode.Of(parent);
            }
        }
        return typed;
    }

    /// <summary>One observation per commune and measure with plausible counts (seeded, so every run sees the same data).</summary>
    public static Observation[] Observations(IndicatorRegistry registry, Dictionary<string, string?> links)
    {
        var random = new Random(20240601);
        var list = new List<Observation>();
        foreach (var (code, parent) in links)
        {
            if (parent is null || parent == "VN")
            {
                continue;
            }
            foreach (var indicator in registry.Indicators)
            {
                foreach (var measure in indicator.Measures)
                {
                    if (measure.Rollup == RollupPolicy.SumValues)
                    {
                        list.Add(Observation.FromValue(AdministrativeUnitCode.Of(code), Year, measure.Id, random.Next(0, 6)));
                        continue;
                    }
                    var (denominator, rate) = measure.Unit.Name switch
                    {
                        nameof(IndicatorUnit.PerThousandLiveBirths) => (random.Next(200, 1600), random.Next(3, 25) / 1000.0),
                        nameof(IndicatorUnit.PerHundredThousandChildren) => (random.Next(3000, 30000), random.Next(5, 700) / 100000.0),
                        _ => (random.Next(100, 2000), measure.Direction == IndicatorDirection.HigherIsBetter ? random.Next(70, 101) / 100.0 : random.Next(0, 20) / 100.0),
                    };
                    list.Add(Observation.FromCounts(AdministrativeUnitCode.Of(code), Year, measure.Id, (int)(denominator * rate), denominator));
                }
            }
        }
        return [.. list];
    }
}
