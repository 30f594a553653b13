using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// A yearly reduction within a range, compounding: <c>duy trì mức giảm số cuộc tảo hôn từ 2 đến 3% hằng năm giai
/// đoạn từ năm 2025 đến năm 2030</c> (Decision 23/QĐ-TTg, Chỉ tiêu 13).
/// </summary>
/// <remarks>
/// <para>After <c>n</c> years from a baseline value <c>B</c>, the value must be at most
/// <c>B × (1 − <see cref="MinPercent"/>/100)ⁿ</c> (the lenient end of the range); the ambitious end is
/// <c>B × (1 − <see cref="MaxPercent"/>/100)ⁿ</c> (<see cref="AmbitiousValue"/>). Each year's reduction applies to
/// the previous year's value, hence the power rather than <c>n × percent</c>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AnnualReductionTarget : Target
{
    /// <summary>Creates an annual reduction target.</summary>
    /// <param name="minPercent">The smallest acceptable yearly reduction, in percent (more than 0).</param>
    /// <param name="maxPercent">The largest planned yearly reduction, in percent (at least <paramref name="minPercent"/>, below 100).</param>
    /// <param name="fromYear">The first year of the period, or null.</param>
    /// <param name="toYear">The last year of the period, or null.</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public AnnualReductionTarget(decimal minPercent, decimal maxPercent, int? fromYear = null, int? toYear = null)
    {
        Preconditions.CheckArgument(minPercent > 0 && minPercent <= maxPercent && maxPercent < 100, nameof(minPercent),
            "Yearly reductions must satisfy 0 < min ≤ max < 100.");
        Preconditions.CheckArgument(fromYear is null == toYear is null, nameof(fromYear), "Give both ends of the period or neither.");
        if (fromYear is { } f && toYear is { } t)
        {
            Preconditions.CheckRange(f, Milestone.MinYear, Milestone.MaxYear, nameof(fromYear));
            Preconditions.CheckArgument(t > f && t <= Milestone.MaxYear, nameof(toYear), "The period must end after it starts.");
        }
        MinPercent = minPercent;
        MaxPercent = maxPercent;
        FromYear = fromYear;
        ToYear = toYear;
    }

    /// <summary>The smallest acceptable yearly reduction, in percent.</summary>
    public decimal MinPercent { get; }

    /// <summary>The largest planned yearly reduction, in percent.</summary>
    public decimal MaxPercent { get; }

    /// <summary>The first year of the period, or null.</summary>
    public int? FromYear { get; }

    /// <summary>The last year of the period, or null.</summary>
    public int? ToYear { get; }

    /// <inheritdoc />
    public override IndicatorDirection Direction => IndicatorDirection.LowerIsBetter;

    /// <inheritdoc />
    /// <remarks>Every year is its own deadline: the threshold already follows the yearly path.</remarks>
    public override int? DeadlineFor(int year) => year;

    /// <inheritdoc />
    /// <remarks>Null without a baseline; for a year not after the baseline, the baseline value itself.</remarks>
    public override TargetThreshold? ThresholdFor(int year, TargetBaseline? baseline = null) =>
        baseline is { } b ? new TargetThreshold(TargetBound.AtMost, Compound(b.Value, MinPercent, year - b.Year)) : null;

    /// <summary>The value reached after the yearly reduction at the ambitious end of the range.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <param name="year">The year.</param>
    /// <returns><c>B × (1 − max/100)ⁿ</c>.</returns>
    public decimal AmbitiousValue(TargetBaseline baseline, int year) => Compound(baseline.Value, MaxPercent, year - baseline.Year);

    /// <inheritdoc />
    public override string ToVietnameseString()
    {
        var range = MinPercent == MaxPercent
            ? TargetNumber.FormatVietnamese(MinPercent) + "%"
            : "từ " + TargetNumber.FormatVietnamese(MinPercent) + " đến " + TargetNumber.FormatVietnamese(MaxPercent) + "%";
        var period = FromYear is { } f && ToYear is { } t
            ? string.Create(CultureInfo.InvariantCulture, $" giai đoạn từ năm {f} đến năm {t}")
            : string.Empty;
        return "giảm " + range + " hằng năm" + period;
    }

    /// <inheritdoc />
    public override string ToEnglishString()
    {
        var range = MinPercent == MaxPercent
            ? TargetNumber.FormatEnglish(MinPercent) + "%"
            : TargetNumber.FormatEnglish(MinPercent) + "–" + TargetNumber.FormatEnglish(MaxPercent) + "%";
        var period = FromYear is { } f && ToYear is { } t
            ? string.Create(CultureInfo.InvariantCulture, $" from {f} to {t}")
            : string.Empty;
        return "a " + range + " reduction every year" + period;
    }

    /// <inheritdoc />
    public override bool Equals(Target? other) =>
        other is AnnualReductionTarget a && a.MinPercent == MinPercent && a.MaxPercent == MaxPercent && a.FromYear == FromYear && a.ToYear == ToYear;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinPercent, MaxPercent, FromYear, ToYear);

    private static decimal Compound(decimal value, decimal percent, int years)
    {
        var factor = 1 - (percent / 100m);
        for (var i = 0; i < years; i++)
        {
            value *= factor;
        }
        return value;
    }
}
