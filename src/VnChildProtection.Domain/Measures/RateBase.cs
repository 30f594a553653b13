using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Measures;

/// <summary>
/// What a <see cref="Rate"/> is "per" (tỷ suất ... trên): a multiplier and, where stated, the population
/// counted in the denominator.
/// </summary>
/// <remarks>
/// <para>Decision 23/QĐ-TTg (indicator 3) states mortality per 1,000 live births (<c>trên 1.000 trẻ đẻ sống</c>)
/// and injuries per 100,000 children (indicator 11, <c>550/100.000 trẻ em</c>); provinces sometimes drop the
/// population (<c>500/100.000</c>, seed 003) or write the per-mille sign (<c>‰</c>). The generic bases keep
/// that text honest instead of guessing the population.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RateBase : ClosedSet<RateBase>, IClosedSet<RateBase>
{
    /// <summary>Per 1,000, population not stated (<c>/1.000</c>, <c>‰</c>).</summary>
    public static readonly RateBase PerThousand = new(nameof(PerThousand), 1, 1_000m, string.Empty, string.Empty);

    /// <summary>Per 1,000 live births (<c>/1.000 trẻ đẻ sống</c>): neonatal, infant and under-5 mortality (Decision 23/QĐ-TTg, indicator 3).</summary>
    public static readonly RateBase PerThousandLiveBirths = new(nameof(PerThousandLiveBirths), 2, 1_000m, "trẻ đẻ sống", "live births");

    /// <summary>Per 100,000, population not stated (<c>/100.000</c>).</summary>
    public static readonly RateBase PerHundredThousand = new(nameof(PerHundredThousand), 3, 100_000m, string.Empty, string.Empty);

    /// <summary>Per 100,000 children (<c>/100.000 trẻ em</c>): injuries and injury deaths (Decision 23/QĐ-TTg, indicator 11).</summary>
    public static readonly RateBase PerHundredThousandChildren = new(nameof(PerHundredThousandChildren), 4, 100_000m, "trẻ em", "children");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<RateBase> IClosedSet<RateBase>.Members { get; } = [PerThousand, PerThousandLiveBirths, PerHundredThousand, PerHundredThousandChildren];

    private RateBase(string name, int value, decimal factor, string vietnamesePopulation, string englishPopulation)
        : base(name, value)
    {
        Factor = factor;
        VietnamesePopulation = vietnamesePopulation;
        EnglishPopulation = englishPopulation;
    }

    /// <summary>The multiplier: 1,000 or 100,000.</summary>
    public decimal Factor { get; }

    /// <summary>The denominator's population in Vietnamese (<c>trẻ đẻ sống</c>, <c>trẻ em</c>), or empty when unstated.</summary>
    public string VietnamesePopulation { get; }

    /// <summary>The denominator's population in English (<c>live births</c>, <c>children</c>), or empty when unstated.</summary>
    public string EnglishPopulation { get; }

    /// <summary>Whether the population is stated.</summary>
    public bool HasPopulation => VietnamesePopulation.Length > 0;
}
