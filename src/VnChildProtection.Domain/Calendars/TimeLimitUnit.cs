using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// The unit a time limit (thời hạn) is stated in: hours (giờ), calendar days (ngày), working days (ngày làm việc) or
/// months (tháng).
/// </summary>
/// <remarks>
/// <para>Sources: Civil Code 2015 art. 144–148 (periods in hours, days and months and how they are counted); Decree
/// 56/2017/NĐ-CP art. 26–32 states the child-protection time limits in hours (<c>trong vòng 12 giờ</c>, art. 26.3,
/// 31.2, 32.2) and working days (<c>trong thời hạn 05 ngày làm việc</c>, art. 28). Instances are listed from the
/// shortest unit to the longest.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TimeLimitUnit : ClosedSet<TimeLimitUnit>, IClosedSet<TimeLimitUnit>
{
    /// <summary>Giờ: hours, counted from the instant of the event (Civil Code 2015 art. 147.1; Decree 56/2017 art. 26.3: 12 hours).</summary>
    public static readonly TimeLimitUnit Hours = new(nameof(Hours), 1, "giờ", "hour", "hours");

    /// <summary>Ngày: calendar days, from the day after the event; a last day off moves to the next working day
    /// (Civil Code 2015 art. 147–148).</summary>
    public static readonly TimeLimitUnit Days = new(nameof(Days), 2, "ngày", "day", "days");

    /// <summary>Ngày làm việc: working days only, from the day after the event (Decree 56/2017 art. 28: 5 and 2 working days).</summary>
    public static readonly TimeLimitUnit WorkingDays = new(nameof(WorkingDays), 3, "ngày làm việc", "working day", "working days");

    /// <summary>Tháng: months, ending on the corresponding day of the last month, or that month's last day when it has
    /// none (Civil Code 2015 art. 148).</summary>
    public static readonly TimeLimitUnit Months = new(nameof(Months), 4, "tháng", "month", "months");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<TimeLimitUnit> IClosedSet<TimeLimitUnit>.Members { get; } = [Hours, Days, WorkingDays, Months];

    private TimeLimitUnit(string name, int value, string vietnameseName, string englishSingular, string englishPlural)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishSingular = englishSingular;
        EnglishName = englishPlural;
    }

    /// <summary>The Vietnamese name as written after the count, such as <c>ngày làm việc</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name (plural), such as <c>working days</c>.</summary>
    public string EnglishName { get; }

    /// <summary>The English name for a count of one, such as <c>working day</c>.</summary>
    public string EnglishSingular { get; }

    /// <summary>Whether a limit in this unit ends at the end of a day (days, working days, months) rather than at an instant (hours).</summary>
    public bool EndsAtEndOfDay => this != Hours;
}
