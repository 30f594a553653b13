using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// When something is due (thời hạn): either an instant ("within 12 hours of receiving the information") or the end of
/// a day in Vietnam ("within 5 working days"), so that callers can both display it and test whether it has passed.
/// </summary>
/// <remarks>
/// <para>Civil Code 2015 art. 147–148: a period in hours runs from the instant fixed; a period in days ends at the end
/// of its last day, which for Vietnam is the next midnight in <c>Asia/Ho_Chi_Minh</c> (UTC+7, no daylight saving
/// since 1975). <see cref="Due"/> is that exclusive bound, so <see cref="IsPassedAt"/> is a single comparison.</para>
/// <para>Deadlines order by <see cref="Due"/>; a day deadline and an instant deadline at the same instant are
/// different values (they are displayed differently) and compare by kind after the instant.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct Deadline : IEquatable<Deadline>, IComparable<Deadline>
{
    /// <summary>The time zone of Vietnamese civil days, <c>Asia/Ho_Chi_Minh</c> from the TZDB provider.</summary>
    public static DateTimeZone VietnamTimeZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private readonly LocalDate? dueDate;

    private Deadline(Instant due, LocalDate? dueDate)
    {
        Due = due;
        this.dueDate = dueDate;
    }

    /// <summary>The first instant at which the deadline has passed (for a day deadline: the next midnight in Vietnam).</summary>
    public Instant Due { get; }

    /// <summary>The last day allowed, for a day deadline; null for an instant deadline.</summary>
    public LocalDate? DueDate => dueDate;

    /// <summary>Whether the deadline is the end of a day rather than an instant.</summary>
    public bool IsEndOfDay => dueDate.HasValue;

    /// <summary>A deadline at an instant, such as received + 12 hours.</summary>
    /// <param name="due">The instant from which the deadline has passed.</param>
    /// <returns>The deadline.</returns>
    public static Deadline At(Instant due) => new(due, null);

    /// <summary>A deadline at the end of a day in Vietnam (24:00 of <paramref name="date"/>, UTC+7).</summary>
    /// <param name="date">The last day allowed.</param>
    /// <returns>The deadline.</returns>
    public static Deadline EndOf(LocalDate date) => new(VietnamTimeZone.AtStartOfDay(date.PlusDays(1)).ToInstant(), date);

    /// <summary>A deadline a number of hours (or any duration) after an instant (Civil Code 2015 art. 147.1).</summary>
    /// <param name="start">The instant the period runs from, such as the receipt of a report.</param>
    /// <param name="period">The period; Decree 56/2017 art. 26.3 uses 12 hours.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative.</exception>
    public static Deadline After(Instant start, Duration period)
    {
        if (period < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), "The period must not be negative.");
        }
        return At(start + period);
    }

    /// <summary>Whether the deadline has passed at <paramref name="now"/> (now is at or after <see cref="Due"/>).</summary>
    /// <param name="now">The current instant, from an <see cref="IClock"/>.</param>
    /// <returns><c>true</c> when it is too late.</returns>
    public bool IsPassedAt(Instant now) => now >= Due;

    /// <summary>The time left at <paramref name="now"/>; negative when the deadline has passed.</summary>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Due"/> − <paramref name="now"/>.</returns>
    public Duration RemainingAt(Instant now) => Due - now;

    /// <inheritdoc />
    public bool Equals(Deadline other) => Due == other.Due && dueDate == other.dueDate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Deadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Due, dueDate);

    /// <summary>Orders by <see cref="Due"/>, then instant deadlines before day deadlines.</summary>
    /// <param name="other">The deadline to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Deadline other)
    {
        int byDue = Due.CompareTo(other.Due);
        return byDue != 0 ? byDue : IsEndOfDay.CompareTo(other.IsEndOfDay);
    }

    /// <summary><c>end of 2025-05-06 (Asia/Ho_Chi_Minh)</c> or the ISO instant, <c>2025-05-06T03:00:00Z</c>.</summary>
    /// <returns>The deadline as text.</returns>
    public override string ToString() =>
        dueDate is { } date
            ? "end of " + LocalDatePattern.Iso.Format(date) + " (Asia/Ho_Chi_Minh)"
            : InstantPattern.General.WithCulture(CultureInfo.InvariantCulture).Format(Due);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Deadline left, Deadline right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Deadline left, Deadline right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is due earlier.</summary>
    public static bool operator <(Deadline left, Deadline right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is due earlier or the same.</summary>
    public static bool operator <=(Deadline left, Deadline right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is due later.</summary>
    public static bool operator >(Deadline left, Deadline right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is due later or the same.</summary>
    public static bool operator >=(Deadline left, Deadline right) => left.CompareTo(right) >= 0;
}
