namespace VnChildProtection.Domain.Indicators;

/// <summary>How the values of the shorter periods inside a period combine into its value (months into a quarter or a
/// year), the time half of an <see cref="AggregationType"/>.</summary>
public enum TimeAggregation
{
    /// <summary>Added up: a flow, such as births or reports received.</summary>
    Sum = 1,

    /// <summary>Averaged over the shorter periods the period holds (a month missing from a year lowers the average,
    /// as DHIS2's averages over the days of the period do).</summary>
    Average = 2,

    /// <summary>The value of the latest shorter period reported: a stock, such as children in special circumstances at
    /// the end of the period. Never summed over months.</summary>
    LastInPeriod = 3,

    /// <summary>Not aggregated: only a value reported for exactly the period asked for.</summary>
    None = 4,
}
