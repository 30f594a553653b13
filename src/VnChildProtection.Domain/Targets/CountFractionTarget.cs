using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// An increase stated as counts out of a total: <c>tăng tỷ lệ xã, phường đạt tiêu chuẩn ... 144/200 năm 2022 lên
/// 150/200 năm 2023</c> (seed 001, Lạng Sơn 2023).
/// </summary>
/// <remarks>
/// <para>Thresholds are percentages (the share the counts stand for): the example asks for at least 75% in 2023
/// from a stated baseline of 72% in 2022. <see cref="IsAchievedByCount"/> checks a raw count.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CountFractionTarget : Target
{
    /// <summary>Creates a count-fraction target.</summary>
    /// <param name="baselineCount">The count in the baseline year (144).</param>
    /// <param name="baselineTotal">The total in the baseline year (200).</param>
    /// <param name="baselineYear">The baseline year (2022).</param>
    /// <param name="targetCount">The count to reach (150).</param>
    /// <param name="targetTotal">The total in the target year (200).</param>
    /// <param name="targetYear">The target year (2023).</param>
    /// <exception cref="ArgumentException">Counts exceed totals, totals are not positive, or years are out of order.</exception>
    public CountFractionTarget(int baselineCount, int baselineTotal, int baselineYear, int targetCount, int targetTotal, int targetYear)
    {
        Preconditions.CheckArgument(baselineTotal > 0 && targetTotal > 0, nameof(baselineTotal), "Totals must be positive.");
        Preconditions.CheckRange(baselineCount, 0, baselineTotal);
        Preconditions.CheckRange(targetCount, 0, targetTotal);
        Preconditions.CheckRange(baselineYear, Milestone.MinYear, Milestone.MaxYear);
        Preconditions.CheckArgument(targetYear > baselineYear && targetYear <= Milestone.MaxYear, nameof(targetYear), "The target year must follow the baseline year.");
        BaselineCount = baselineCount;
        BaselineTotal = baselineTotal;
        BaselineYear = baselineYear;
        TargetCount = targetCount;
        TargetTotal = targetTotal;
        TargetYear = targetYear;
    }

    /// <summary>The count in the baseline year.</summary>
    public int BaselineCount { get; }

    /// <summary>The total in the baseline year.</summary>
    public int BaselineTotal { get; }

    /// <summary>The baseline year.</summary>
    public int BaselineYear { get; }

    /// <summary>The count to reach.</summary>
    public int TargetCount { get; }

    /// <summary>The total in the target year.</summary>
    public int TargetTotal { get; }

    /// <summary>The target year.</summary>
    public int TargetYear { get; }

    /// <inheritdoc />
    public override IndicatorDirection Direction => IndicatorDirection.HigherIsBetter;

    /// <inheritdoc />
    public override TargetBaseline? StatedBaseline => new TargetBaseline(BaselineYear, BaselineCount * 100m / BaselineTotal);

    /// <summary>Whether a count out of <see cref="TargetTotal"/> reaches <see cref="TargetCount"/>.</summary>
    /// <param name="count">The observed count.</param>
    /// <returns>True when reached.</returns>
    public bool IsAchievedByCount(int count) => count >= TargetCount;

    /// <inheritdoc />
    public override int? DeadlineFor(int year) => TargetYear;

    /// <inheritdoc />
    public override TargetThreshold? ThresholdFor(int year, TargetBaseline? baseline = null) =>
        new TargetThreshold(TargetBound.AtLeast, TargetCount * 100m / TargetTotal);

    /// <inheritdoc />
    public override string ToVietnameseString() => string.Create(
        CultureInfo.InvariantCulture,
        $"từ {BaselineCount}/{BaselineTotal} năm {BaselineYear} lên {TargetCount}/{TargetTotal} năm {TargetYear}");

    /// <inheritdoc />
    public override string ToEnglishString() => string.Create(
        CultureInfo.InvariantCulture,
        $"from {BaselineCount}/{BaselineTotal} in {BaselineYear} to {TargetCount}/{TargetTotal} in {TargetYear}");

    /// <inheritdoc />
    public override bool Equals(Target? other) =>
        other is CountFractionTarget c && c.BaselineCount == BaselineCount && c.BaselineTotal == BaselineTotal && c.BaselineYear == BaselineYear
        && c.TargetCount == TargetCount && c.TargetTotal == TargetTotal && c.TargetYear == TargetYear;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BaselineCount, BaselineTotal, BaselineYear, TargetCount, TargetTotal, TargetYear);
}
