using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Calendars.Astronomy;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// A date of the Vietnamese lunar calendar (ngày âm lịch): lunar year, month 1–12 with a leap (nhuận) flag,
/// and day 1–30, as used for Tết Nguyên đán (1/1), Giỗ Tổ Hùng Vương (10/3) and Tết Trung thu (15/8).
/// </summary>
/// <remarks>
/// <para>Conversion to and from <see cref="LocalDate"/> is exact for lunar years
/// <see cref="VietnameseLunarCalendar.MinYear"/>–<see cref="VietnameseLunarCalendar.MaxYear"/>; see
/// <see cref="VietnameseLunarCalendar"/> for the astronomical rules and the time-zone history.</para>
/// <para>The text form is <c>yyyy-MM-dd</c>, with <c>L</c> after the month of a leap month:
/// <c>2025-06L-01</c> is the first day of the leap sixth month of Ất Tỵ. <see cref="ToVietnameseString"/>
/// renders the usual Vietnamese wording, <c>ngày 15 tháng 8 năm Ất Tỵ</c>.</para>
/// <para>Ordering is calendar order (a leap month follows the ordinary month of the same number), which is also
/// the order of the corresponding solar dates. <c>default</c> is 1899-01-01, the first supported date.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct VietnameseLunarDate : IEquatable<VietnameseLunarDate>, IComparable<VietnameseLunarDate>, IComparable
{
    // (year - MinYear) << 10 | (month - 1) << 6 | leap << 5 | (day - 1): the order of the packed value is calendar order.
    private readonly int packed;

    /// <summary>Creates a lunar date, checking that it exists in the calendar.</summary>
    /// <param name="year">The lunar year, <see cref="VietnameseLunarCalendar.MinYear"/>–<see cref="VietnameseLunarCalendar.MaxYear"/>.</param>
    /// <param name="month">The month number, 1–12.</param>
    /// <param name="day">The day of the month, 1–29 or 1–30.</param>
    /// <param name="isLeapMonth">Whether the date is in the leap month (tháng nhuận) of that number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is unsupported, the leap month does not exist that
    /// year, or the day is past the end of the month.</exception>
    public VietnameseLunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        Preconditions.CheckRange(year, VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear);
        Preconditions.CheckRange(month, 1, 12);
        int days = LunarMonthTable.Vietnam.DaysInMonth(year, month, isLeapMonth);
        if (days == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(isLeapMonth), isLeapMonth, "The lunar year has no such leap month.");
        }
        Preconditions.CheckRange(day, 1, days);
        packed = Pack(year, month, isLeapMonth, day);
    }

    private VietnameseLunarDate(int packed) => this.packed = packed;

    /// <summary>The lunar year; its months 1–12 begin at Tết of that year (year 2025 = Ất Tỵ began 2025-01-29).</summary>
    public int Year => (packed >> 10) + VietnameseLunarCalendar.MinYear;

    /// <summary>The month number, 1–12 (a leap month has the number of the month it repeats).</summary>
    public int Month => ((packed >> 6) & 0xF) + 1;

    /// <summary>Whether this date is in a leap month (tháng nhuận).</summary>
    public bool IsLeapMonth => (packed & 0x20) != 0;

    /// <summary>The day of the month, 1–30.</summary>
    public int Day => (packed & 0x1F) + 1;

    /// <summary>The sexagenary (can chi) name of the lunar year, such as <c>Ất Tỵ</c>.</summary>
    public string YearName => VietnameseLunarCalendar.GetYearName(Year);

    /// <summary>The lunar date of a solar date.</summary>
    /// <param name="date">A date in [<see cref="VietnameseLunarCalendar.MinDate"/>, <see cref="VietnameseLunarCalendar.MaxDate"/>].</param>
    /// <returns>The lunar date of the same civil day in Vietnam.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public static VietnameseLunarDate FromLocalDate(LocalDate date)
    {
        if (!TryFromLocalDate(date, out var result))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is outside the supported range of the lunar calendar.");
        }
        return result;
    }

    /// <summary>The lunar date of a solar date, or <c>false</c> when the date is outside the supported range.</summary>
    /// <param name="date">The solar date.</param>
    /// <param name="result">The lunar date, or <c>default</c> when the method returns <c>false</c>.</param>
    /// <returns>Whether the date could be converted.</returns>
    public static bool TryFromLocalDate(LocalDate date, out VietnameseLunarDate result)
    {
        var table = LunarMonthTable.Vietnam;
        int jdn = JulianDay.FromLocalDate(date);
        if (jdn < table.MinJdn || jdn > table.MaxJdn)
        {
            result = default;
            return false;
        }
        var (year, month, isLeap, day) = table.FromJdn(jdn);
        result = new VietnameseLunarDate(Pack(year, month, isLeap, day));
        return true;
    }

    /// <summary>The solar (Gregorian) date of this lunar date.</summary>
    /// <returns>The <see cref="LocalDate"/> of the same civil day in Vietnam.</returns>
    public LocalDate ToLocalDate() => JulianDay.ToLocalDate(LunarMonthTable.Vietnam.ToJdn(Year, Month, IsLeapMonth, Day));

    /// <summary>Parses the text form <c>yyyy-MM-dd</c> or <c>yyyy-MML-dd</c> (leap month), as written by <see cref="ToString"/>.</summary>
    /// <param name="text">The text; surrounding white space and dash variants are accepted, as are one-digit months
    /// and days and a lower-case <c>l</c>.</param>
    /// <returns>The date, or a <see cref="ParseError"/> with code <c>LUNAR-DATE-FORMAT</c>, <c>LUNAR-DATE-YEAR-RANGE</c>,
    /// <c>LUNAR-DATE-NO-LEAP-MONTH</c> or <c>LUNAR-DATE-DAY-RANGE</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<VietnameseLunarDate, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        string s = VietnameseText.NormalizeDashes(VietnameseText.Normalize(text));
        int pos = 0;
        if (!ReadNumber(s, ref pos, 4, 4, out int year) || !Expect(s, ref pos, '-'))
        {
            return FormatError(s);
        }
        int monthStart = pos;
        if (!ReadNumber(s, ref pos, 1, 2, out int month))
        {
            return FormatError(s);
        }
        bool isLeap = pos < s.Length && (s[pos] == 'L' || s[pos] == 'l');
        if (isLeap)
        {
            pos++;
        }
        int monthEnd = pos;
        if (!Expect(s, ref pos, '-'))
        {
            return FormatError(s);
        }
        int dayStart = pos;
        if (!ReadNumber(s, ref pos, 1, 2, out int day) || pos != s.Length)
        {
            return FormatError(s);
        }
        if (year < VietnameseLunarCalendar.MinYear || year > VietnameseLunarCalendar.MaxYear)
        {
            return new ParseError(CalendarErrorCodes.LunarDateYearRange,
                $"The lunar year must be in the range [{VietnameseLunarCalendar.MinYear}, {VietnameseLunarCalendar.MaxYear}].", 0, 4, s[..4]);
        }
        int days = month is >= 1 and <= 12 ? LunarMonthTable.Vietnam.DaysInMonth(year, month, isLeap) : 0;
        if (days == 0)
        {
            return new ParseError(isLeap && month is >= 1 and <= 12 ? CalendarErrorCodes.LunarDateNoLeapMonth : CalendarErrorCodes.LunarDateFormat,
                isLeap && month is >= 1 and <= 12 ? "The lunar year has no such leap month." : "The month must be in the range [1, 12].",
                monthStart, monthEnd - monthStart, s[monthStart..monthEnd]);
        }
        if (day < 1 || day > days)
        {
            return new ParseError(CalendarErrorCodes.LunarDateDayRange, $"The lunar month has {days} days.", dayStart, s.Length - dayStart, s[dayStart..]);
        }
        return new VietnameseLunarDate(Pack(year, month, isLeap, day));
    }

    /// <summary>Parses the text form, returning <c>false</c> instead of an error.</summary>
    /// <param name="text">The text to parse; null gives <c>false</c>.</param>
    /// <param name="result">The date, or <c>default</c> when the method returns <c>false</c>.</param>
    /// <returns>Whether the text was a valid lunar date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out VietnameseLunarDate result)
    {
        if (text is not null && Parse(text).TryPickT0(out result, out _))
        {
            return true;
        }
        result = default;
        return false;
    }

    /// <summary>The text form, <c>2025-08-15</c> or <c>2025-06L-01</c>, which <see cref="Parse"/> reads back.</summary>
    /// <returns>The invariant text form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}{(IsLeapMonth ? "L" : "")}-{Day:D2}");

    /// <summary>The Vietnamese wording: <c>ngày 15 tháng 8 năm Ất Tỵ</c>, <c>ngày 1 tháng 6 nhuận năm Ất Tỵ</c>.</summary>
    /// <returns>The date in Vietnamese, NFC, with the can chi year name.</returns>
    public string ToVietnameseString() =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {Day} tháng {Month}{(IsLeapMonth ? " nhuận" : "")} năm {YearName}");

    /// <inheritdoc />
    public bool Equals(VietnameseLunarDate other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VietnameseLunarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed;

    /// <summary>Compares in calendar order.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive as this date is before, the same as or after <paramref name="other"/>.</returns>
    public int CompareTo(VietnameseLunarDate other) => packed.CompareTo(other.packed);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        VietnameseLunarDate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a VietnameseLunarDate.", nameof(obj)),
    };

    /// <summary>Value equality.</summary>
    public static bool operator ==(VietnameseLunarDate left, VietnameseLunarDate right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(VietnameseLunarDate left, VietnameseLunarDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    public static bool operator <(VietnameseLunarDate left, VietnameseLunarDate right) => left.packed < right.packed;

    /// <summary>Whether <paramref name="left"/> is earlier or the same.</summary>
    public static bool operator <=(VietnameseLunarDate left, VietnameseLunarDate right) => left.packed <= right.packed;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    public static bool operator >(VietnameseLunarDate left, VietnameseLunarDate right) => left.packed > right.packed;

    /// <summary>Whether <paramref name="left"/> is later or the same.</summary>
    public static bool operator >=(VietnameseLunarDate left, VietnameseLunarDate right) => left.packed >= right.packed;

    private static int Pack(int year, int month, bool isLeap, int day) =>
        ((year - VietnameseLunarCalendar.MinYear) << 10) | ((month - 1) << 6) | (isLeap ? 0x20 : 0) | (day - 1);

    private static bool ReadNumber(string s, ref int pos, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        int start = pos;
        while (pos < s.Length && pos - start < maxDigits && s[pos] is >= '0' and <= '9')
        {
            value = value * 10 + (s[pos] - '0');
            pos++;
        }
        return pos - start >= minDigits && (pos >= s.Length || s[pos] is < '0' or > '9');
    }

    private static bool Expect(string s, ref int pos, char c)
    {
        if (pos < s.Length && s[pos] == c)
        {
            pos++;
            return true;
        }
        return false;
    }

    private static ParseError FormatError(string s) =>
        new(CalendarErrorCodes.LunarDateFormat, "Expected a lunar date such as 2025-08-15 or 2025-06L-01 (L marks a leap month).", 0, s.Length, s);
}
