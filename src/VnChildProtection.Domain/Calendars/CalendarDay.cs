using System;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>One day of a <see cref="WorkingDayCalendar"/>: its kind and, for holidays and the days off they cause, which holiday.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct CalendarDay : IEquatable<CalendarDay>
{
    private readonly DayKind? kind;

    /// <summary>Creates a calendar day.</summary>
    /// <param name="date">The date.</param>
    /// <param name="kind">What the day is.</param>
    /// <param name="holiday">The holiday that is, or that caused, the day off; null for ordinary days.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">A <see cref="DayKind.Holiday"/> without a holiday.</exception>
    public CalendarDay(LocalDate date, DayKind kind, PublicHoliday? holiday = null)
    {
        Preconditions.CheckNotNull(kind);
        Preconditions.CheckArgument(kind != DayKind.Holiday || holiday is not null, nameof(holiday), "A holiday day must name its holiday.");
        Date = date;
        this.kind = kind;
        Holiday = holiday;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>What the day is (working day, weekly rest, holiday, compensatory or swapped day).</summary>
    public DayKind Kind => kind ?? DayKind.WorkingDay;

    /// <summary>The holiday this day is, or whose compensatory or swapped day it is; null otherwise.</summary>
    public PublicHoliday? Holiday { get; }

    /// <summary>Whether staff work on this day.</summary>
    public bool IsWorkingDay => Kind.IsWorkingDay;

    /// <inheritdoc />
    public bool Equals(CalendarDay other) => Date == other.Date && Kind == other.Kind && Holiday == other.Holiday;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalendarDay other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Kind, Holiday);

    /// <summary>The date and kind, such as <c>2025-05-02 SwappedDayOff (ReunificationDay)</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() =>
        Holiday is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Date:uuuu-MM-dd} {Kind.Name}")
            : string.Create(CultureInfo.InvariantCulture, $"{Date:uuuu-MM-dd} {Kind.Name} ({Holiday.Name})");

    /// <summary>Value equality.</summary>
    public static bool operator ==(CalendarDay left, CalendarDay right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(CalendarDay left, CalendarDay right) => !left.Equals(right);
}
