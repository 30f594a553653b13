using System;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// One measured quantity of an indicator, such as the under-5 mortality rate of Chỉ tiêu 3: its unit, the
/// population it is measured over, the direction of improvement, the national target and how it aggregates.
/// </summary>
/// <remarks>
/// <para>Equality compares every field, so a provincially overridden measure differs from the national one.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorMeasure : IEquatable<IndicatorMeasure>
{
    /// <summary>Creates a measure.</summary>
    /// <param name="id">The identifier, e.g. <c>CT3.c</c>.</param>
    /// <param name="vietnameseName">The Vietnamese name as in the source text.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="unit">The unit of values and targets.</param>
    /// <param name="direction">Which way the measure improves.</param>
    /// <param name="population">The age band or population measured over, as descriptive text.</param>
    /// <param name="nationalTarget">The national target, or null when none is set.</param>
    /// <param name="rollup">How values aggregate over administrative units.</param>
    /// <param name="aggregation">How values aggregate over time and units; when null, <see cref="AggregationType.Average"/>
    /// for <see cref="RollupPolicy.AverageValues"/> and <see cref="AggregationType.Sum"/> otherwise.</param>
    /// <param name="disaggregation">The categories the measure is disaggregated by; <see cref="CategoryCombination.None"/> when null.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, the target moves against <paramref name="direction"/>, or
    /// <paramref name="aggregation"/> averages over units unless <paramref name="rollup"/> averages values (or the reverse).</exception>
    public IndicatorMeasure(
        MeasureId id,
        string vietnameseName,
        string englishName,
        IndicatorUnit unit,
        IndicatorDirection direction,
        string population,
        Target? nationalTarget,
        RollupPolicy rollup = RollupPolicy.SumNumeratorsAndDenominators,
        AggregationType? aggregation = null,
        CategoryCombination? disaggregation = null)
    {
        Preconditions.CheckArgument(id.Indicator.Value != 0, nameof(id), "The default MeasureId is not valid.");
        Id = id;
        VietnameseName = Preconditions.CheckNotBlank(vietnameseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
        Unit = Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgument(Enum.IsDefined(direction), nameof(direction), "Unknown direction.");
        Preconditions.CheckArgument(Enum.IsDefined(rollup), nameof(rollup), "Unknown rollup policy.");
        Preconditions.CheckArgument(
            nationalTarget is null || nationalTarget.Direction == direction, nameof(nationalTarget), "The target must move in the measure's direction.");
        Direction = direction;
        Population = Preconditions.CheckNotBlank(population);
        NationalTarget = nationalTarget;
        Rollup = rollup;
        Aggregation = aggregation ?? (rollup == RollupPolicy.AverageValues ? AggregationType.Average : AggregationType.Sum);
        Preconditions.CheckArgument(
            Aggregation == AggregationType.None || Aggregation.AveragesOverUnits == (rollup == RollupPolicy.AverageValues),
            nameof(aggregation), "A measure averages over units exactly when its rollup averages values.");
        Disaggregation = disaggregation ?? CategoryCombination.None;
    }

    /// <summary>The identifier, e.g. <c>CT3.c</c>.</summary>
    public MeasureId Id { get; }

    /// <summary>The Vietnamese name, e.g. <c>Tỷ suất tử vong trẻ em dưới 5 tuổi</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name, e.g. <c>Under-5 mortality rate</c>.</summary>
    public string EnglishName { get; }

    /// <summary>The unit of values and targets.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Which way the measure improves.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>The age band or population the measure is computed over, e.g. <c>trẻ em dưới 5 tuổi (children under 5)</c>.</summary>
    public string Population { get; }

    /// <summary>The national target (Decision 23/QĐ-TTg for the shipped catalogue), or null.</summary>
    public Target? NationalTarget { get; }

    /// <summary>How values aggregate from communes up.</summary>
    public RollupPolicy Rollup { get; }

    /// <summary>How values aggregate over time (months into quarters and years) and over units (DHIS2's aggregation type).</summary>
    public AggregationType Aggregation { get; }

    /// <summary>The categories and options the measure's counts are disaggregated by.</summary>
    public CategoryCombination Disaggregation { get; }

    /// <inheritdoc />
    public bool Equals(IndicatorMeasure? other) =>
        other is not null && Id == other.Id && VietnameseName == other.VietnameseName && EnglishName == other.EnglishName
        && Unit == other.Unit && Direction == other.Direction && Population == other.Population
        && Equals(NationalTarget, other.NationalTarget) && Rollup == other.Rollup
        && Aggregation == other.Aggregation && Disaggregation == other.Disaggregation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorMeasure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, VietnameseName, Unit, Direction, NationalTarget, Rollup);

    /// <summary>Returns the identifier and English name, e.g. <c>CT3.c Under-5 mortality rate</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id + " " + EnglishName;

    /// <summary>Value equality.</summary>
    public static bool operator ==(IndicatorMeasure? left, IndicatorMeasure? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(IndicatorMeasure? left, IndicatorMeasure? right) => !Equals(left, right);
}
