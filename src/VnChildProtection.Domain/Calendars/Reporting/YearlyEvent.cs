using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// An event that recurs in the child-protection year (sự kiện hằng năm): on fixed solar dates (Action Month for
/// Children 1–30/6, International Children's Day 1/6), on a lunar date (Tết Trung thu 15/8, Tết Nguyên đán 1/1), or
/// in chosen years of each five-year plan (child-friendly commune evaluation in November of years 2 and 4).
/// </summary>
/// <remarks>
/// <para>Lunar dates are converted with <see cref="VietnameseLunarDate"/> (the Vietnamese calendar, UTC+7), never the
/// Chinese one; a lunar day 30 in a 29-day month falls on the month's last day, and leap months are not used.</para>
/// <para>Five-year plans (kế hoạch phát triển kinh tế - xã hội 5 năm) repeat every five years from a configurable
/// start year (2021 for 2021–2025, so year 2 is 2022 and year 4 is 2024, then 2027 and 2029).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class YearlyEvent : IEquatable<YearlyEvent>
{
    private enum RuleKind
    {
        Solar,
        Lunar,
        FiveYearPlan,
    }

    private readonly RuleKind kind;
    private readonly int startMonth;
    private readonly int startDay;
    private readonly int endMonth;
    private readonly int endDay;
    private readonly int planStartYear;
    private readonly ImmutableArray<int> yearsOfPlan;

    private YearlyEvent(string id, string title, string englishTitle, string? source, RuleKind kind,
        int startMonth, int startDay, int endMonth, int endDay, int planStartYear, ImmutableArray<int> yearsOfPlan)
    {
        Id = ReportDefinition.CheckSlug(id);
        Title = VietnameseText.Normalize(Preconditions.CheckNotBlank(title));
        EnglishTitle = Preconditions.CheckNotBlank(englishTitle).Trim();
        Source = string.IsNullOrWhiteSpace(source) ? null : VietnameseText.Normalize(source);
        this.kind = kind;
        this.startMonth = startMonth;
        this.startDay = startDay;
        this.endMonth = endMonth;
        this.endDay = endDay;
        this.planStartYear = planStartYear;
        this.yearsOfPlan = yearsOfPlan.IsDefault ? [] : yearsOfPlan;
    }

    /// <summary>The stable identifier (a slug), part of each occurrence's identity.</summary>
    public string Id { get; }

    /// <summary>The Vietnamese name, NFC, such as <c>Tết Trung thu</c>.</summary>
    public string Title { get; }

    /// <summary>The English name, such as <c>Mid-Autumn Festival</c>.</summary>
    public string EnglishTitle { get; }

    /// <summary>The legal or plan source of the event; null if not given.</summary>
    public string? Source { get; }

    /// <summary>Whether the event follows the lunar calendar.</summary>
    public bool IsLunar => kind == RuleKind.Lunar;

    /// <summary>An event on solar dates every year, from one day to another in the same year.</summary>
    /// <param name="id">A stable slug.</param>
    /// <param name="title">The Vietnamese name.</param>
    /// <param name="englishTitle">The English name.</param>
    /// <param name="startMonth">The first month, 1–12.</param>
    /// <param name="startDay">The first day (clamped to the month's length).</param>
    /// <param name="endMonth">The last month, 1–12, not before <paramref name="startMonth"/>.</param>
    /// <param name="endDay">The last day (clamped to the month's length).</param>
    /// <param name="source">The source; may be null.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The id is not a slug, a name is blank, or the end is before the start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month or day is out of range.</exception>
    public static YearlyEvent OnSolarDates(string id, string title, string englishTitle, int startMonth, int startDay, int endMonth, int endDay, string? source = null)
    {
        Preconditions.CheckRange(startMonth, 1, 12);
        Preconditions.CheckRange(startDay, 1, 31);
        Preconditions.CheckRange(endMonth, 1, 12);
        Preconditions.CheckRange(endDay, 1, 31);
        Preconditions.CheckArgument(endMonth > startMonth || (endMonth == startMonth && endDay >= startDay), nameof(endDay), "The event ends before it starts.");
        return new(id, title, englishTitle, source, RuleKind.Solar, startMonth, startDay, endMonth, endDay, 0, []);
    }

    /// <summary>An event on one lunar date every lunar year, such as Tết Trung thu (15/8).</summary>
    /// <param name="id">A stable slug.</param>
    /// <param name="title">The Vietnamese name.</param>
    /// <param name="englishTitle">The English name.</param>
    /// <param name="lunarMonth">The lunar month, 1–12 (never the leap month).</param>
    /// <param name="lunarDay">The lunar day, 1–30 (30 falls on the 29th in a short month).</param>
    /// <param name="source">The source; may be null.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The id is not a slug or a name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range.</exception>
    public static YearlyEvent OnLunarDate(string id, string title, string englishTitle, int lunarMonth, int lunarDay, string? source = null) =>
        new(id, title, englishTitle, source, RuleKind.Lunar, Preconditions.CheckRange(lunarMonth, 1, 12), Preconditions.CheckRange(lunarDay, 1, 30), 0, 0, 0, []);

    /// <summary>An event filling a month in some years of each five-year plan.</summary>
    /// <param name="id">A stable slug.</param>
    /// <param name="title">The Vietnamese name.</param>
    /// <param name="englishTitle">The English name.</param>
    /// <param name="month">The month of the event, 1–12 (the whole month).</param>
    /// <param name="planStartYear">The first year of any five-year plan (2021 for 2021–2025; 2026 gives the same years).</param>
    /// <param name="yearsOfPlan">Which years of the plan, 1–5 (Decision 06/2019/QĐ-TTg: 2 and 4).</param>
    /// <param name="source">The source; may be null.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">The id is not a slug, a name is blank, or no year of the plan is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static YearlyEvent InYearsOfFiveYearPlan(string id, string title, string englishTitle, int month, int planStartYear, IEnumerable<int> yearsOfPlan, string? source = null)
    {
        Preconditions.CheckRange(month, 1, 12);
        Preconditions.CheckRange(planStartYear, 1900, 2100);
        ImmutableArray<int> years = [.. Preconditions.CheckNotNull(yearsOfPlan).Select(y => Preconditions.CheckRange(y, 1, 5, nameof(yearsOfPlan))).Distinct().Order()];
        Preconditions.CheckArgument(years.Length > 0, nameof(yearsOfPlan), "Give at least one year of the plan.");
        return new(id, title, englishTitle, source, RuleKind.FiveYearPlan, month, 1, month, 31, planStartYear, years);
    }

    /// <summary>The first year of a five-year plan the event counts from; 0 for other events.</summary>
    public int PlanStartYear => planStartYear;

    /// <summary>Which years (1–5) of each five-year plan hold the event; empty for other events.</summary>
    public ImmutableArray<int> YearsOfPlan => yearsOfPlan;

    /// <summary>The year of its five-year plan (1–5) that a calendar year is, counted from <see cref="PlanStartYear"/>.</summary>
    /// <param name="year">A calendar year.</param>
    /// <returns>1–5; 0 for events not tied to five-year plans.</returns>
    public int YearOfPlan(int year) => kind == RuleKind.FiveYearPlan ? (((year - planStartYear) % 5) + 5) % 5 + 1 : 0;

    /// <summary>The occurrences of the event that start in a calendar year.</summary>
    /// <param name="year">The calendar year, 1901–2099.</param>
    /// <returns>The inclusive date ranges, usually one; none in years the event skips; two when a lunar date late in
    /// the lunar year falls in both January and December.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1901–2099.</exception>
    public IReadOnlyList<DateInterval> OccurrencesIn(int year)
    {
        Preconditions.CheckRange(year, 1901, 2099);
        switch (kind)
        {
            case RuleKind.Lunar:
                var found = new List<DateInterval>(1);
                for (int lunarYear = year - 1; lunarYear <= year; lunarYear++)
                {
                    int day = Math.Min(startDay, VietnameseLunarCalendar.GetDaysInMonth(lunarYear, startMonth));
                    var date = new VietnameseLunarDate(lunarYear, startMonth, day).ToLocalDate();
                    if (date.Year == year)
                    {
                        found.Add(new DateInterval(date, date));
                    }
                }
                return found;
            case RuleKind.FiveYearPlan when !yearsOfPlan.Contains(YearOfPlan(year)):
                return [];
            default:
                return [new DateInterval(Clamped(year, startMonth, startDay), Clamped(year, endMonth, endDay))];
        }
    }

    /// <summary>How the event recurs, in English: <c>1/6–30/6</c>, <c>lunar 15/8</c>,
    /// <c>month 11 of years 2, 4 of each five-year plan (plans from 2021)</c>.</summary>
    /// <returns>The description.</returns>
    public string DescribeRule() => kind switch
    {
        RuleKind.Lunar => string.Create(CultureInfo.InvariantCulture, $"lunar {startDay}/{startMonth}"),
        RuleKind.FiveYearPlan => string.Create(CultureInfo.InvariantCulture,
            $"month {startMonth} of years {string.Join(", ", yearsOfPlan)} of each five-year plan (plans from {planStartYear})"),
        _ when startMonth == endMonth && startDay == endDay => string.Create(CultureInfo.InvariantCulture, $"{startDay}/{startMonth}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{startDay}/{startMonth}–{endDay}/{endMonth}"),
    };

    /// <inheritdoc />
    public bool Equals(YearlyEvent? other) =>
        other is not null && Id == other.Id && Title == other.Title && EnglishTitle == other.EnglishTitle && Source == other.Source
        && kind == other.kind && startMonth == other.startMonth && startDay == other.startDay && endMonth == other.endMonth
        && endDay == other.endDay && planStartYear == other.planStartYear && yearsOfPlan.SequenceEqual(other.yearsOfPlan);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as YearlyEvent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, kind, startMonth, startDay, planStartYear);

    /// <summary>The id and rule, such as <c>mid-autumn (lunar 15/8)</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => Id + " (" + DescribeRule() + ")";

    /// <summary>Value equality.</summary>
    public static bool operator ==(YearlyEvent? left, YearlyEvent? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(YearlyEvent? left, YearlyEvent? right) => !Equals(left, right);

    private static LocalDate Clamped(int year, int month, int day) =>
        new(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));
}
