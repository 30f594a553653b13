using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Benchmarks.Units;

/// <summary>
/// The shipped map (14,139 records): a cold load of the embedded table into an indexed registry, and single lookups
/// by code and by name, each beside a naive baseline (split strings; scan every record).
/// </summary>
[MemoryDiagnoser]
public class UnitRegistryBenchmarks
{
    private static readonly AdministrativeUnitRegistry Registry = AdministrativeUnitRegistry.Default;
    private static readonly AdministrativeUnit[] All = [.. Registry.Units];
    private static readonly LocalDate Eve = new(2025, 6, 30);
    private static readonly AdministrativeUnitCode Code = AdministrativeUnitCode.Of("00070");
    private const string Name = "phuong hang trong";

    /// <summary>Naive load: read the table into a string, split lines and fields, build the records, no index.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLoad()
    {
        using var stream = typeof(AdministrativeUnit).Assembly.GetManifestResourceStream(AdministrativeUnitDataFile.ResourceName)!;
        var text = new StreamReader(stream, Encoding.UTF8).ReadToEnd();
        var records = new List<AdministrativeUnit>();
        foreach (var line in text.Split('\n').Where(line => line.Length > 0 && line[0] != '#'))
        {
            var f = line.Split('\t');
            records.Add(new AdministrativeUnit(
                AdministrativeUnitCode.Of(f[0]), f[2], AdministrativeUnitKind.FromValue(int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture)),
                f[3].Length == 0 ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(f[3]).Value,
                f[4].Length == 0 ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(f[4]).Value,
                f[5].Length == 0 ? null : AdministrativeUnitCode.Of(f[5]),
                f[6].Length == 0 ? null : f[6].Split('|').Select(s => AdministrativeUnitCode.Of(s[..5].TrimEnd('+', '='))).ToArray()));
        }
        return records.Count;
    }

    /// <summary>The library's cold load: parse the embedded table and build every index of a new registry.</summary>
    [Benchmark]
    public int Load() =>
        AdministrativeUnitRegistry.Empty.WithUnits(AdministrativeUnitData.Provinces.Concat(AdministrativeUnitDataFile.Load())).Units.Count;

    /// <summary>Naive code lookup: scan every record.</summary>
    [Benchmark]
    public AdministrativeUnit NaiveFindByCode() => Array.Find(All, unit => unit.Code == Code && unit.IsValidOn(Eve))!;

    /// <summary>The library's code lookup.</summary>
    [Benchmark]
    public AdministrativeUnit FindByCode() => Registry.FindByCode(Code, Eve).AsT0;

    /// <summary>Naive name lookup: fold every record's full name and compare.</summary>
    [Benchmark]
    public AdministrativeUnit NaiveFindByName() =>
        Array.Find(All, unit => unit.IsValidOn(Eve) && VietnameseText.ToMatchKey(unit.FullName) == Name)!;

    /// <summary>The library's name lookup (accent-, case- and prefix-insensitive).</summary>
    [Benchmark]
    public AdministrativeUnit FindByName() => Registry.FindByName("Phường Hàng Trống", Eve).AsT0;
}
