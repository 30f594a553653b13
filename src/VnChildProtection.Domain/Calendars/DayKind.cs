using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>What a day is in the civil-service working calendar: working day, weekly rest, holiday, or a moved day.</summary>
/// <remarks>
/// <para>Sources: Labour Code 2019 art. 111 (weekly rest, nghỉ hằng tuần; compensatory day, nghỉ bù) and art. 112
/// (holidays); the yearly Prime Minister's or Ministry of Home Affairs' notices that swap a working day with a
/// Saturday (hoán đổi ngày làm việc, làm bù).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DayKind : ClosedSet<DayKind>, IClosedSet<DayKind>
{
    /// <summary>Ngày làm việc: an ordinary working day.</summary>
    public static readonly DayKind WorkingDay = new(nameof(WorkingDay), 0, "Ngày làm việc", isWorkingDay: true);

    /// <summary>Ngày nghỉ hằng tuần: the weekly rest day (Saturday and Sunday in the civil service).</summary>
    public static readonly DayKind WeeklyRestDay = new(nameof(WeeklyRestDay), 1, "Ngày nghỉ hằng tuần", isWorkingDay: false);

    /// <summary>Ngày nghỉ lễ, tết: a public holiday (art. 112).</summary>
    public static readonly DayKind Holiday = new(nameof(Holiday), 2, "Ngày nghỉ lễ, tết", isWorkingDay: false);

    /// <summary>Ngày nghỉ bù: the working day off because a holiday fell on a weekly rest day (art. 111.3).</summary>
    public static readonly DayKind CompensatoryDayOff = new(nameof(CompensatoryDayOff), 3, "Ngày nghỉ bù", isWorkingDay: false);

    /// <summary>Ngày nghỉ hoán đổi: a working day given off in exchange for a Saturday worked.</summary>
    public static readonly DayKind SwappedDayOff = new(nameof(SwappedDayOff), 4, "Ngày nghỉ hoán đổi", isWorkingDay: false);

    /// <summary>Ngày làm bù: a weekly rest day worked in exchange for a swapped day off.</summary>
    public static readonly DayKind SwappedWorkingDay = new(nameof(SwappedWorkingDay), 5, "Ngày làm bù", isWorkingDay: true);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<DayKind> IClosedSet<DayKind>.Members { get; } = [WorkingDay, WeeklyRestDay, Holiday, CompensatoryDayOff, SwappedDayOff, SwappedWorkingDay];

    private DayKind(string name, int value, string vietnameseName, bool isWorkingDay)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        IsWorkingDay = isWorkingDay;
    }

    /// <summary>The Vietnamese name, such as <c>Ngày nghỉ bù</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>Whether staff work on a day of this kind.</summary>
    public bool IsWorkingDay { get; }
}
