using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Units;
using VnChildProtection.Interop.Dhis2;
using VnChildProtection.Interop.Dhis2.Mapping;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// Reads observations from the file formats <c>evaluate</c> and <c>convert</c> take, by extension: the library's CSV
/// (<c>.csv</c>), DHIS2 <c>dataValueSets</c> JSON (<c>.json</c>) and ADX (<c>.xml</c>, <c>.adx</c>), the last two through a mapping file.
/// </summary>
internal sealed class ObservationInput
{
    private ObservationInput(IReadOnlyList<Observation> observations, ObservationCsvResult? csv)
    {
        Observations = observations;
        Csv = csv;
    }

    /// <summary>The observations of the good rows or values.</summary>
    public IReadOnlyList<Observation> Observations { get; }

    /// <summary>The CSV result when the input was CSV (it knows the parent codes).</summary>
    public ObservationCsvResult? Csv { get; }

    /// <summary>The number of problems written to the error output.</summary>
    public int Problems { get; private set; }

    /// <summary>The DHIS2 format of a file by its extension, or null for the library's CSV (any other extension).</summary>
    public static Dhis2Format? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => Dhis2Format.Json,
        ".xml" or ".adx" => Dhis2Format.Adx,
        _ => null,
    };

    /// <summary>Reads and validates a mapping file; on failure writes every problem and returns null.</summary>
    public static Dhis2Mapping? LoadMapping(string path, TextWriter error)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{CliFiles.Printable(path)}: cannot be read ({CliFiles.Describe(e)}).");
            return null;
        }
        var parsed = Dhis2Mapping.Parse(text);
        if (parsed.TryPickT0(out var mapping, out var errors))
        {
            return mapping;
        }
        foreach (var problem in errors)
        {
            error.WriteLine($"{path}: {problem}");
        }
        error.WriteLine($"{path}: {errors.Count} error(s) in the mapping file.");
        return null;
    }

    /// <summary>
    /// Reads <paramref name="path"/>; writes each problem (with its position) to <paramref name="error"/>. Returns null only
    /// when the file cannot be read at all; otherwise the good observations, with <see cref="Problems"/> counting the rest.
    /// </summary>
    public static ObservationInput? Load(string path, Dhis2Mapping? mapping, TextWriter error)
    {
        var format = FormatOf(path);
        if (format is not null && mapping is null)
        {
            error.WriteLine($"{path}: DHIS2 data needs --mapping (docs/dhis2.md).");
            return null;
        }
        try
        {
            using var stream = File.OpenRead(path);
            if (format is { } dhis2)
            {
                var result = Dhis2Import.Read(stream, dhis2, mapping!);
                foreach (var diagnostic in result.Diagnostics)
                {
                    error.WriteLine($"{path}: {diagnostic}");
                }
                return new ObservationInput(result.Observations, null) { Problems = result.Diagnostics.Count };
            }
            var csv = ObservationCsv.ReadUtf8(stream);
            foreach (var problem in csv.Errors)
            {
                error.WriteLine($"{path}: {problem}");
            }
            return new ObservationInput(csv.Observations, csv) { Problems = csv.Errors.Count };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{CliFiles.Printable(path)}: cannot be read ({CliFiles.Describe(e)}).");
            return null;
        }
    }

    /// <summary>
    /// The hierarchy the observations are aggregated over: the file's parent codes (CSV) or none, completed by the registry
    /// on <paramref name="registryDate"/> when given; null (with the conflicts written) when the file contradicts the registry.
    /// </summary>
    public UnitHierarchy? BuildHierarchy(LocalDate? registryDate, string path, TextWriter error)
    {
        if (Csv is not null)
        {
            if (registryDate is not { } date)
            {
                return Csv.BuildHierarchy();
            }
            var built = Csv.BuildHierarchy(AdministrativeUnitRegistry.Default, date);
            if (!built.IsConsistent)
            {
                foreach (var conflict in built.Conflicts)
                {
                    error.WriteLine($"{path}: {conflict}");
                }
                error.WriteLine($"{path}: {built.Conflicts.Count} parent code(s) contradict the registry; nothing evaluated.");
                return null;
            }
            return built.Hierarchy;
        }
        // DHIS2 data carries no parent links: the registry places units, and a unit it lacks is a root, as in a CSV without parent_code.
        var links = new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>();
        if (registryDate is { } on)
        {
            var registry = UnitHierarchy.FromRegistry(AdministrativeUnitRegistry.Default, on);
            foreach (var unit in registry.Units)
            {
                links[unit] = registry.ParentOf(unit);
            }
        }
        foreach (var unit in Observations.Select(o => o.UnitCode))
        {
            links.TryAdd(unit, null);
        }
        return new UnitHierarchy(links);
    }
}
