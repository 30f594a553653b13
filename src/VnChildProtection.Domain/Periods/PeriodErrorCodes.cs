namespace VnChildProtection.Domain.Periods;

/// <summary>The codes of the <see cref="Text.ParseError"/>s that period parsing returns.</summary>
public static class PeriodErrorCodes
{
    /// <summary>The text is not a DHIS2 period identifier (<c>2025</c>, <c>2025S1</c>, <c>2025Q1</c>, <c>202501</c>,
    /// <c>2025W1</c>, <c>20250315</c>, <c>2025April</c>) nor an ISO 8601 interval (<c>2025-01-01/P1M</c>).</summary>
    public const string Format = "PERIOD-FORMAT";

    /// <summary>The text has the right shape but names no such period: month 13, quarter 5, week 53 of a 52-week year,
    /// 30 February, a year outside <see cref="Period.MinYear"/>–<see cref="Period.MaxYear"/>.</summary>
    public const string Range = "PERIOD-RANGE";

    /// <summary>An ISO 8601 interval whose start is not where a period of its duration starts (<c>2025-01-15/P1M</c>,
    /// a week not starting on a Monday).</summary>
    public const string Alignment = "PERIOD-ALIGNMENT";
}
