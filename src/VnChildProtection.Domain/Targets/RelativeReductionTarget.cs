using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// A reduction by a share of the value in a baseline year: <c>giảm 20% số vụ trẻ em bị xâm hại ... so với năm 2023</c>
/// (seed 002, An Giang 2024, Chỉ tiêu 9).
/// </summary>
/// <remarks>
/// <para>The threshold for a year is <c>baseline × (1 − percent / 100)</c>, at most; it needs the observed value of
/// <see cref="BaselineYear"/>, so <see cref="Target.ThresholdFor"/> returns null without it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RelativeReductionTarget : Target
{
    /// <summary>Creates a relative reduction target.</summary>
    /// <param name="percent">The reduction in percent of the baseline value, greater than 0 and at most 100.</param>
    /// <param name="baselineYear">The year compared with (<c>so với năm 2023</c>).</param>
    /// <param name="targetYear">The year the reduction is due, or null for the plan's year.</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public RelativeReductionTarget(decimal percent, int baselineYear, int? targetYear = null)
    {
        Preconditions.CheckArgument(percent > 0 && percent <= 100, nameof(percent), "A reduction must be more than 0% and at most 100%.");
        Preconditions.CheckRange(baselineYear, Milestone.MinYear, Milestone.MaxYear);
        if (targetYear is { } t)
        {
            Preconditions.CheckArgument(t > baselineYear && t <= Milestone.MaxYear, nameof(targetYear), "The target year must follow the baseline year.");
        }
        Percent = percent;
        BaselineYear = baselineYear;
        TargetYear = targetYear;
    }

    /// <summary>The reduction in percent of the baseline value.</summary>
    public decimal Percent { get; }

    /// <summary>The baseline year.</summary>
    public int BaselineYear { get; }

    /// <summary>The year the reduction is due, or null when the plan's own year is meant.</summary>
    public int? TargetYear { get; }

    /// <inheritdoc />
    public override IndicatorDirection Direction => IndicatorDirection.LowerIsBetter;

    /// <inheritdoc />
    public override int? DeadlineFor(int year) => TargetYear;

    /// <inheritdoc />
    /// <remarks>Null unless <paramref name="baseline"/> is the value of <see cref="BaselineYear"/>.</remarks>
    public override TargetThreshold? ThresholdFor(int year, TargetBaseline? baseline = null) =>
        baseline is { } b && b.Year == BaselineYear
            ? new TargetThreshold(TargetBound.AtMost, b.Value * (1 - (Percent / 100m)))
            : null;

    /// <inheritdoc />
    public override string ToVietnameseString() =>
        "giảm " + TargetNumber.FormatVietnamese(Percent) + "% so với năm " + BaselineYear.ToString(CultureInfo.InvariantCulture)
        + (TargetYear is { } t ? " vào năm " + t.ToString(CultureInfo.InvariantCulture) : string.Empty);

    /// <inheritdoc />
    public override string ToEnglishString() =>
        "a " + TargetNumber.FormatEnglish(Percent) + "% reduction from " + BaselineYear.ToString(CultureInfo.InvariantCulture)
        + (TargetYear is { } t ? " by " + t.ToString(CultureInfo.InvariantCulture) : string.Empty);

    /// <inheritdoc />
    public override bool Equals(Target? other) =>
        other is RelativeReductionTarget r && r.Percent == Percent && r.BaselineYear == BaselineYear && r.TargetYear == TargetYear;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Percent, BaselineYear, TargetYear);
}
