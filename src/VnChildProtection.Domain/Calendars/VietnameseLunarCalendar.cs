using System;
using NodaTime;
using VnChildProtection.Domain.Calendars.Astronomy;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// Facts about years of the Vietnamese lunar calendar (âm lịch): leap months, month lengths, the date of
/// Tết Nguyên đán and the sexagenary (can chi) year names.
/// </summary>
/// <remarks>
/// <para>The calendar is computed, not tabulated by hand: months start on the civil day of the true new moon
/// (Meeus, <i>Astronomical Algorithms</i>, ch. 49), month 11 holds the winter solstice and, in a year of 13
/// months, the first month without a principal solar term (trung khí; Meeus ch. 25 for the Sun) is the leap month.
/// Days are reckoned in UTC+7 from 1968-01-01 and in UTC+8 before, when Vietnam used the Chinese reckoning
/// (the North adopted UTC+7 for the calendar in August 1967), which is why Tết 1968, 1969, 1985, 2007, 2030 and 2053
/// differ from the Chinese calendar.</para>
/// <para>The table of month starts for lunar years <see cref="MinYear"/>–<see cref="MaxYear"/> is built once, on
/// first use; every query after that is a lookup.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public static class VietnameseLunarCalendar
{
    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The first supported lunar year (Kỷ Hợi, starting 1899-02-10).</summary>
    public const int MinYear = LunarMonthTable.MinYear;

    /// <summary>The last supported lunar year (Canh Thân, ending in January 2101).</summary>
    public const int MaxYear = LunarMonthTable.MaxYear;

    /// <summary>The first supported solar date: Tết of <see cref="MinYear"/>.</summary>
    public static LocalDate MinDate => JulianDay.ToLocalDate(LunarMonthTable.Vietnam.MinJdn);

    /// <summary>The last supported solar date: the last day of lunar year <see cref="MaxYear"/>.</summary>
    public static LocalDate MaxDate => JulianDay.ToLocalDate(LunarMonthTable.Vietnam.MaxJdn);

    /// <summary>Whether a solar date lies in the supported range [<see cref="MinDate"/>, <see cref="MaxDate"/>].</summary>
    /// <param name="date">The solar (Gregorian) date.</param>
    /// <returns><c>true</c> when the date can be converted.</returns>
    public static bool IsSupported(LocalDate date)
    {
        var table = LunarMonthTable.Vietnam;
        int jdn = JulianDay.FromLocalDate(date);
        return jdn >= table.MinJdn && jdn <= table.MaxJdn;
    }

    /// <summary>The leap month (tháng nhuận) of a lunar year: the number it repeats, or 0 when the year has none.</summary>
    /// <param name="year">A lunar year in [<see cref="MinYear"/>, <see cref="MaxYear"/>].</param>
    /// <returns>0, or 1–12 (a leap month follows the ordinary month of the same number).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static int GetLeapMonth(int year) => LunarMonthTable.Vietnam.LeapMonth(CheckYear(year));

    /// <summary>The number of days (29 or 30) of a lunar month.</summary>
    /// <param name="year">A lunar year in the supported range.</param>
    /// <param name="month">The month number, 1–12.</param>
    /// <param name="isLeapMonth">Whether the leap month of that number is meant.</param>
    /// <returns>29 (tháng thiếu) or 30 (tháng đủ).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is unsupported, or the month does not exist that year.</exception>
    public static int GetDaysInMonth(int year, int month, bool isLeapMonth = false)
    {
        int days = LunarMonthTable.Vietnam.DaysInMonth(CheckYear(year), Preconditions.CheckRange(month, 1, 12), isLeapMonth);
        if (days == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(isLeapMonth), isLeapMonth, "The lunar year has no such leap month.");
        }
        return days;
    }

    /// <summary>The number of days of a lunar year: 353–355, or 383–385 with a leap month.</summary>
    /// <param name="year">A lunar year in the supported range.</param>
    /// <returns>The length of the year in days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static int GetDaysInYear(int year) => LunarMonthTable.Vietnam.DaysInYear(CheckYear(year));

    /// <summary>The solar date of Tết Nguyên đán (lunar 1/1) of a lunar year.</summary>
    /// <param name="year">A lunar year in the supported range.</param>
    /// <returns>The first day of the lunar year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static LocalDate GetNewYear(int year) =>
        JulianDay.ToLocalDate(LunarMonthTable.Vietnam.ToJdn(CheckYear(year), 1, false, 1));

    /// <summary>The sexagenary name of a lunar year, heavenly stem then earthly branch: 2025 → <c>Ất Tỵ</c>.</summary>
    /// <param name="year">Any lunar year from 1 on (the cycle is defined for all years).</param>
    /// <returns>The Vietnamese can chi name, with diacritics (NFC).</returns>
    /// <remarks>Vietnamese names differ from Chinese in the fourth branch: Mão (cat), not rabbit.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is less than 1.</exception>
    public static string GetYearName(int year)
    {
        Preconditions.CheckRange(year, 1, int.MaxValue);
        return Stems[(year + 6) % 10] + " " + Branches[(year + 8) % 12];
    }

    private static int CheckYear(int year) => Preconditions.CheckRange(year, MinYear, MaxYear);
}
