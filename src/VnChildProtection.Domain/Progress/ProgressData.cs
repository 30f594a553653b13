using System.Collections.Generic;
using NodaTime;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Progress;

/// <summary>
/// Observations compiled once by an <see cref="IndicatorEngine"/>, one compiled dataset per period, so the progress of
/// any plan and unit reads its values without scanning the observations again.
/// </summary>
/// <remarks>Immutable after construction and thread-safe for reading.</remarks>
public sealed class ProgressData
{
    private readonly SortedDictionary<int, IndicatorDataset> _byYear;

    private ProgressData(IndicatorEngine engine, SortedDictionary<int, IndicatorDataset> byYear, int rejected)
    {
        Engine = engine;
        _byYear = byYear;
        RejectedObservations = rejected;
    }

    /// <summary>The engine that compiled the data (its registry must know every measure a plan is read against).</summary>
    public IndicatorEngine Engine { get; }

    /// <summary>The years with observations, oldest first.</summary>
    public IReadOnlyCollection<int> Years => _byYear.Keys;

    /// <summary>Observations the engine could not use (unknown unit or measure, a unit with units below it, a bare value for a rate).</summary>
    public int RejectedObservations { get; }

    /// <summary>Compiles observations of every year they cover.</summary>
    /// <param name="engine">The engine, built with the hierarchy and the registry of <see cref="PlanMeasureMap.Registry"/>.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The compiled data.</returns>
    public static ProgressData Compile(IndicatorEngine engine, IReadOnlyList<Observation> observations)
    {
        Preconditions.CheckNotNull(engine);
        Preconditions.CheckNotNull(observations);
        var years = new SortedSet<int>();
        foreach (var observation in observations)
        {
            years.Add(Preconditions.CheckNotNull(observation, nameof(observations)).Year);
        }
        var byYear = new SortedDictionary<int, IndicatorDataset>();
        var rejected = 0;
        foreach (var year in years)
        {
            var data = engine.Compile(observations, year);
            rejected += data.RejectedObservations;
            byYear.Add(year, data);
        }
        return new ProgressData(engine, byYear, rejected);
    }

    /// <summary>
    /// The values of a measure for a unit in every period that began by <paramref name="asOf"/>, oldest first, each
    /// dated at the end of its period; periods without a value are left out.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="unit">The unit, or <see langword="null"/> for the total of every unit.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The values with their coverage.</returns>
    /// <exception cref="KeyNotFoundException">The measure or the unit is unknown to the engine.</exception>
    public IReadOnlyList<(ProgressPoint Point, Coverage Coverage)> Series(MeasureId measure, AdministrativeUnitCode? unit, LocalDate asOf)
    {
        var series = new List<(ProgressPoint, Coverage)>();
        foreach (var (year, data) in _byYear)
        {
            if (PeriodStart(year) > asOf)
            {
                break;
            }
            var value = Engine.Aggregate(data, measure, unit);
            if (value.Value is { } v)
            {
                series.Add((new ProgressPoint(PeriodEnd(year), v), value.Coverage));
            }
        }
        return series;
    }

    /// <summary>The first day of a yearly period.</summary>
    internal static LocalDate PeriodStart(int year) => new(year, 1, 1);

    /// <summary>The last day of a yearly period: where a yearly value is placed on a trajectory.</summary>
    internal static LocalDate PeriodEnd(int year) => new(year, 12, 31);
}
