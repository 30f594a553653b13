using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Csv;

/// <summary>
/// What <see cref="ObservationCsv.Read(string, IndicatorRegistry?)"/> found: the observations of every good row, the
/// parent links of the optional <c>parent_code</c> column, and a line-numbered error for every bad row.
/// </summary>
/// <remarks>
/// <para>Good rows are kept even when other rows are bad, so a caller can show everything at once; a file with any
/// error is not <see cref="IsValid"/>, and <c>vncp evaluate</c> refuses it, because an aggregate silently missing a
/// commune's row would change its province's rate.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ObservationCsvResult
{
    private readonly ReadOnlyCollection<Observation> _observations;
    private readonly ReadOnlyCollection<ObservationCsvError> _errors;
    private readonly ReadOnlyDictionary<AdministrativeUnitCode, AdministrativeUnitCode> _parents;
    private readonly Dictionary<AdministrativeUnitCode, (int Line, int Column)> _parentCells;

    internal ObservationCsvResult(
        List<Observation> observations, List<ObservationCsvError> errors, Dictionary<AdministrativeUnitCode, AdministrativeUnitCode> parents,
        Dictionary<AdministrativeUnitCode, (int Line, int Column)> parentCells)
    {
        _observations = observations.AsReadOnly();
        _errors = errors.AsReadOnly();
        _parents = parents.AsReadOnly();
        _parentCells = parentCells;
    }

    /// <summary>The observations of the good rows, in file order.</summary>
    public IReadOnlyList<Observation> Observations => _observations;

    /// <summary>The errors, in line order (header errors first).</summary>
    public IReadOnlyList<ObservationCsvError> Errors => _errors;

    /// <summary>Each unit's parent as given in the <c>parent_code</c> column (empty when the column is absent).</summary>
    public IReadOnlyDictionary<AdministrativeUnitCode, AdministrativeUnitCode> ParentCodes => _parents;

    /// <summary>Whether the file had no error at all.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>
    /// The unit hierarchy the file alone describes: each unit under its <c>parent_code</c>; every unit without one
    /// (provinces, or communes whose parent was not given) is a root, directly under the national total.
    /// </summary>
    /// <returns>The hierarchy.</returns>
    /// <remarks>Parent links of a lower or equal level were already reported as errors and left out, so this never fails on file content.</remarks>
    public UnitHierarchy BuildHierarchy() => new(Links(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?>(), null, date: default, conflicts: null));

    /// <summary>
    /// The unit hierarchy of <paramref name="registry"/> on <paramref name="date"/> completed with the file's units:
    /// the registry first, the <c>parent_code</c> column for the units the registry does not place.
    /// </summary>
    /// <param name="registry">The administrative units, e.g. <see cref="AdministrativeUnitRegistry.Default"/> with the communes added.</param>
    /// <param name="date">The date units and parents are taken on, e.g. the last day of the reporting year.</param>
    /// <returns>The hierarchy, and one <see cref="ObservationCsvErrorCodes.ParentCodeConflict"/> error (at the
    /// <c>parent_code</c> cell) for each unit the registry places under another parent than the file does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <remarks>
    /// <para>Precedence: a unit valid in the registry on the date, with a parent there, keeps that parent; a
    /// <c>parent_code</c> that names another one is ignored and reported, never silently used. A unit the registry lacks,
    /// or has without a parent on that date, takes its <c>parent_code</c>. Units of neither source's links are roots.</para>
    /// <para>Every unit the registry holds on the date is in the hierarchy, so coverage counts the registry's communes
    /// that did not report.</para>
    /// </remarks>
    public ObservationCsvHierarchy BuildHierarchy(AdministrativeUnitRegistry registry, LocalDate date)
    {
        var conflicts = new List<ObservationCsvError>();
        var links = Links(UnitHierarchy.RegistryLinks(registry, date), registry, date, conflicts);
        conflicts.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ObservationCsvHierarchy(new UnitHierarchy(links), conflicts);
    }

    private Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> Links(
        Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> links, AdministrativeUnitRegistry? registry, LocalDate date, List<ObservationCsvError>? conflicts)
    {
        foreach (var (unit, parent) in _parents)
        {
            if (!links.TryGetValue(unit, out var placed) || placed is null)
            {
                links[unit] = parent;
            }
            else if (placed != parent && conflicts is not null)
            {
                var (line, column) = _parentCells[unit];
                conflicts.Add(new ObservationCsvError(ObservationCsvErrorCodes.ParentCodeConflict, line, column, "parent_code", string.Create(
                    CultureInfo.InvariantCulture,
                    $"The administrative unit registry places the unit under {placed} on {date:uuuu-MM-dd}; that parent is used and this one ignored.")));
            }
        }
        foreach (var (_, parent) in _parents)
        {
            links.TryAdd(parent, null);
        }
        foreach (var observation in _observations)
        {
            links.TryAdd(observation.UnitCode, null);
        }
        Preconditions.DebugCheck(registry is null == conflicts is null, "Conflicts are collected exactly when a registry is given.");
        return links;
    }
}
