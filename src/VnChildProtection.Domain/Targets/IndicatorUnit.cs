using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// The unit an indicator value is expressed in (<i>đơn vị tính</i>): a percentage, a rate per 1,000 live
/// births, a rate per 100,000 children, a plain count or a plain ratio, each with the factor that turns
/// numerator / denominator into the stated value.
/// </summary>
/// <remarks>
/// <para>Units are those used by the 24 indicators of Decision 23/QĐ-TTg (07/01/2021): percentages
/// (<c>%</c>), mortality rates <c>trên 1.000 trẻ đẻ sống</c> (Chỉ tiêu 3), injury rates
/// <c>/100.000 trẻ em</c> (Chỉ tiêu 11) and counts (<c>số cuộc tảo hôn</c>, Chỉ tiêu 13).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorUnit : ClosedSet<IndicatorUnit>, IClosedSet<IndicatorUnit>
{
    /// <summary>A percentage, <c>tỷ lệ ... %</c>: numerator / denominator × 100.</summary>
    public static readonly IndicatorUnit Percent = new(nameof(Percent), 1, 100m, "phần trăm", "percent", "%", "%");

    /// <summary>A rate per 1,000 live births, <c>trên 1.000 trẻ đẻ sống</c> (child mortality, Chỉ tiêu 3).</summary>
    public static readonly IndicatorUnit PerThousandLiveBirths = new(
        nameof(PerThousandLiveBirths), 2, 1_000m, "trên 1.000 trẻ đẻ sống", "per 1,000 live births", "/1.000 trẻ đẻ sống", " per 1,000 live births");

    /// <summary>A rate per 100,000 children, <c>/100.000 trẻ em</c> (injuries and injury deaths, Chỉ tiêu 11).</summary>
    public static readonly IndicatorUnit PerHundredThousandChildren = new(
        nameof(PerHundredThousandChildren), 3, 100_000m, "trên 100.000 trẻ em", "per 100,000 children", "/100.000 trẻ em", " per 100,000 children");

    /// <summary>A plain count (<c>số</c>), such as the number of child marriages (Chỉ tiêu 13); the denominator is ignored.</summary>
    public static readonly IndicatorUnit Count = new(nameof(Count), 4, 1m, "số lượng", "count", string.Empty, string.Empty);

    /// <summary>A plain ratio: numerator / denominator with factor 1.</summary>
    public static readonly IndicatorUnit Ratio = new(nameof(Ratio), 5, 1m, "tỷ số", "ratio", string.Empty, string.Empty);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<IndicatorUnit> IClosedSet<IndicatorUnit>.Members { get; } = [Percent, PerThousandLiveBirths, PerHundredThousandChildren, Count, Ratio];

    private IndicatorUnit(string name, int value, decimal factor, string vietnameseName, string englishName, string vietnameseSuffix, string englishSuffix)
        : base(name, value)
    {
        Factor = factor;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        VietnameseSuffix = vietnameseSuffix;
        EnglishSuffix = englishSuffix;
    }

    /// <summary>The multiplier applied to numerator / denominator: 100, 1,000, 100,000 or 1.</summary>
    public decimal Factor { get; }

    /// <summary>The Vietnamese name of the unit, e.g. <c>trên 1.000 trẻ đẻ sống</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name of the unit, e.g. <c>per 1,000 live births</c>.</summary>
    public string EnglishName { get; }

    /// <summary>What follows a number in Vietnamese text: <c>%</c>, <c>/1.000 trẻ đẻ sống</c>, <c>/100.000 trẻ em</c> or nothing.</summary>
    public string VietnameseSuffix { get; }

    /// <summary>What follows a number in English text: <c>%</c>, <c> per 1,000 live births</c>, ... or nothing.</summary>
    public string EnglishSuffix { get; }

    /// <summary>Whether the value is a count (no denominator).</summary>
    public bool IsCount => this == Count;

    /// <summary>Computes the value in this unit: numerator / denominator × <see cref="Factor"/>, or the numerator for a count.</summary>
    /// <param name="numerator">The numerator (e.g. deaths under one year).</param>
    /// <param name="denominator">The denominator (e.g. live births); ignored for <see cref="Count"/>.</param>
    /// <returns>The value, or null when the denominator is zero for a ratio unit.</returns>
    public decimal? Compute(decimal numerator, decimal denominator)
    {
        if (IsCount)
        {
            return numerator;
        }
        Preconditions.DebugCheck(denominator >= 0, "Denominators are validated non-negative by callers.");
        return denominator == 0 ? null : numerator / denominator * Factor;
    }
}
