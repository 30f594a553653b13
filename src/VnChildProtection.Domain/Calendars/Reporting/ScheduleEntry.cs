using System;
using System.Globalization;
using NodaTime;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// One entry of a <see cref="ReportingSchedule"/>: a report due from a tier for a period, a one-off plan deadline, or
/// an event; with a stable identity, Vietnamese and English titles and its dates.
/// </summary>
/// <remarks>
/// <para><see cref="Id"/> is derived from what the entry is — definition, tier and period for a report
/// (<c>report/child-affairs-6-month/province/2023-H1</c>), the deadline's id, the event's id and start date — never
/// from a clock or a random number, so exports of the same schedule keep their identities (iCalendar UIDs) and
/// re-imports update rather than duplicate.</para>
/// <para>Entries compare by value (type, identity, titles, dates and each kind's own facts).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public abstract class ScheduleEntry : IEquatable<ScheduleEntry>
{
    private protected ScheduleEntry(string id, string title, string englishTitle, LocalDate start, LocalDate end)
    {
        Id = id;
        Title = title;
        EnglishTitle = englishTitle;
        Start = start;
        End = end;
    }

    /// <summary>The stable identity, such as <c>report/child-affairs-6-month/province/2023-H1</c> or <c>event/mid-autumn/2025-10-06</c>.</summary>
    public string Id { get; }

    /// <summary>The Vietnamese title, NFC.</summary>
    public string Title { get; }

    /// <summary>The English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>The first day: the adjusted due date for reports and deadlines, the first day for events.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (inclusive): the due date again for reports and deadlines, the last day for events.</summary>
    public LocalDate End { get; }

    /// <summary>The deadline (end of the adjusted due date in Vietnam) for reports and plan deadlines; null for events.</summary>
    public abstract Deadline? Deadline { get; }

    /// <summary>An English description of the entry: period, window, due dates and adjustment, source.</summary>
    public abstract string Description { get; }

    /// <inheritdoc />
    public bool Equals(ScheduleEntry? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (GetType() == other.GetType() && Id == other.Id && Title == other.Title && EnglishTitle == other.EnglishTitle
                && Start == other.Start && End == other.End && EqualsCore(other)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScheduleEntry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Start, End);

    /// <summary>The start date and identity, such as <c>2023-05-22 report/child-affairs-6-month/district/2023-H1</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => Format(Start) + " " + Id;

    /// <summary>Value equality.</summary>
    public static bool operator ==(ScheduleEntry? left, ScheduleEntry? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ScheduleEntry? left, ScheduleEntry? right) => !Equals(left, right);

    // Facts of the concrete kind beyond the shared ones; other has the same type.
    private protected abstract bool EqualsCore(ScheduleEntry other);

    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal static string DescribeDue(LocalDate raw, LocalDate adjusted, DueDatePolicy policy) =>
        raw == adjusted
            ? "Due " + Format(raw) + "."
            : "Due " + Format(raw) + " (" + raw.DayOfWeek + ", a day off), moved to " + Format(adjusted) + " ("
                + (policy == DueDatePolicy.NextWorkingDay ? "next" : "previous") + " working day).";
}
