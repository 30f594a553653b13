using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// Which quantity of an <see cref="IndicatorValue"/> a rule term reads: the value in the measure's unit, or the summed
/// numerator or denominator it was computed from (<i>tử số</i>, <i>mẫu số</i>).
/// </summary>
/// <remarks>
/// <para>Names are the lower-case words written in expressions after the measure (<c>CT3.a.numerator</c>); the value is the
/// default and is written without a suffix.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class MeasureQuantity : ClosedSet<MeasureQuantity>, IClosedSet<MeasureQuantity>
{
    /// <summary>The value in the measure's unit (a rate per 1,000 live births, a percentage, a count).</summary>
    public static readonly MeasureQuantity MeasureValue = new("value", 1);

    /// <summary>The summed numerator (deaths under one), for ratio measures (<i>tử số</i>).</summary>
    public static readonly MeasureQuantity Numerator = new("numerator", 2);

    /// <summary>The summed denominator (live births), for ratio measures (<i>mẫu số</i>).</summary>
    public static readonly MeasureQuantity Denominator = new("denominator", 3);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<MeasureQuantity> IClosedSet<MeasureQuantity>.Members { get; } = [MeasureValue, Numerator, Denominator];

    private MeasureQuantity(string name, int value)
        : base(name, value)
    {
    }

    internal decimal? Read(IndicatorValue value) =>
        this == Numerator ? value.Numerator : this == Denominator ? value.Denominator : value.Value;
}
