using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Astronomy;

namespace VnChildProtection.Domain.Benchmarks.Calendars;

/// <summary>
/// Converting every day of a solar year (2025) to the lunar calendar and back. Baseline: the same astronomy
/// (<see cref="NewMoon"/>, <see cref="SolarLongitude"/>) evaluated per call, as the widely copied Hồ Ngọc Đức algorithm
/// does, instead of the library's month table built once. .NET's <see cref="ChineseLunisolarCalendar"/> is a reference
/// point: table-driven too, but the Chinese calendar (UTC+8), so its answers are not the Vietnamese ones in every month.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LunarConversionBenchmarks
{
    private const string SolarToLunar = "SolarToLunar";
    private const string LunarToSolar = "LunarToSolar";

    // Vietnam reckons the calendar in UTC+7 since 1968, which covers the sample.
    private const int TimeZoneHours = 7;

    private static readonly LocalDate[] SolarDates =
        [.. Enumerable.Range(0, 365).Select(i => new LocalDate(2025, 1, 1).PlusDays(i))];

    private static readonly VietnameseLunarDate[] LunarDates = [.. SolarDates.Select(VietnameseLunarDate.FromLocalDate)];

    private static readonly ChineseLunisolarCalendar Chinese = new();

    /// <summary>Fails the run if the baseline does not compute the library's answers, so the ratios compare equal work.</summary>
    [GlobalSetup]
    public void CheckBaselineAgrees()
    {
        for (int i = 0; i < SolarDates.Length; i++)
        {
            var (year, month, isLeap, day) = AstronomicalSolarToLunar(JulianDay.FromLocalDate(SolarDates[i]));
            var expected = LunarDates[i];
            if ((year, month, isLeap, day) != (expected.Year, expected.Month, expected.IsLeapMonth, expected.Day)
                || AstronomicalLunarToSolar(expected.Year, expected.Month, expected.IsLeapMonth, expected.Day) != JulianDay.FromLocalDate(SolarDates[i]))
            {
                throw new InvalidOperationException($"The astronomical baseline disagrees with the library on {SolarDates[i]}.");
            }
        }
    }

    /// <summary>Baseline: new moons and solar terms recomputed for every date.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(SolarToLunar)]
    public int SolarToLunarAstronomical()
    {
        int checksum = 0;
        foreach (var date in SolarDates)
        {
            var (year, month, isLeap, day) = AstronomicalSolarToLunar(JulianDay.FromLocalDate(date));
            checksum += year * 1000 + month * 50 + (isLeap ? 25 : 0) + day;
        }
        return checksum;
    }

    /// <summary>The library: a binary search in the month table.</summary>
    [Benchmark]
    [BenchmarkCategory(SolarToLunar)]
    public int SolarToLunarLibrary()
    {
        int checksum = 0;
        foreach (var date in SolarDates)
        {
            var lunar = VietnameseLunarDate.FromLocalDate(date);
            checksum += lunar.Year * 1000 + lunar.Month * 50 + (lunar.IsLeapMonth ? 25 : 0) + lunar.Day;
        }
        return checksum;
    }

    /// <summary>Reference point: .NET's Chinese calendar (month 1–13 with the leap month counted in).</summary>
    [Benchmark]
    [BenchmarkCategory(SolarToLunar)]
    public int SolarToLunarDotNetChinese()
    {
        int checksum = 0;
        foreach (var date in SolarDates)
        {
            var dateTime = date.ToDateTimeUnspecified();
            checksum += Chinese.GetYear(dateTime) * 1000 + Chinese.GetMonth(dateTime) * 50 + Chinese.GetDayOfMonth(dateTime);
        }
        return checksum;
    }

    /// <summary>Baseline: the month's new moon found astronomically for every date.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(LunarToSolar)]
    public int LunarToSolarAstronomical()
    {
        int checksum = 0;
        foreach (var lunar in LunarDates)
        {
            checksum += AstronomicalLunarToSolar(lunar.Year, lunar.Month, lunar.IsLeapMonth, lunar.Day);
        }
        return checksum;
    }

    /// <summary>The library: an index into the month table.</summary>
    [Benchmark]
    [BenchmarkCategory(LunarToSolar)]
    public int LunarToSolarLibrary()
    {
        int checksum = 0;
        foreach (var lunar in LunarDates)
        {
            checksum += lunar.ToLocalDate().DayOfYear;
        }
        return checksum;
    }

    /// <summary>Reference point: .NET's Chinese calendar, numbering the leap month in as .NET expects.</summary>
    [Benchmark]
    [BenchmarkCategory(LunarToSolar)]
    public int LunarToSolarDotNetChinese()
    {
        int checksum = 0;
        foreach (var lunar in LunarDates)
        {
            int leap = Chinese.GetLeapMonth(lunar.Year);
            int month = lunar.Month + (leap != 0 && (lunar.Month >= leap || lunar.IsLeapMonth) ? 1 : 0);
            checksum += Chinese.ToDateTime(lunar.Year, month, lunar.Day, 0, 0, 0, 0).DayOfYear;
        }
        return checksum;
    }

    /// <summary>The one-off cost the library pays on first use: the month table for 1899–2100.</summary>
    [Benchmark]
    [BenchmarkCategory("TableBuild")]
    public int BuildMonthTable() => LunarMonthTable.Build(8, 7, LunarMonthTable.VietnamUtc7FromJdn).MonthCount;

    // The day (JDN) holding true new moon k in Vietnam.
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon.JulianDayUniversal(k) + 0.5 + TimeZoneHours / 24.0);

    // Which 30° sector (0–11) the Sun is in at the local midnight starting a day: equal sectors at two month starts
    // mean the first month holds no principal term.
    private static int SunSector(int jdn) =>
        (int)(SolarLongitude.ApparentDegreesAtUniversal(jdn - 0.5 - TimeZoneHours / 24.0) / 30.0);

    // The lunation number of the last new moon on or before a day.
    private static int LunationOnOrBefore(int jdn)
    {
        int k = NewMoon.NearestLunation(jdn) + 1;
        while (NewMoonDay(k) > jdn)
        {
            k--;
        }
        return k;
    }

    // Month 11 of a solar year: the month holding the winter solstice (the Sun reaches 270° within it).
    private static int Month11Lunation(int gregorianYear)
    {
        int k = LunationOnOrBefore(JulianDay.FromLocalDate(new LocalDate(gregorianYear, 12, 31)));
        return SunSector(NewMoonDay(k)) >= 9 ? k - 1 : k;
    }

    // In a 13-month year, the offset from month 11 of the first month without a principal term.
    private static int LeapMonthOffset(int month11)
    {
        int offset = 1;
        int sector = SunSector(NewMoonDay(month11 + 1));
        while (offset < 14)
        {
            int next = SunSector(NewMoonDay(month11 + offset + 1));
            if (next == sector)
            {
                return offset;
            }
            sector = next;
            offset++;
        }
        return offset;
    }

    private static (int Year, int Month, bool IsLeap, int Day) AstronomicalSolarToLunar(int jdn)
    {
        int k = LunationOnOrBefore(jdn);
        int monthStart = NewMoonDay(k);
        int solarYear = JulianDay.ToLocalDate(jdn).Year;
        int a11 = Month11Lunation(solarYear), b11;
        int lunarYear;
        if (NewMoonDay(a11) >= monthStart)
        {
            lunarYear = solarYear;
            b11 = a11;
            a11 = Month11Lunation(solarYear - 1);
        }
        else
        {
            lunarYear = solarYear + 1;
            b11 = Month11Lunation(solarYear + 1);
        }
        int diff = k - a11;
        int month = diff + 11;
        bool isLeap = false;
        if (b11 - a11 == 13)
        {
            int leapOffset = LeapMonthOffset(a11);
            if (diff >= leapOffset)
            {
                month = diff + 10;
                isLeap = diff == leapOffset;
            }
        }
        if (month > 12)
        {
            month -= 12;
        }
        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }
        return (lunarYear, month, isLeap, jdn - monthStart + 1);
    }

    private static int AstronomicalLunarToSolar(int year, int month, bool isLeap, int day)
    {
        int a11 = month < 11 ? Month11Lunation(year - 1) : Month11Lunation(year);
        int b11 = month < 11 ? Month11Lunation(year) : Month11Lunation(year + 1);
        int offset = (month - 11 + 12) % 12;
        if (b11 - a11 == 13)
        {
            int leapOffset = LeapMonthOffset(a11);
            if (isLeap || offset >= leapOffset)
            {
                offset++;
            }
        }
        return NewMoonDay(a11 + offset) + day - 1;
    }
}
