using System;
using System.Collections.Generic;
using System.Threading;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Astronomy;

/// <summary>
/// The start day of every lunar month of a supported range of lunar years, with its year, number and
/// leap flag, computed once from the astronomical rules and then searched.
/// </summary>
/// <remarks>
/// <para>The rules (Vietnamese and Chinese calendars since the 1645 reform):</para>
/// <list type="number">
/// <item>A month starts on the local civil day holding the true new moon.</item>
/// <item>Month 11 is the month holding the winter solstice (apparent solar longitude 270°).</item>
/// <item>When 13 months start between two consecutive month-11 starts, the first of them that holds no
/// principal term (trung khí: a multiple of 30°) is a leap month and repeats the preceding month's number.</item>
/// </list>
/// <para>A month "holds" an event when the event falls between its first local midnight and the first
/// local midnight of the next month, so the test compares the Sun's longitude at those two midnights.</para>
/// <para>Days are Julian day numbers (JDN) so the table is a pair of flat integer arrays; a lookup is a binary
/// search and allocates nothing. This type is immutable and thread-safe once built.</para>
/// </remarks>
internal sealed class LunarMonthTable
{
    /// <summary>First local day (JDN) reckoned in UTC+7 in Vietnam: 1968-01-01 (the North's change of 8 August 1967).</summary>
    internal const int VietnamUtc7FromJdn = 2439857;

    /// <summary>The first lunar year fully held by a table.</summary>
    internal const int MinYear = 1899;

    /// <summary>The last lunar year fully held by a table.</summary>
    internal const int MaxYear = 2100;

    private static readonly Lazy<LunarMonthTable> VietnamTable =
        new(() => Build(8, 7, VietnamUtc7FromJdn), LazyThreadSafetyMode.ExecutionAndPublication);

    // starts[i] is the JDN of month i's first day; starts[^1] is the day after the last month.
    private readonly int[] starts;

    // labels[i] = year << 5 | month << 1 | leap.
    private readonly int[] labels;

    // yearStartIndex[y - MinYear] is the index of month 1 of lunar year y; leapMonths likewise (0: none).
    private readonly int[] yearStartIndex;
    private readonly byte[] leapMonths;

    private LunarMonthTable(int[] starts, int[] labels, int[] yearStartIndex, byte[] leapMonths)
    {
        this.starts = starts;
        this.labels = labels;
        this.yearStartIndex = yearStartIndex;
        this.leapMonths = leapMonths;
    }

    /// <summary>The Vietnamese calendar: UTC+8 before 1968, UTC+7 from 1968-01-01.</summary>
    internal static LunarMonthTable Vietnam => VietnamTable.Value;

    /// <summary>First JDN covered (the first day of lunar year <see cref="MinYear"/>).</summary>
    internal int MinJdn => starts[yearStartIndex[0]];

    /// <summary>Last JDN covered (the last day of lunar year <see cref="MaxYear"/>).</summary>
    internal int MaxJdn => starts[yearStartIndex[^1]] - 1;

    /// <summary>Number of months held.</summary>
    internal int MonthCount => yearStartIndex[^1] - yearStartIndex[0];

    /// <summary>
    /// Builds a table for a time-zone history: <paramref name="hoursBefore"/> east of UTC for local days
    /// before JDN <paramref name="switchJdn"/>, <paramref name="hoursAfter"/> from it on.
    /// <paramref name="solarBiasDegrees"/> shifts the Sun's longitude, for tests that probe how robust each
    /// month's numbering is to the 0.01° accuracy of the solar formula.
    /// </summary>
    internal static LunarMonthTable Build(int hoursBefore, int hoursAfter, int switchJdn, double solarBiasDegrees = 0)
    {
        // The instant at which the new offset starts, as a Julian day in UT.
        double switchInstant = switchJdn - 0.5 - hoursAfter / 24.0;
        int Offset(double jdUniversal) => jdUniversal < switchInstant ? hoursBefore : hoursAfter;
        int MidnightOffset(int jdn) => jdn < switchJdn ? hoursBefore : hoursAfter;

        // Lunations from before the 1897 solstice to after the 2101 one.
        int firstK = NewMoon.NearestLunation(2414230.5);  // 1897-10-01
        int lastK = NewMoon.NearestLunation(2488806.5);   // 2102-02-01
        int count = lastK - firstK + 1;
        var monthStart = new int[count];
        var longitude = new double[count];
        for (int i = 0; i < count; i++)
        {
            double jd = NewMoon.JulianDayUniversal(firstK + i);
            int jdn = (int)Math.Floor(jd + 0.5 + Offset(jd) / 24.0);
            monthStart[i] = jdn;
            longitude[i] = Mod360(SolarLongitude.ApparentDegreesAtUniversal(jdn - 0.5 - MidnightOffset(jdn) / 24.0) + solarBiasDegrees);
        }

        // Months i = 0 .. count-2 are complete (we know where they end).
        var month11 = new List<int>();
        for (int i = 0; i + 1 < count; i++)
        {
            if (Holds(longitude[i], longitude[i + 1], 270.0))
            {
                month11.Add(i);
            }
        }

        // month11[j] is month 11 of the lunar year of the solstice in Gregorian December 1897 + j.
        int firstSolsticeYear = 1897;
        Preconditions.DebugCheck(month11.Count == 2101 - 1897 + 1, "one solstice month per year");
        var label = new int[count];
        var leap = new Dictionary<int, int>();
        for (int j = 0; j + 1 < month11.Count; j++)
        {
            int from = month11[j], to = month11[j + 1];
            int solsticeYear = firstSolsticeYear + j;
            int leapIndex = -1;
            if (to - from == 13)
            {
                for (int i = from + 1; i < to; i++)
                {
                    if (!HoldsPrincipalTerm(longitude[i], longitude[i + 1]))
                    {
                        leapIndex = i;
                        break;
                    }
                }
            }
            else if (to - from != 12)
            {
                throw new InvalidOperationException($"{to - from} months between the solstices of {solsticeYear} and {solsticeYear + 1}.");
            }

            int number = 11, year = solsticeYear;
            for (int i = from; i < to; i++)
            {
                bool isLeap = i == leapIndex;
                if (i != from && !isLeap)
                {
                    number++;
                    if (number == 13)
                    {
                        number = 1;
                        year++;
                    }
                }
                if (isLeap)
                {
                    leap[year] = number;
                }
                label[i] = (year << 5) | (number << 1) | (isLeap ? 1 : 0);
            }
        }

        // Keep months from month 1 of MinYear to month 1 of MaxYear + 1 (its start ends the range).
        int first = Array.FindIndex(label, l => l == ((MinYear << 5) | (1 << 1)));
        int last = Array.FindIndex(label, l => l == (((MaxYear + 1) << 5) | (1 << 1)));
        var starts = new int[last - first + 1];
        var labels = new int[last - first + 1];
        Array.Copy(monthStart, first, starts, 0, starts.Length);
        Array.Copy(label, first, labels, 0, labels.Length);
        var yearStart = new int[MaxYear - MinYear + 2];
        var leapMonths = new byte[MaxYear - MinYear + 2];
        for (int i = 0; i < labels.Length; i++)
        {
            if ((labels[i] & 0x1F) == (1 << 1))
            {
                int y = labels[i] >> 5;
                yearStart[y - MinYear] = i;
                leapMonths[y - MinYear] = (byte)(leap.TryGetValue(y, out int m) ? m : 0);
            }
        }
        return new LunarMonthTable(starts, labels, yearStart, leapMonths);
    }

    /// <summary>The leap month number of a lunar year, 0 when it has none.</summary>
    internal int LeapMonth(int year) => leapMonths[year - MinYear];

    /// <summary>Number of days (29 or 30) in a month of a supported year; 0 if there is no such month.</summary>
    internal int DaysInMonth(int year, int month, bool isLeap)
    {
        int index = MonthIndex(year, month, isLeap);
        return index < 0 ? 0 : starts[index + 1] - starts[index];
    }

    /// <summary>Number of days (353–355 or 383–385) in a supported lunar year.</summary>
    internal int DaysInYear(int year) => starts[yearStartIndex[year - MinYear + 1]] - starts[yearStartIndex[year - MinYear]];

    /// <summary>The JDN of a lunar date, or -1 if the month does not exist or the day is past its end.</summary>
    internal int ToJdn(int year, int month, bool isLeap, int day)
    {
        int index = MonthIndex(year, month, isLeap);
        if (index < 0 || day < 1)
        {
            return -1;
        }
        int jdn = starts[index] + day - 1;
        return jdn < starts[index + 1] ? jdn : -1;
    }

    /// <summary>The lunar date of a JDN within [<see cref="MinJdn"/>, <see cref="MaxJdn"/>].</summary>
    internal (int Year, int Month, bool IsLeap, int Day) FromJdn(int jdn)
    {
        Preconditions.DebugCheck(jdn >= MinJdn && jdn <= MaxJdn, "JDN in range");
        int index = Array.BinarySearch(starts, jdn);
        if (index < 0)
        {
            index = ~index - 1;
        }
        int label = labels[index];
        return (label >> 5, (label >> 1) & 0xF, (label & 1) == 1, jdn - starts[index] + 1);
    }

    /// <summary>The start JDN of every month in order, with its label, for tests and diagnostics.</summary>
    internal IEnumerable<(int StartJdn, int Year, int Month, bool IsLeap)> Months()
    {
        for (int i = yearStartIndex[0]; i < yearStartIndex[^1]; i++)
        {
            yield return (starts[i], labels[i] >> 5, (labels[i] >> 1) & 0xF, (labels[i] & 1) == 1);
        }
    }

    private int MonthIndex(int year, int month, bool isLeap)
    {
        if (year < MinYear || year > MaxYear || month < 1 || month > 12)
        {
            return -1;
        }
        int leapMonth = leapMonths[year - MinYear];
        if (isLeap && leapMonth != month)
        {
            return -1;
        }
        int offset = month - 1;
        if (leapMonth != 0 && (month > leapMonth || isLeap))
        {
            offset++;
        }
        return yearStartIndex[year - MinYear] + offset;
    }

    private static bool HoldsPrincipalTerm(double startLongitude, double endLongitude) =>
        Math.Floor(startLongitude / 30.0) != Math.Floor(endLongitude / 30.0);

    // Whether the Sun passes the given longitude between the two midnights (half-open, across 360°).
    private static bool Holds(double startLongitude, double endLongitude, double target) =>
        Mod360(target - startLongitude) < Mod360(endLongitude - startLongitude);

    private static double Mod360(double degrees)
    {
        double r = degrees % 360.0;
        return r < 0 ? r + 360.0 : r;
    }
}
