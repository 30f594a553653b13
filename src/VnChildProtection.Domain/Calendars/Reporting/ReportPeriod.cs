using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// One period a periodic report covers (kỳ báo cáo): a month, a quarter, the first six or nine months, or a year.
/// </summary>
/// <remarks>
/// <para>Text form: <c>2023-M05</c> (May), <c>2023-Q2</c>, <c>2023-H1</c> (January–June), <c>2023-9M</c>
/// (January–September), <c>2023-Y</c> (the year). <see cref="Parse"/> reads it back, case-insensitively, with dash
/// variants and surrounding white space. The text form is part of the stable identity of a schedule entry (and so of
/// its iCalendar UID).</para>
/// <para>Periods order by end date, then by kind (shorter first), so a year's reports sort as they fall due.</para>
/// <para><c>default</c> is not a valid period (its <see cref="Kind"/> is null); use the constructor.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct ReportPeriod : IEquatable<ReportPeriod>, IComparable<ReportPeriod>
{
    /// <summary>The first supported year.</summary>
    public const int MinYear = 1900;

    /// <summary>The last supported year.</summary>
    public const int MaxYear = 2100;

    /// <summary>Creates a period.</summary>
    /// <param name="kind">A periodic kind (not <see cref="ReportPeriodKind.AdHoc"/>).</param>
    /// <param name="year">The calendar year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="index">The month 1–12, the quarter 1–4, or 1 for the other kinds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is ad hoc.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year or the index is out of range.</exception>
    public ReportPeriod(ReportPeriodKind kind, int year, int index = 1)
    {
        Preconditions.CheckNotNull(kind);
        Preconditions.CheckArgument(kind.IsPeriodic, nameof(kind), "An ad hoc report has no period.");
        Preconditions.CheckRange(year, MinYear, MaxYear);
        Preconditions.CheckRange(index, 1, kind.PeriodsPerYear);
        Kind = kind;
        Year = year;
        Index = index;
    }

    /// <summary>The kind of report, which fixes the length of the period.</summary>
    public ReportPeriodKind Kind { get; }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The month (1–12) of a monthly period, the quarter (1–4) of a quarterly one, 1 otherwise.</summary>
    public int Index { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => new LocalDate(Year, 1, 1).PlusMonths((Index - 1) * Kind.MonthsPerPeriod);

    /// <summary>The last day of the period.</summary>
    public LocalDate End => Start.PlusMonths(Kind.MonthsPerPeriod).PlusDays(-1);

    /// <summary>The same period as a <see cref="Periods.Period"/> (DHIS2's <c>202505</c>, <c>2025Q2</c>, <c>2025S1</c>,
    /// <c>2025</c>), or null for the nine-month period, which no DHIS2 period type describes.</summary>
    /// <returns>The period, or null.</returns>
    public Periods.Period? ToPeriod() =>
        Kind == ReportPeriodKind.Monthly ? Periods.Period.Month(Year, Index)
        : Kind == ReportPeriodKind.Quarterly ? Periods.Period.Quarter(Year, Index)
        : Kind == ReportPeriodKind.SixMonth ? Periods.Period.SixMonth(Year, 1)
        : Kind == ReportPeriodKind.Annual ? Periods.Period.CalendarYear(Year)
        : null;

    /// <summary>The period as an inclusive date interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Every period of a kind in a year, in order.</summary>
    /// <param name="kind">A periodic kind.</param>
    /// <param name="year">The calendar year.</param>
    /// <returns>12 months, 4 quarters, or the one period of the other kinds.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is ad hoc.</exception>
    public static IReadOnlyList<ReportPeriod> InYear(ReportPeriodKind kind, int year)
    {
        Preconditions.CheckNotNull(kind);
        Preconditions.CheckArgument(kind.IsPeriodic, nameof(kind), "An ad hoc report has no period.");
        var periods = new ReportPeriod[kind.PeriodsPerYear];
        for (int i = 0; i < periods.Length; i++)
        {
            periods[i] = new ReportPeriod(kind, year, i + 1);
        }
        return periods;
    }

    /// <summary>Parses the text form written by <see cref="ToString"/>.</summary>
    /// <param name="text">Such as <c>2023-H1</c> or <c>2024-q3</c>.</param>
    /// <returns>The period, or a <see cref="ParseError"/> with code <c>REPORT-PERIOD-FORMAT</c> or <c>REPORT-PERIOD-RANGE</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<ReportPeriod, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        string s = VietnameseText.NormalizeDashes(VietnameseText.Normalize(text)).ToUpperInvariant();
        if (s.Length < 6 || s[4] != '-' || !TryDigits(s.AsSpan(0, 4), out int year))
        {
            return FormatError(s);
        }
        string rest = s[5..];
        ReportPeriodKind? kind = null;
        int index = 1;
        bool digitsOk = true;
        switch (rest)
        {
            case "Y":
                kind = ReportPeriodKind.Annual;
                break;
            case "H1":
                kind = ReportPeriodKind.SixMonth;
                break;
            case "9M":
                kind = ReportPeriodKind.NineMonth;
                break;
            default:
                if (rest.Length is 2 or 3 && rest[0] is 'M' or 'Q')
                {
                    kind = rest[0] == 'M' ? ReportPeriodKind.Monthly : ReportPeriodKind.Quarterly;
                    digitsOk = TryDigits(rest.AsSpan(1), out index);
                }
                break;
        }
        if (kind is null || !digitsOk)
        {
            return FormatError(s);
        }
        if (year < MinYear || year > MaxYear)
        {
            return new ParseError(CalendarErrorCodes.ReportPeriodRange, $"The year must be in the range [{MinYear}, {MaxYear}].", 0, 4, s[..4]);
        }
        if (index < 1 || index > kind.PeriodsPerYear)
        {
            return new ParseError(CalendarErrorCodes.ReportPeriodRange, $"A {kind.EnglishName} period number must be in the range [1, {kind.PeriodsPerYear}].",
                6, s.Length - 6, s[6..]);
        }
        return new ReportPeriod(kind, year, index);
    }

    /// <summary>Parses the text form, returning <c>false</c> instead of an error.</summary>
    /// <param name="text">The text; null gives <c>false</c>.</param>
    /// <param name="result">The period, or <c>default</c>.</param>
    /// <returns>Whether the text was a valid period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportPeriod result)
    {
        if (text is not null && Parse(text).TryPickT0(out result, out _))
        {
            return true;
        }
        result = default;
        return false;
    }

    /// <summary>The text form: <c>2023-M05</c>, <c>2023-Q2</c>, <c>2023-H1</c>, <c>2023-9M</c> or <c>2023-Y</c>.</summary>
    /// <returns>The invariant text form, which <see cref="Parse"/> reads back.</returns>
    public override string ToString()
    {
        if (Kind is null)
        {
            return "";
        }
        string suffix = Kind == ReportPeriodKind.Monthly ? Index.ToString("D2", CultureInfo.InvariantCulture)
            : Kind == ReportPeriodKind.Quarterly || Kind == ReportPeriodKind.SixMonth ? Index.ToString(CultureInfo.InvariantCulture)
            : "";
        return string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Kind.Code}{suffix}");
    }

    /// <summary>The Vietnamese wording of the period: <c>tháng 5/2023</c>, <c>quý 2/2023</c>, <c>6 tháng đầu năm 2023</c>,
    /// <c>9 tháng đầu năm 2023</c>, <c>năm 2023</c>.</summary>
    /// <returns>The wording, NFC.</returns>
    public string ToVietnameseString()
    {
        if (Kind is null)
        {
            return "";
        }
        return Kind == ReportPeriodKind.Monthly ? string.Create(CultureInfo.InvariantCulture, $"tháng {Index}/{Year}")
            : Kind == ReportPeriodKind.Quarterly ? string.Create(CultureInfo.InvariantCulture, $"quý {Index}/{Year}")
            : Kind == ReportPeriodKind.Annual ? string.Create(CultureInfo.InvariantCulture, $"năm {Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{Kind.MonthsPerPeriod} tháng đầu năm {Year}");
    }

    /// <inheritdoc />
    public bool Equals(ReportPeriod other) => Kind == other.Kind && Year == other.Year && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind?.Value ?? 0, Year, Index);

    /// <summary>Orders by end date, then by kind (shorter periods first).</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReportPeriod other)
    {
        if (Kind is null || other.Kind is null)
        {
            return (Kind is null).CompareTo(other.Kind is null) * -1;
        }
        int byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Kind.Value.CompareTo(other.Kind.Value);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(ReportPeriod left, ReportPeriod right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ReportPeriod left, ReportPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> ends earlier.</summary>
    public static bool operator <(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> ends earlier or is the same.</summary>
    public static bool operator <=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> ends later.</summary>
    public static bool operator >(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> ends later or is the same.</summary>
    public static bool operator >=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) >= 0;

    private static bool TryDigits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        if (span.IsEmpty)
        {
            return false;
        }
        foreach (char c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static ParseError FormatError(string s) =>
        new(CalendarErrorCodes.ReportPeriodFormat, "Expected a report period such as 2023-M05, 2023-Q2, 2023-H1, 2023-9M or 2023-Y.", 0, s.Length, s);
}
