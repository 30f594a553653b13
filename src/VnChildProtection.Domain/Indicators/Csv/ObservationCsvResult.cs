using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
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
    /// <summary>The code <see cref="BuildHierarchy"/> gives the national total unless told otherwise.</summary>
    public const string DefaultNationalCode = "VN";

    private readonly ReadOnlyCollection<Observation> _observations;
    private readonly ReadOnlyCollection<ObservationCsvError> _errors;
    private readonly ReadOnlyDictionary<string, string> _parents;

    internal ObservationCsvResult(List<Observation> observations, List<ObservationCsvError> errors, Dictionary<string, string> parents)
    {
        _observations = observations.AsReadOnly();
        _errors = errors.AsReadOnly();
        _parents = parents.AsReadOnly();
    }

    /// <summary>The observations of the good rows, in file order.</summary>
    public IReadOnlyList<Observation> Observations => _observations;

    /// <summary>The errors, in line order (header errors first).</summary>
    public IReadOnlyList<ObservationCsvError> Errors => _errors;

    /// <summary>Each unit's parent as given in the <c>parent_code</c> column (empty when the column is absent).</summary>
    public IReadOnlyDictionary<string, string> ParentCodes => _parents;

    /// <summary>Whether the file had no error at all.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>
    /// The unit hierarchy the file describes: each unit under its <c>parent_code</c>, and every unit without one
    /// (provinces, or communes whose parent was not given) directly under the national total.
    /// </summary>
    /// <param name="nationalCode">The code of the national total (<c>VN</c>).</param>
    /// <returns>The hierarchy, rooted at <paramref name="nationalCode"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="nationalCode"/> is blank.</exception>
    /// <remarks>Parent links that would form a cycle were already reported as errors and left out, so this never fails on file content.</remarks>
    public UnitHierarchy BuildHierarchy(string nationalCode = DefaultNationalCode)
    {
        Preconditions.CheckNotBlank(nationalCode);
        var links = new Dictionary<string, string?>(StringComparer.Ordinal) { [nationalCode] = null };
        foreach (var (unit, parent) in _parents)
        {
            if (unit != nationalCode)
            {
                links[unit] = parent;
            }
        }
        foreach (var (_, parent) in _parents)
        {
            links.TryAdd(parent, nationalCode);
        }
        foreach (var observation in _observations)
        {
            links.TryAdd(observation.UnitCode, nationalCode);
        }
        return new UnitHierarchy(links);
    }
}
