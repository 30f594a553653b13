using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// The holiday arrangement of one calendar year (lịch nghỉ lễ, tết): every day whose status differs from the
/// weekly pattern — holidays, compensatory days off, swapped days off and the Saturdays worked in exchange —
/// with the announcement it comes from.
/// </summary>
/// <remarks>
/// <para>A schedule is complete for its year: a <see cref="WorkingDayCalendar"/> holding one uses it instead of the
/// statutory rules for that year, because the government may move Tết days and swap working days in ways no rule
/// derives. Start from <see cref="FromStatutoryRules"/> to adjust the rules' result, or from an empty schedule to
/// transcribe an announcement.</para>
/// <para>Each schedule says how far it was checked (<see cref="Verification"/>), and an entry whose source differs from
/// the schedule's (a swap approved by a separate letter, Vietnamese Culture Day) carries its own
/// (<see cref="VerificationOf"/>). A schedule built by a host is <see cref="VerificationStatus.Unverified"/> until the
/// host says otherwise with <see cref="WithVerification"/>.</para>
/// <para>This type is immutable and thread-safe; the <c>With…</c> methods return new schedules.</para>
/// </remarks>
public sealed class HolidaySchedule : IEquatable<HolidaySchedule>
{
    private readonly ImmutableSortedDictionary<LocalDate, CalendarDay> days;
    private readonly ImmutableSortedDictionary<LocalDate, SourceVerification> dayVerifications;

    /// <summary>Creates an empty schedule (only the weekly pattern) for a year.</summary>
    /// <param name="year">The calendar year, 1900–2100.</param>
    /// <param name="source">The announcement, such as <c>Thông báo 9441/TB-BNV ngày 16/10/2025</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2100.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public HolidaySchedule(int year, string source)
        : this(Preconditions.CheckRange(year, 1900, 2100), Preconditions.CheckNotBlank(source), ImmutableSortedDictionary<LocalDate, CalendarDay>.Empty,
            SourceVerification.Unverified(source), ImmutableSortedDictionary<LocalDate, SourceVerification>.Empty)
    {
    }

    private HolidaySchedule(int year, string source, ImmutableSortedDictionary<LocalDate, CalendarDay> days,
        SourceVerification verification, ImmutableSortedDictionary<LocalDate, SourceVerification> dayVerifications)
    {
        Year = year;
        Source = source;
        this.days = days;
        Days = [.. days.Values];
        Verification = verification;
        this.dayVerifications = dayVerifications;
    }

    /// <summary>The calendar year the schedule covers.</summary>
    public int Year { get; }

    /// <summary>The announcement or rule the schedule comes from.</summary>
    public string Source { get; }

    /// <summary>The days that differ from the weekly pattern, in date order.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>How far the schedule as a whole was checked, and against what; entries with their own source are in
    /// <see cref="DayVerifications"/>.</summary>
    public SourceVerification Verification { get; }

    /// <summary>The entries whose source differs from the schedule's, with their own verification, in date order.</summary>
    public IReadOnlyDictionary<LocalDate, SourceVerification> DayVerifications => dayVerifications;

    /// <summary>How far the status of a date in this schedule was checked: the entry's own verification when it has one,
    /// the schedule's otherwise.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The verification.</returns>
    public SourceVerification VerificationOf(LocalDate date) =>
        dayVerifications.TryGetValue(date, out var own) ? own : Verification;

    /// <summary>Says how far the whole schedule was checked.</summary>
    /// <param name="verification">The verification, such as <see cref="SourceVerification.Secondary"/> with the portal
    /// that reproduces the announcement.</param>
    /// <returns>A new schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verification"/> is null.</exception>
    public HolidaySchedule WithVerification(SourceVerification verification) =>
        new(Year, Source, days, Preconditions.CheckNotNull(verification), dayVerifications);

    /// <summary>Gives an entry its own source, when it differs from the schedule's (a swap approved separately, a day
    /// whose instrument was not found).</summary>
    /// <param name="date">A date the schedule lists.</param>
    /// <param name="verification">The entry's verification.</param>
    /// <returns>A new schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verification"/> is null.</exception>
    /// <exception cref="ArgumentException">The schedule does not list <paramref name="date"/>.</exception>
    public HolidaySchedule WithDayVerification(LocalDate date, SourceVerification verification)
    {
        Preconditions.CheckNotNull(verification);
        Preconditions.CheckArgument(days.ContainsKey(date), nameof(date), "The schedule does not list the date.");
        return new(Year, Source, days, Verification, dayVerifications.SetItem(date, verification));
    }

    /// <summary>The schedule's entry for a date, if it has one.</summary>
    /// <param name="date">The date.</param>
    /// <param name="day">The entry, or <c>default</c>.</param>
    /// <returns>Whether the schedule lists the date.</returns>
    public bool TryGetDay(LocalDate date, out CalendarDay day) => days.TryGetValue(date, out day);

    /// <summary>The statutory holidays of a year with compensatory days (Labour Code 2019 art. 111–112), as a schedule.</summary>
    /// <param name="year">The calendar year, 1900–2100.</param>
    /// <param name="weeklyRestDays">The weekly rest days; the civil service rests on Saturday and Sunday.</param>
    /// <returns>The schedule the rules give when no announcement changes them.</returns>
    /// <remarks>
    /// <para>Tết: the last day of the lunar year and lunar 1–4/1; National Day: 2/9 and 3/9 when 2/9 is a Monday or
    /// Thursday, 1/9 otherwise (so the two days join a weekend, as every announcement from 2021 to 2026 did).
    /// Vietnamese Culture Day from 1/7/2026 (reported, not verified: see <see cref="PublicHoliday.VietnameseCultureDay"/>;
    /// its days carry <see cref="OfficialHolidaySchedules.VietnameseCultureDayVerification"/>). The schedule's
    /// <see cref="Verification"/> is <see cref="VerificationStatus.Unverified"/>: the rules are applied, not an announcement.
    /// Before 2021 (Labour Code 2012) the rules differed; this method applies the 2019 Code to every year.</para>
    /// <para>Each holiday on a rest day gives the next working day off that is not already off, in date order, so a
    /// chain moves on: 2023 Giỗ Tổ (Sat 29/4) and 30/4 (Sun) gave Tuesday 2/5 and Wednesday 3/5.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2100.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="weeklyRestDays"/> is null.</exception>
    public static HolidaySchedule FromStatutoryRules(int year, IEnumerable<IsoDayOfWeek> weeklyRestDays)
    {
        Preconditions.CheckRange(year, 1900, 2100);
        var rest = Preconditions.CheckNotNull(weeklyRestDays).ToHashSet();
        var schedule = new HolidaySchedule(year, "Bộ luật Lao động 2019, Điều 111–112 (statutory rules)")
            .WithVerification(StatutoryHolidays.RulesVerification);
        foreach (var (date, holiday) in StatutoryHolidays.Of(year))
        {
            schedule = schedule.WithHoliday(date, holiday);
            if (holiday == PublicHoliday.VietnameseCultureDay)
            {
                schedule = schedule.WithDayVerification(date, StatutoryHolidays.CultureDayVerification);
            }
        }
        foreach (var holiday in schedule.Days.Where(d => rest.Contains(d.Date.DayOfWeek)).ToList())
        {
            var candidate = holiday.Date.PlusDays(1);
            while (rest.Contains(candidate.DayOfWeek) || schedule.days.ContainsKey(candidate))
            {
                candidate = candidate.PlusDays(1);
            }
            schedule = schedule.With(new CalendarDay(candidate, DayKind.CompensatoryDayOff, holiday.Holiday));
        }
        return schedule;
    }

    /// <summary>Adds or replaces a public holiday.</summary>
    /// <param name="date">The date, in <see cref="Year"/>.</param>
    /// <param name="holiday">The holiday.</param>
    /// <returns>A new schedule.</returns>
    public HolidaySchedule WithHoliday(LocalDate date, PublicHoliday holiday) =>
        With(new CalendarDay(date, DayKind.Holiday, Preconditions.CheckNotNull(holiday)));

    /// <summary>Adds or replaces a compensatory day off (nghỉ bù) for a holiday that fell on a rest day.</summary>
    /// <param name="date">The day off.</param>
    /// <param name="holiday">The holiday it compensates.</param>
    /// <returns>A new schedule.</returns>
    public HolidaySchedule WithCompensatoryDayOff(LocalDate date, PublicHoliday holiday) =>
        With(new CalendarDay(date, DayKind.CompensatoryDayOff, Preconditions.CheckNotNull(holiday)));

    /// <summary>Adds a swap (hoán đổi): <paramref name="dayOff"/> is given off and <paramref name="workedOn"/> (a rest day) is worked.</summary>
    /// <param name="dayOff">The working day given off, next to a holiday.</param>
    /// <param name="workedOn">The rest day worked in exchange (làm bù).</param>
    /// <param name="holiday">The holiday whose break the swap lengthens.</param>
    /// <returns>A new schedule.</returns>
    public HolidaySchedule WithSwap(LocalDate dayOff, LocalDate workedOn, PublicHoliday holiday) =>
        With(new CalendarDay(dayOff, DayKind.SwappedDayOff, Preconditions.CheckNotNull(holiday)))
            .With(new CalendarDay(workedOn, DayKind.SwappedWorkingDay, holiday));

    /// <summary>Removes a date's entry, so it follows the weekly pattern again.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A new schedule.</returns>
    public HolidaySchedule Without(LocalDate date) => new(Year, Source, days.Remove(date), Verification, dayVerifications.Remove(date));

    /// <summary>Adds or replaces any entry.</summary>
    /// <param name="day">The entry; its date must be in <see cref="Year"/>, except that a compensatory or swapped day may
    /// fall in December of the previous year or January of the next (in 2015 Saturday 27/12/2014 was worked for Friday
    /// 2/1/2015). The year's own schedule wins when two schedules list the same date.</param>
    /// <returns>A new schedule.</returns>
    /// <exception cref="ArgumentException">The date is outside the schedule's year.</exception>
    public HolidaySchedule With(CalendarDay day)
    {
        bool adjacent = (day.Date.Year == Year + 1 && day.Date.Month == 1) || (day.Date.Year == Year - 1 && day.Date.Month == 12);
        Preconditions.CheckArgument(
            day.Date.Year == Year || (adjacent && day.Kind != DayKind.Holiday),
            nameof(day), "The day is outside the schedule's year.");
        return new HolidaySchedule(Year, Source, days.SetItem(day.Date, day), Verification, dayVerifications);
    }

    /// <inheritdoc />
    public bool Equals(HolidaySchedule? other) =>
        other is not null && Year == other.Year && Source == other.Source && days.Values.SequenceEqual(other.days.Values)
        && Verification == other.Verification && dayVerifications.SequenceEqual(other.dayVerifications);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HolidaySchedule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Source, days.Count);

    /// <summary>The year, the number of entries and the source.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Year}: {days.Count} days ({Source})");
}
