using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// The reporting schedule of one year (lịch báo cáo): every report occurrence with its period, data window, tier and
/// due date (raw and adjusted), the plan's one-off deadlines and the year's events, in date order; answers what is due
/// or overdue at an instant in Vietnam.
/// </summary>
/// <remarks>
/// <para>A report belongs to the schedule of its period's year even when it falls due the year after. Entries are
/// ordered by start date, then reports before deadlines before events, then by identity.</para>
/// <para>"Now" always comes from an <see cref="IClock"/> or an <see cref="Instant"/>, read as a date in
/// <c>Asia/Ho_Chi_Minh</c>; a due date has passed at the end of its day there (<see cref="Calendars.Deadline"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportingSchedule
{
    internal ReportingSchedule(int year, IEnumerable<ScheduleEntry> entries)
    {
        Year = year;
        Entries = [.. entries.OrderBy(e => e.Start).ThenBy(Rank).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>The year the schedule covers.</summary>
    public int Year { get; }

    /// <summary>Every entry, in date order.</summary>
    public ImmutableArray<ScheduleEntry> Entries { get; }

    /// <summary>The report occurrences, in due-date order.</summary>
    public IEnumerable<ReportOccurrence> Reports => Entries.OfType<ReportOccurrence>();

    /// <summary>The one-off plan deadlines of the year, in date order.</summary>
    public IEnumerable<DeadlineOccurrence> Deadlines => Entries.OfType<DeadlineOccurrence>();

    /// <summary>The events of the year, in date order.</summary>
    public IEnumerable<EventOccurrence> Events => Entries.OfType<EventOccurrence>();

    /// <summary>The entry with an identity, if the schedule has it.</summary>
    /// <param name="id">Such as <c>report/child-affairs-6-month/province/2023-H1</c>.</param>
    /// <returns>The entry, or null.</returns>
    public ScheduleEntry? Find(string id) => Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>Reports and deadlines whose deadline has passed at <paramref name="now"/>.</summary>
    /// <param name="now">The current instant.</param>
    /// <returns>The overdue entries, in date order.</returns>
    public ImmutableArray<ScheduleEntry> GetOverdue(Instant now) => GetOverdue(now, []);

    /// <summary>Reports and deadlines whose deadline has passed at <paramref name="now"/> and that are not among
    /// <paramref name="submittedIds"/>.</summary>
    /// <param name="now">The current instant.</param>
    /// <param name="submittedIds">Identities (<see cref="ScheduleEntry.Id"/>) of what has been submitted.</param>
    /// <returns>The overdue entries, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="submittedIds"/> is null.</exception>
    public ImmutableArray<ScheduleEntry> GetOverdue(Instant now, IEnumerable<string> submittedIds)
    {
        var submitted = new HashSet<string>(Preconditions.CheckNotNull(submittedIds), StringComparer.Ordinal);
        return [.. Entries.Where(e => e.Deadline is { } d && d.IsPassedAt(now) && !submitted.Contains(e.Id))];
    }

    /// <summary>Reports and deadlines overdue at the clock's current instant.</summary>
    /// <param name="clock">The clock (a fake clock in tests).</param>
    /// <returns>The overdue entries, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ImmutableArray<ScheduleEntry> GetOverdue(IClock clock) => GetOverdue(Preconditions.CheckNotNull(clock).GetCurrentInstant());

    /// <summary>Reports and deadlines not yet passed whose due date is within the next <paramref name="days"/> days in
    /// Vietnam, today included (<paramref name="days"/> = 1: due today).</summary>
    /// <param name="now">The current instant.</param>
    /// <param name="days">How many days to look ahead, at least 1.</param>
    /// <returns>The entries, in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public ImmutableArray<ScheduleEntry> GetDueWithin(Instant now, int days)
    {
        Preconditions.CheckRange(days, 1, 3660);
        var today = now.InZone(Calendars.Deadline.VietnamTimeZone).Date;
        var last = today.PlusDays(days - 1);
        return [.. Entries.Where(e => e.Deadline is { } d && !d.IsPassedAt(now) && e.Start <= last)];
    }

    /// <summary>Reports and deadlines due within the next <paramref name="days"/> days at the clock's current instant.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="days">How many days to look ahead, at least 1 (1 = due today).</param>
    /// <returns>The entries, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ImmutableArray<ScheduleEntry> GetDueWithin(IClock clock, int days) =>
        GetDueWithin(Preconditions.CheckNotNull(clock).GetCurrentInstant(), days);

    private static int Rank(ScheduleEntry entry) => entry switch
    {
        ReportOccurrence => 0,
        DeadlineOccurrence => 1,
        _ => 2,
    };
}
