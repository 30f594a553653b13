namespace VnChildProtection.Domain.Indicators;

/// <summary>How values of one measure combine when aggregated from communes up to districts and provinces.</summary>
/// <remarks>
/// Rates and percentages must be aggregated by summing numerators and denominators: averaging the rates of
/// a small and a large commune would give both the same weight.
/// </remarks>
public enum RollupPolicy
{
    /// <summary>Sum numerators and sum denominators, then compute the rate (the default for every ratio).</summary>
    SumNumeratorsAndDenominators = 1,

    /// <summary>Sum the values (counts such as the number of child marriages).</summary>
    SumValues = 2,

    /// <summary>Unweighted mean of the values; only for scores that have no meaningful numerator and denominator.</summary>
    AverageValues = 3,
}
