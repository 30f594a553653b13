using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Benchmarks.Units;

/// <summary>
/// 100,000 old addresses ("Phường Hàng Trống, Quận Hoàn Kiếm, Thành phố Hà Nội", a third without diacritics, a third
/// abbreviated) converted to their 2026 successors, beside a naive baseline: an exact-text mapping table (old address
/// → new unit codes), the way converters shipped as lookup tables work, which misses every variant it was not built with.
/// </summary>
[MemoryDiagnoser]
public class UnitConversionBenchmarks
{
    private const int Count = 100_000;
    private static readonly AdministrativeUnitRegistry Registry = AdministrativeUnitRegistry.Default;
    private static readonly LocalDate Eve = new(2025, 6, 30);
    private static readonly LocalDate Target = new(2026, 1, 1);
    private static readonly string[] Addresses = Build();
    private static readonly Dictionary<string, string[]> Table = Registry.GetUnitsValidOn(Eve, AdministrativeLevel.Commune)
        .Select(unit => (Address: Address(unit), Unit: unit))
        .GroupBy(entry => entry.Address, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Unit.SuccessorCodes.Select(code => code.Value).ToArray(), StringComparer.Ordinal);

    /// <summary>Naive: exact lookup of the address text in a prebuilt table; variants are not found.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveExactTable()
    {
        var found = 0;
        foreach (var address in Addresses)
        {
            if (Table.TryGetValue(address, out var codes))
            {
                found += codes.Length;
            }
        }
        return found;
    }

    /// <summary>The library: read each address (variants included) and convert it with the shares.</summary>
    [Benchmark]
    public int ConvertAddress()
    {
        var found = 0;
        foreach (var address in Addresses)
        {
            if (Registry.ConvertAddress(address, Target, Eve).TryPickT0(out var conversion, out _))
            {
                found += conversion.Successors.Count;
            }
        }
        return found;
    }

    private static string Address(AdministrativeUnit commune)
    {
        var district = Registry.GetParent(commune, Eve).AsT0;
        var province = Registry.GetParent(district, Eve).AsT0;
        return $"{commune.FullName}, {district.FullName}, {province.FullName}";
    }

    private static string[] Build()
    {
        var communes = Registry.GetUnitsValidOn(Eve, AdministrativeLevel.Commune).ToArray();
        var random = new Random(2025);
        var addresses = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            var address = Address(communes[random.Next(communes.Length)]);
            addresses[i] = (i % 3) switch
            {
                0 => address,
                1 => VietnameseText.RemoveDiacritics(address).ToLowerInvariant(),
                _ => address.Replace("Phường ", "P. ", StringComparison.Ordinal).Replace("Quận ", "Q. ", StringComparison.Ordinal)
                    .Replace("Huyện ", "H. ", StringComparison.Ordinal).Replace("Thành phố ", "TP. ", StringComparison.Ordinal)
                    .Replace("Xã ", "X. ", StringComparison.Ordinal).Replace("Thị trấn ", "TT. ", StringComparison.Ordinal),
            };
        }
        return addresses;
    }
}
