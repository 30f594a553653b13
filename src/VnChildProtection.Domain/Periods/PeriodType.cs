using System.Collections.Generic;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Periods;

/// <summary>
/// The length and alignment of a reporting period (loại kỳ báo cáo), named as DHIS2 names its period types: a day, an
/// ISO 8601 week, a month, a quarter, a half year, a calendar year, or a financial year starting in April, July,
/// October or November.
/// </summary>
/// <remarks>
/// <para><c>Name</c> is DHIS2's period type name (<c>Monthly</c>,
/// <c>SixMonthly</c>, <c>FinancialApril</c>); <c>Value</c> orders the
/// types from the shortest to the longest (the financial years after the calendar year).</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PeriodType : ClosedSet<PeriodType>, IClosedSet<PeriodType>
{
    /// <summary>One day (<c>20250315</c>; ADX <c>2025-03-15/P1D</c>).</summary>
    public static readonly PeriodType Daily = new(nameof(Daily), 1, 0, 1, 1, "P1D", string.Empty);

    /// <summary>One ISO 8601 week, Monday to Sunday, numbered within its ISO week year (<c>2025W1</c>; ADX <c>2024-12-30/P7D</c>).</summary>
    public static readonly PeriodType Weekly = new(nameof(Weekly), 2, 0, 7, 1, "P7D", "W");

    /// <summary>One calendar month (<c>202501</c>; ADX <c>2025-01-01/P1M</c>).</summary>
    public static readonly PeriodType Monthly = new(nameof(Monthly), 3, 1, 0, 1, "P1M", string.Empty);

    /// <summary>One calendar quarter (<c>2025Q1</c>; ADX <c>2025-01-01/P3M</c>).</summary>
    public static readonly PeriodType Quarterly = new(nameof(Quarterly), 4, 3, 0, 1, "P3M", "Q");

    /// <summary>One half of a calendar year, S1 January–June and S2 July–December (<c>2025S1</c>; ADX <c>2025-01-01/P6M</c>).</summary>
    public static readonly PeriodType SixMonthly = new(nameof(SixMonthly), 5, 6, 0, 1, "P6M", "S");

    /// <summary>One calendar year (<c>2025</c>; ADX <c>2025-01-01/P1Y</c>).</summary>
    public static readonly PeriodType Yearly = new(nameof(Yearly), 6, 12, 0, 1, "P1Y", string.Empty);

    /// <summary>A financial year from 1 April to 31 March, named by the year it starts in (<c>2025April</c> = 1/4/2025–31/3/2026; ADX <c>2025-04-01/P1Y</c>).</summary>
    public static readonly PeriodType FinancialApril = new(nameof(FinancialApril), 7, 12, 0, 4, "P1Y", "April");

    /// <summary>A financial year from 1 July to 30 June (<c>2025July</c> = 1/7/2025–30/6/2026).</summary>
    public static readonly PeriodType FinancialJuly = new(nameof(FinancialJuly), 8, 12, 0, 7, "P1Y", "July");

    /// <summary>A financial year from 1 October to 30 September (<c>2025Oct</c> = 1/10/2025–30/9/2026).</summary>
    public static readonly PeriodType FinancialOct = new(nameof(FinancialOct), 9, 12, 0, 10, "P1Y", "Oct");

    /// <summary>A financial year from 1 November to 31 October (<c>2025Nov</c> = 1/11/2025–31/10/2026).</summary>
    public static readonly PeriodType FinancialNov = new(nameof(FinancialNov), 10, 12, 0, 11, "P1Y", "Nov");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<PeriodType> IClosedSet<PeriodType>.Members { get; } =
        [Daily, Weekly, Monthly, Quarterly, SixMonthly, Yearly, FinancialApril, FinancialJuly, FinancialOct, FinancialNov];

    private PeriodType(string name, int value, int months, int days, int startMonth, string isoDuration, string marker)
        : base(name, value)
    {
        Months = months;
        Days = days;
        StartMonth = startMonth;
        Iso8601Duration = isoDuration;
        Marker = marker;
    }

    /// <summary>The length in months (1, 3, 6 or 12), or 0 for a type measured in days.</summary>
    public int Months { get; }

    /// <summary>The length in days (1 or 7), or 0 for a type measured in months.</summary>
    public int Days { get; }

    /// <summary>The month a period of this type starts in, or the first such month of the year: 1 for calendar
    /// periods, 4, 7, 10 or 11 for the financial years. 1 for days and weeks (not used).</summary>
    public int StartMonth { get; }

    /// <summary>The ISO 8601 duration ADX writes after the start date: <c>P1D</c>, <c>P7D</c>, <c>P1M</c>, <c>P3M</c>, <c>P6M</c>, <c>P1Y</c>.</summary>
    public string Iso8601Duration { get; }

    /// <summary>Whether the type is one of DHIS2's financial years.</summary>
    public bool IsFinancialYear => Months == 12 && StartMonth != 1;

    /// <summary>The letters between the year and the number in the DHIS2 identifier (<c>W</c>, <c>Q</c>, <c>S</c>), or the
    /// suffix of a financial year (<c>April</c>); empty for days, months and years.</summary>
    internal string Marker { get; }

    /// <summary>How many periods of this type fit in a year of months, for month-based types (12, 4, 2, 1); 0 otherwise.</summary>
    internal int PerYear => Months == 0 ? 0 : 12 / Months;
}
