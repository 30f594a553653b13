using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Periods;

/// <summary>
/// One reporting period (kỳ báo cáo) as a value: its <see cref="PeriodType"/> and first day, such as the month of
/// January 2025, the first half of 2025 or ISO week 1 of 2025.
/// </summary>
/// <remarks>
/// <para>Text form (<see cref="ToString"/>, <see cref="Parse"/>): DHIS2's period identifiers, <c>2025</c>, <c>2025S1</c>,
/// <c>2025Q1</c>, <c>202501</c>, <c>2025W1</c>, <c>20250315</c>, <c>2025April</c>, <c>2025July</c>, <c>2025Oct</c>,
/// <c>2025Nov</c>. <see cref="ToIso8601String"/> and <see cref="ParseIso8601"/> give the interval form ADX writes, the
/// start date and an ISO 8601 duration: <c>2025-01-01/P1M</c>, <c>2024-12-30/P7D</c> (DHIS2's
/// <c>org.hisp.dhis.dxf2.adx.AdxPeriod</c>); <see cref="ParseIso8601"/> also reads the ISO week date <c>2025-W01</c>.</para>
/// <para>Weeks are ISO 8601 weeks computed by NodaTime's <see cref="WeekYearRules.Iso"/>: Monday to Sunday, week 1
/// holding the year's first Thursday, so <c>2025W1</c> starts on Monday 30 December 2024 and <c>2020W53</c> exists.
/// A week belongs to its ISO week year, not to the calendar year of its days.</para>
/// <para>Periods order by start, then the longer first. <c>default</c> is not a valid period (its <see cref="Type"/>
/// is null).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct Period : IEquatable<Period>, IComparable<Period>, IComparable
{
    /// <summary>The first year a period may start in.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a period may start in.</summary>
    public const int MaxYear = 2100;

    private static readonly IWeekYearRule Weeks = WeekYearRules.Iso;

    private Period(PeriodType type, LocalDate start)
    {
        Type = type;
        Start = start;
    }

    /// <summary>The period type (day, week, month, …).</summary>
    public PeriodType Type { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day.</summary>
    public LocalDate End => Type.Days != 0 ? Start.PlusDays(Type.Days - 1) : Start.PlusMonths(Type.Months).PlusDays(-1);

    /// <summary>The period as an inclusive date interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>The number of days.</summary>
    public int LengthInDays => NodaTime.Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>The year in the identifier: the ISO week year of a week, the year the period starts in otherwise.</summary>
    public int Year => Type == PeriodType.Weekly ? Weeks.GetWeekYear(Start) : Start.Year;

    /// <summary>The number in the identifier: the month (1–12), quarter (1–4), half (1–2), ISO week (1–53), the day of
    /// the year for a day, 1 for a year or financial year.</summary>
    public int Number =>
        Type == PeriodType.Weekly ? Weeks.GetWeekOfWeekYear(Start)
        : Type == PeriodType.Daily ? Start.DayOfYear
        : ((Start.Month - Type.StartMonth + 12) % 12 / Type.Months) + 1;

    /// <summary>The next period of the same type.</summary>
    /// <exception cref="InvalidOperationException">The next period starts after <see cref="MaxYear"/>.</exception>
    public Period Next => Checked(Type, NextStart(this));

    /// <summary>The previous period of the same type.</summary>
    /// <exception cref="InvalidOperationException">The previous period starts before <see cref="MinYear"/>.</exception>
    public Period Previous => Checked(Type, Type.Days != 0 ? Start.PlusDays(-Type.Days) : Start.PlusMonths(-Type.Months));

    /// <summary>One day.</summary>
    /// <param name="date">The day (ISO calendar).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static Period Day(LocalDate date) => Create(PeriodType.Daily, date);

    /// <summary>ISO 8601 week <paramref name="week"/> of ISO week year <paramref name="weekYear"/> (DHIS2 <c>2025W1</c>).</summary>
    /// <param name="weekYear">The ISO week year.</param>
    /// <param name="week">The week, 1 to 52 or 53.</param>
    /// <returns>The period, Monday to Sunday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or week is out of range.</exception>
    public static Period Week(int weekYear, int week)
    {
        Preconditions.CheckRange(weekYear, MinYear, MaxYear);
        Preconditions.CheckRange(week, 1, Weeks.GetWeeksInWeekYear(weekYear));
        return new(PeriodType.Weekly, Weeks.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday));
    }

    /// <summary>A calendar month (DHIS2 <c>202501</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static Period Month(int year, int month) => Of(PeriodType.Monthly, year, month);

    /// <summary>A calendar quarter (DHIS2 <c>2025Q1</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static Period Quarter(int year, int quarter) => Of(PeriodType.Quarterly, year, quarter);

    /// <summary>A half year (DHIS2 <c>2025S1</c>: January–June; <c>2025S2</c>: July–December).</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or half is out of range.</exception>
    public static Period SixMonth(int year, int half) => Of(PeriodType.SixMonthly, year, half);

    /// <summary>A calendar year (DHIS2 <c>2025</c>).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static Period CalendarYear(int year) => Of(PeriodType.Yearly, year, 1);

    /// <summary>A financial year named by the year it starts in (DHIS2 <c>2025April</c>: 1 April 2025 – 31 March 2026).</summary>
    /// <param name="type">A financial year type (<see cref="PeriodType.FinancialApril"/> …).</param>
    /// <param name="year">The year it starts in.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a financial year.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static Period FinancialYear(PeriodType type, int year)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckArgument(type.IsFinancialYear, nameof(type), "Not a financial year type.");
        return Of(type, year, 1);
    }

    /// <summary>The period of a type numbered within a year, as in its identifier (month 1–12, quarter 1–4, half 1–2,
    /// ISO week of the week year, day of the year, 1 for years and financial years).</summary>
    /// <param name="type">The type.</param>
    /// <param name="year">The year of the identifier.</param>
    /// <param name="number">The number.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or number is out of range.</exception>
    public static Period Of(PeriodType type, int year, int number)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckRange(year, MinYear, MaxYear);
        if (type == PeriodType.Weekly)
        {
            return Week(year, number);
        }
        if (type == PeriodType.Daily)
        {
            Preconditions.CheckRange(number, 1, CalendarSystem.Iso.GetDaysInYear(year));
            return new(type, new LocalDate(year, 1, 1).PlusDays(number - 1));
        }
        Preconditions.CheckRange(number, 1, type.PerYear);
        return new(type, new LocalDate(year, type.StartMonth, 1).PlusMonths((number - 1) * type.Months));
    }

    /// <summary>The period of a type that contains a day (the month of 15 March is March; the ISO week of 1 January
    /// 2021 is <c>2020W53</c>; the April financial year of 15 March 2026 is <c>2025April</c>).</summary>
    /// <param name="type">The type.</param>
    /// <param name="date">The day.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period would start outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static Period Containing(PeriodType type, LocalDate date)
    {
        Preconditions.CheckNotNull(type);
        if (type == PeriodType.Daily)
        {
            return Create(type, date);
        }
        if (type == PeriodType.Weekly)
        {
            return Create(type, date.PlusDays(1 - (int)date.DayOfWeek));
        }
        // Months counted from year 0; the type's periods start every Months months from its start month.
        var month = (date.Year * 12) + date.Month - 1;
        var start = month - Mod(month - (type.StartMonth - 1), type.Months);
        return Create(type, new LocalDate(Div(start, 12), Mod(start, 12) + 1, 1));
    }

    /// <summary>Whether a day falls in the period.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether another period lies wholly inside this one (a period contains itself; a week that straddles
    /// two months is in neither).</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when every day of <paramref name="other"/> is in this period.</returns>
    public bool Contains(Period other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(Period other) => other.Start <= End && Start <= other.End;

    /// <summary>The periods of a type that lie wholly inside this one, in order (the 12 months of a year, the 3 months
    /// of a quarter, the ISO weeks whose seven days are all in a month).</summary>
    /// <param name="type">The type of the periods wanted.</param>
    /// <returns>The periods; empty when none fits.</returns>
    public IReadOnlyList<Period> PeriodsWithin(PeriodType type)
    {
        Preconditions.CheckNotNull(type);
        var result = new List<Period>();
        var p = Containing(type, Start);
        if (p.Start < Start)
        {
            p = p.Next;
        }
        while (p.End <= End)
        {
            result.Add(p);
            var next = NextStart(p);
            if (next.Year > MaxYear)
            {
                break;
            }
            p = new(type, next);
        }
        return result;
    }

    /// <summary>Parses a DHIS2 period identifier (<c>2025</c>, <c>2025S1</c>, <c>2025Q1</c>, <c>202501</c>,
    /// <c>2025W1</c>, <c>20250315</c>, <c>2025April</c>) or an ISO 8601 interval (<c>2025-01-01/P1M</c>, <c>2025-W01</c>).</summary>
    /// <param name="text">The text; surrounding white space is ignored, letters in any case.</param>
    /// <returns>The period, or a <see cref="ParseError"/> (<see cref="PeriodErrorCodes"/>) with the position in <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Period, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var (s, offset) = Trim(text);
        if (s.Contains('-', StringComparison.Ordinal) || s.Contains('/', StringComparison.Ordinal))
        {
            return ParseIso8601(text);
        }
        if (s.Length < 4 || !TryDigits(s.AsSpan(0, 4), out var year))
        {
            return FormatError(text, offset, s);
        }
        var rest = s.AsSpan(4);
        if (rest.Length == 0)
        {
            return Build(PeriodType.Yearly, year, 1, text, offset, 4);
        }
        if (TryDigits(rest, out var digits))
        {
            if (rest.Length == 2)
            {
                return Build(PeriodType.Monthly, year, digits, text, offset, 4);
            }
            if (rest.Length == 4)
            {
                var month = digits / 100;
                var day = digits % 100;
                if (year < MinYear || year > MaxYear || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
                {
                    return RangeError(text, offset, s, "No such day.");
                }
                return Day(new LocalDate(year, month, day));
            }
            return FormatError(text, offset, s);
        }
        foreach (var type in Ordered)
        {
            var marker = type.Marker;
            if (marker.Length == 0 || !rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var number = rest[marker.Length..];
            if (type.IsFinancialYear)
            {
                if (number.Length == 0)
                {
                    return Build(type, year, 1, text, offset, 4);
                }
                continue;
            }
            if (number.Length is 1 or 2 && TryDigits(number, out var n))
            {
                return Build(type, year, n, text, offset, 4 + marker.Length);
            }
        }
        return FormatError(text, offset, s);
    }

    /// <summary>Parses a period (see <see cref="Parse"/>), returning <c>false</c> instead of an error.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The period, or <c>default</c>.</param>
    /// <returns>Whether the text named a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Period result)
    {
        if (text is not null && Parse(text).TryPickT0(out result, out _))
        {
            return true;
        }
        result = default;
        return false;
    }

    /// <summary>Parses the ISO 8601 interval ADX writes, a start date and a duration (<c>2025-01-01/P1M</c>,
    /// <c>2025-04-01/P1Y</c> for <c>2025April</c>), or an ISO week date (<c>2025-W01</c>).</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <returns>The period, or a <see cref="ParseError"/> (format, range, or a start not where such a period starts).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Period, ParseError> ParseIso8601(string text)
    {
        Preconditions.CheckNotNull(text);
        var (s, offset) = Trim(text);
        if (s.Length is 8 or 7 && s[4] == '-' && (s[5] is 'W' or 'w') && TryDigits(s.AsSpan(0, 4), out var weekYear) && TryDigits(s.AsSpan(6), out var week) && s.Length - 6 == 2)
        {
            return Build(PeriodType.Weekly, weekYear, week, text, offset, 6);
        }
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash != 10 || s[4] != '-' || s[7] != '-' || !TryDigits(s.AsSpan(0, 4), out var year) || !TryDigits(s.AsSpan(5, 2), out var month)
            || !TryDigits(s.AsSpan(8, 2), out var day))
        {
            return FormatError(text, offset, s);
        }
        if (year < MinYear || year > MaxYear || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new ParseError(PeriodErrorCodes.Range, "No such day.", offset, 10, s[..10]);
        }
        var start = new LocalDate(year, month, day);
        var duration = s[(slash + 1)..].ToUpperInvariant();
        PeriodType? type = duration switch
        {
            "P1D" => PeriodType.Daily,
            "P7D" or "P1W" => PeriodType.Weekly,
            "P1M" => PeriodType.Monthly,
            "P3M" => PeriodType.Quarterly,
            "P6M" => PeriodType.SixMonthly,
            "P1Y" or "P12M" => month switch { 4 => PeriodType.FinancialApril, 7 => PeriodType.FinancialJuly, 10 => PeriodType.FinancialOct, 11 => PeriodType.FinancialNov, _ => PeriodType.Yearly },
            _ => null,
        };
        if (type is null)
        {
            return new ParseError(PeriodErrorCodes.Format, "Expected the duration P1D, P7D, P1M, P3M, P6M or P1Y.", offset + slash + 1, s.Length - slash - 1, s[(slash + 1)..]);
        }
        var period = Containing(type, start);
        if (period.Start != start)
        {
            return new ParseError(PeriodErrorCodes.Alignment,
                $"A {type.Name} period starting there would start on {period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", offset, 10, s[..10]);
        }
        return period;
    }

    /// <summary>The DHIS2 period identifier: <c>2025</c>, <c>2025S1</c>, <c>2025Q1</c>, <c>202501</c>, <c>2025W1</c>,
    /// <c>20250315</c>, <c>2025April</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back to this period.</returns>
    public override string ToString()
    {
        if (Type is null)
        {
            return string.Empty;
        }
        var inv = CultureInfo.InvariantCulture;
        if (Type == PeriodType.Daily)
        {
            return Start.ToString("yyyyMMdd", inv);
        }
        if (Type == PeriodType.Monthly)
        {
            return Start.ToString("yyyyMM", inv);
        }
        if (Type == PeriodType.Yearly)
        {
            return Start.Year.ToString("D4", inv);
        }
        return Type.IsFinancialYear
            ? Start.Year.ToString("D4", inv) + Type.Marker
            : string.Create(inv, $"{Year:D4}{Type.Marker}{Number}");
    }

    /// <summary>The ISO 8601 interval ADX writes: the start date and the type's duration, <c>2025-01-01/P1M</c>.</summary>
    /// <returns>The text, which <see cref="ParseIso8601"/> reads back to this period.</returns>
    public string ToIso8601String() =>
        Type is null ? string.Empty : Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + Type.Iso8601Duration;

    /// <inheritdoc />
    public bool Equals(Period other) => Type == other.Type && Start == other.Start;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type?.Value ?? 0, Start);

    /// <summary>Orders by start, then the longer period first.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End) is var byEnd && byEnd != 0 ? byEnd : (Type?.Value ?? 0).CompareTo(other.Type?.Value ?? 0);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Period other => CompareTo(other),
        _ => throw new ArgumentException("Not a Period.", nameof(obj)),
    };

    /// <summary>Value equality.</summary>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    // Longest markers first so that "April" is tried before a one-letter marker could match its first letter.
    private static readonly PeriodType[] Ordered = [PeriodType.FinancialApril, PeriodType.FinancialJuly, PeriodType.FinancialOct, PeriodType.FinancialNov, PeriodType.Weekly, PeriodType.Quarterly, PeriodType.SixMonthly];

    private static LocalDate NextStart(Period p) => p.Type.Days != 0 ? p.Start.PlusDays(p.Type.Days) : p.Start.PlusMonths(p.Type.Months);

    private static Period Create(PeriodType type, LocalDate start)
    {
        Preconditions.CheckRange(start.Year, MinYear, MaxYear, nameof(start));
        return new(type, start);
    }

    private static Period Checked(PeriodType type, LocalDate start) =>
        start.Year is >= MinYear and <= MaxYear ? new(type, start) : throw new InvalidOperationException("The period would start outside the supported years.");

    private static OneOf<Period, ParseError> Build(PeriodType type, int year, int number, string text, int offset, int numberAt)
    {
        var (s, _) = Trim(text);
        if (year < MinYear || year > MaxYear)
        {
            return new ParseError(PeriodErrorCodes.Range, $"The year must be in the range [{MinYear}, {MaxYear}].", offset, 4, s[..4]);
        }
        var max = type == PeriodType.Weekly ? Weeks.GetWeeksInWeekYear(year) : type.PerYear;
        if (number < 1 || number > max)
        {
            return new ParseError(PeriodErrorCodes.Range, string.Create(CultureInfo.InvariantCulture, $"A {type.Name} period of {year} is numbered 1 to {max}."),
                offset + numberAt, s.Length - numberAt, s[numberAt..]);
        }
        return Of(type, year, number);
    }

    private static (string Text, int Offset) Trim(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return (text.Trim(), start);
    }

    private static ParseError FormatError(string text, int offset, string s) =>
        new(PeriodErrorCodes.Format, "Expected a period such as 2025, 2025S1, 2025Q1, 202501, 2025W1, 20250315, 2025April or 2025-01-01/P1M.",
            offset, s.Length, s.Length == 0 ? text : s);

    private static ParseError RangeError(string text, int offset, string s, string message) =>
        new(PeriodErrorCodes.Range, message, offset, s.Length, s.Length == 0 ? text : s);

    private static bool TryDigits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        if (span.Length is 0 or > 9)
        {
            return false;
        }
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    private static int Mod(int a, int b) => ((a % b) + b) % b;

    private static int Div(int a, int b) => (a - Mod(a, b)) / b;
}
