using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// The reporting calendar of child-protection work (lịch báo cáo, sự kiện): report definitions with their tiers'
/// deadlines, one-off plan deadlines, yearly events, a policy for due dates on days off and the working-day calendar
/// that decides them; generates the <see cref="ReportingSchedule"/> of a year.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is built from the facts of the seed plans (DOMAIN.md "Reporting calendars"), with one
/// documented choice: it takes seed 001's two-tier cascade — units due 20/5 (6-month) and 15/11 (annual), the
/// provincial department 25/5 and 20/11 — the fullest statement of the regime, with the lower tier as
/// <see cref="ReportingTier.Commune"/> because the district level is gone since 1 July 2025 (communes now report to
/// the province); plus ad hoc reports, the Decree 09/2019 cut-off windows, the events of
/// <see cref="ChildProtectionEvents.Default"/>, <see cref="DueDatePolicy.NextWorkingDay"/> (Civil Code 2015 art. 148)
/// and <see cref="WorkingDayCalendar.Default"/>. From the 2026 reporting year it adds the Health-sector Action Month
/// report of <see cref="StatutoryReports"/>; earlier years keep the seed cascade alone, so a 2023 plan's calendar is
/// unchanged. Use <see cref="WithRegime"/> for a plan's own regime.</para>
/// <para>This type is immutable and thread-safe; the <c>With…</c> methods return new calendars.</para>
/// </remarks>
public sealed class ReportingCalendar
{
    /// <summary>The first year a schedule can be generated for.</summary>
    public const int MinYear = 1901;

    /// <summary>The last year a schedule can be generated for.</summary>
    public const int MaxYear = 2099;

    /// <summary>Creates a calendar.</summary>
    /// <param name="definitions">The reports (ids unique).</param>
    /// <param name="deadlines">One-off deadlines (ids unique).</param>
    /// <param name="events">Yearly events (ids unique).</param>
    /// <param name="policy">What to do with due dates on days off.</param>
    /// <param name="workingDays">The calendar that says which days are off.</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">An id repeats.</exception>
    public ReportingCalendar(IEnumerable<ReportDefinition> definitions, IEnumerable<PlanDeadline> deadlines, IEnumerable<YearlyEvent> events,
        DueDatePolicy policy, WorkingDayCalendar workingDays)
    {
        Definitions = Distinct(definitions, d => d.Id, nameof(definitions));
        Deadlines = Distinct(deadlines, d => d.Id, nameof(deadlines));
        Events = Distinct(events, e => e.Id, nameof(events));
        Policy = Preconditions.CheckNotNull(policy);
        WorkingDays = Preconditions.CheckNotNull(workingDays);
    }

    /// <summary>The default calendar: seed 001's cascade (communes 20/5 and 15/11, province 25/5 and 20/11), ad hoc
    /// reports, Decree 09 windows, the child-protection events, next-working-day policy, civil-service working days; and
    /// from the 2026 reporting year the Health-sector Action Month report (communes to the province by 20/7, the province
    /// by 31/7; <see cref="StatutoryReports.DefaultHealthSectorReports"/>, not verified).</summary>
    public static ReportingCalendar Default { get; } = new(
        [.. ReportingRegimes.Default.Definitions, .. StatutoryReports.DefaultHealthSectorReports], ReportingRegimes.Default.Deadlines,
        ChildProtectionEvents.Default, DueDatePolicy.NextWorkingDay, WorkingDayCalendar.Default);

    /// <summary>The report definitions.</summary>
    public ImmutableArray<ReportDefinition> Definitions { get; }

    /// <summary>The one-off deadlines.</summary>
    public ImmutableArray<PlanDeadline> Deadlines { get; }

    /// <summary>The yearly events.</summary>
    public ImmutableArray<YearlyEvent> Events { get; }

    /// <summary>What happens to due dates on days off.</summary>
    public DueDatePolicy Policy { get; }

    /// <summary>The working-day calendar (holidays, compensatory and swapped days).</summary>
    public WorkingDayCalendar WorkingDays { get; }

    /// <summary>This calendar with a regime's reports and one-off deadlines instead of its own (events, policy and working days kept).</summary>
    /// <param name="regime">The regime, such as <see cref="ReportingRegimes.LangSon2023"/>.</param>
    /// <returns>A new calendar.</returns>
    public ReportingCalendar WithRegime(ReportingRegime regime)
    {
        Preconditions.CheckNotNull(regime);
        return new(regime.Definitions, regime.Deadlines, Events, Policy, WorkingDays);
    }

    /// <summary>This calendar with other report definitions.</summary>
    /// <param name="definitions">The definitions replacing the current ones.</param>
    /// <returns>A new calendar.</returns>
    public ReportingCalendar WithDefinitions(IEnumerable<ReportDefinition> definitions) => new(definitions, Deadlines, Events, Policy, WorkingDays);

    /// <summary>This calendar with other one-off deadlines.</summary>
    /// <param name="deadlines">The deadlines replacing the current ones.</param>
    /// <returns>A new calendar.</returns>
    public ReportingCalendar WithDeadlines(IEnumerable<PlanDeadline> deadlines) => new(Definitions, deadlines, Events, Policy, WorkingDays);

    /// <summary>This calendar with other events.</summary>
    /// <param name="events">The events replacing the current ones.</param>
    /// <returns>A new calendar.</returns>
    public ReportingCalendar WithEvents(IEnumerable<YearlyEvent> events) => new(Definitions, Deadlines, events, Policy, WorkingDays);

    /// <summary>This calendar with an event added, or replacing the event with the same id.</summary>
    /// <param name="yearlyEvent">The event, such as <see cref="ChildProtectionEvents.ChildrensForum"/>.</param>
    /// <returns>A new calendar.</returns>
    public ReportingCalendar WithEvent(YearlyEvent yearlyEvent)
    {
        Preconditions.CheckNotNull(yearlyEvent);
        return WithEvents(Events.Where(e => e.Id != yearlyEvent.Id).Append(yearlyEvent));
    }

    /// <summary>This calendar with another due-date policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new calendar.</returns>
    public ReportingCalendar WithPolicy(DueDatePolicy policy) => new(Definitions, Deadlines, Events, policy, WorkingDays);

    /// <summary>This calendar with another working-day calendar (a six-day week, a newly announced year).</summary>
    /// <param name="workingDays">The working-day calendar.</param>
    /// <returns>A new calendar.</returns>
    public ReportingCalendar WithWorkingDays(WorkingDayCalendar workingDays) => new(Definitions, Deadlines, Events, Policy, workingDays);

    /// <summary>The schedule of a year: every report of every periodic definition, tier and period of the year, the
    /// deadlines dated in the year, and the events that start in it.</summary>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public ReportingSchedule GetSchedule(int year)
    {
        Preconditions.CheckRange(year, MinYear, MaxYear);
        var entries = new List<ScheduleEntry>();
        foreach (var definition in Definitions.Where(d => d.Kind.IsPeriodic))
        {
            foreach (var period in ReportPeriod.InYear(definition.Kind, year))
            {
                foreach (var deadline in definition.Deadlines)
                {
                    var raw = deadline.Rule.DueDateFor(period);
                    if (!definition.IsInEffect(raw))
                    {
                        continue;
                    }
                    entries.Add(new ReportOccurrence(definition, deadline.Tier, period, raw, Policy.Adjust(raw, WorkingDays), Policy));
                }
            }
        }
        foreach (var deadline in Deadlines.Where(d => d.Date.Year == year))
        {
            entries.Add(new DeadlineOccurrence(deadline, Policy.Adjust(deadline.Date, WorkingDays), Policy));
        }
        foreach (var yearlyEvent in Events)
        {
            entries.AddRange(yearlyEvent.OccurrencesIn(year).Select(dates => new EventOccurrence(yearlyEvent, dates)));
        }
        return new ReportingSchedule(year, entries);
    }

    /// <summary>Every pair of tiers out of order in this calendar's definitions for a year (<see cref="ReportDeadlineOrder"/>).</summary>
    /// <param name="year">The reporting year.</param>
    /// <returns>The violations; empty when every cascade is in order.</returns>
    public ImmutableArray<DeadlineOrderViolation> FindDeadlineOrderViolations(int year) => ReportDeadlineOrder.Find(Definitions, year);

    internal static ImmutableArray<T> Distinct<T>(IEnumerable<T> items, Func<T, string> id, string paramName)
        where T : class
    {
        ImmutableArray<T> array = [.. Preconditions.CheckNotNull(items, paramName).Select(item => Preconditions.CheckNotNull(item, paramName))];
        Preconditions.CheckArgument(array.Select(id).Distinct(StringComparer.Ordinal).Count() == array.Length, paramName, "Two items have the same id.");
        return array;
    }
}
