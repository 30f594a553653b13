namespace VnChildProtection.Domain.Tests.Calendars.Astronomy;

public partial class LunarMonthTableTests
{
    /// <summary>Why a Vietnamese month start or label differs from .NET's <c>ChineseLunisolarCalendar</c>.</summary>
    public enum Difference
    {
        /// <summary>The new moon falls in the hour before midnight UTC+8 (16:00–17:00 UT): the month starts a day earlier in UTC+7.</summary>
        Utc7DayEarlier,

        /// <summary>A different month lacks a principal term in UTC+7, so the leap month sits elsewhere (1984–85, 1987).</summary>
        LeapPlacement,

        /// <summary>.NET's data reckon days in Beijing mean time (UTC+7:45:40) before 1929; the new moon falls just after midnight UTC+8.</summary>
        BeijingMeanTime,
    }

    /// <summary>
    /// Every month start 1901-02-19..2101-01-28 at which the Vietnamese table and .NET's Chinese calendar disagree,
    /// with the reason; the test checks each reason against the astronomy, not only the list.
    /// </summary>
    public static readonly (string Start, Difference Reason)[] VietnamVersusDotNet =
    [
        ("1914-11-18", Difference.BeijingMeanTime),
        ("1916-02-04", Difference.BeijingMeanTime),
        ("1920-11-11", Difference.BeijingMeanTime),
        ("1968-01-29", Difference.Utc7DayEarlier),
        ("1969-02-16", Difference.Utc7DayEarlier),
        ("1974-12-13", Difference.Utc7DayEarlier),
        ("1975-04-11", Difference.Utc7DayEarlier),
        ("1978-09-02", Difference.Utc7DayEarlier),
        ("1979-02-26", Difference.Utc7DayEarlier),
        ("1984-05-30", Difference.Utc7DayEarlier),
        ("1984-11-23", Difference.LeapPlacement),
        ("1984-12-22", Difference.LeapPlacement),
        ("1985-01-21", Difference.LeapPlacement),
        ("1985-02-20", Difference.LeapPlacement),
        ("1985-03-21", Difference.LeapPlacement),
        ("1986-12-01", Difference.Utc7DayEarlier),
        ("1987-07-26", Difference.LeapPlacement),
        ("1987-08-24", Difference.LeapPlacement),
        ("1989-08-01", Difference.Utc7DayEarlier),
        ("1995-09-24", Difference.Utc7DayEarlier),
        ("1996-07-15", Difference.Utc7DayEarlier),
        ("1996-12-10", Difference.Utc7DayEarlier),
        ("1997-10-01", Difference.Utc7DayEarlier),
        ("1997-12-29", Difference.Utc7DayEarlier),
        ("2006-06-25", Difference.Utc7DayEarlier),
        ("2007-02-17", Difference.Utc7DayEarlier),
        ("2008-11-27", Difference.Utc7DayEarlier),
        ("2009-03-26", Difference.Utc7DayEarlier),
        ("2018-11-07", Difference.Utc7DayEarlier),
        ("2019-03-06", Difference.Utc7DayEarlier),
        ("2020-12-14", Difference.Utc7DayEarlier),
        ("2030-02-02", Difference.Utc7DayEarlier),
        ("2031-04-21", Difference.Utc7DayEarlier),
        ("2032-03-11", Difference.Utc7DayEarlier),
        ("2034-09-12", Difference.Utc7DayEarlier),
        ("2037-04-15", Difference.Utc7DayEarlier),
        ("2038-04-04", Difference.Utc7DayEarlier),
        ("2039-12-15", Difference.Utc7DayEarlier),
        ("2041-08-26", Difference.Utc7DayEarlier),
        ("2049-10-26", Difference.Utc7DayEarlier),
        ("2051-03-12", Difference.Utc7DayEarlier),
        ("2053-02-18", Difference.Utc7DayEarlier),
        ("2056-05-14", Difference.Utc7DayEarlier),
        ("2057-05-03", Difference.Utc7DayEarlier),
        ("2057-09-28", Difference.Utc7DayEarlier),
        ("2058-12-15", Difference.Utc7DayEarlier),
        ("2060-01-03", Difference.Utc7DayEarlier),
        ("2060-03-02", Difference.Utc7DayEarlier),
        ("2062-12-30", Difference.Utc7DayEarlier),
        ("2065-08-31", Difference.Utc7DayEarlier),
        ("2070-12-02", Difference.Utc7DayEarlier),
        ("2072-12-09", Difference.Utc7DayEarlier),
        ("2073-12-28", Difference.Utc7DayEarlier),
        ("2077-11-15", Difference.Utc7DayEarlier),
        ("2078-11-04", Difference.Utc7DayEarlier),
        ("2080-09-13", Difference.Utc7DayEarlier),
        ("2082-05-27", Difference.Utc7DayEarlier),
        ("2085-03-25", Difference.Utc7DayEarlier),
        ("2085-10-18", Difference.Utc7DayEarlier),
        ("2086-04-13", Difference.Utc7DayEarlier),
        ("2088-08-16", Difference.Utc7DayEarlier),
        ("2091-01-19", Difference.Utc7DayEarlier),
        ("2092-12-28", Difference.Utc7DayEarlier),
        ("2093-04-25", Difference.Utc7DayEarlier),
        ("2095-04-04", Difference.Utc7DayEarlier),
        ("2099-06-18", Difference.Utc7DayEarlier),
        ("2099-09-14", Difference.Utc7DayEarlier),
        ("2100-04-09", Difference.Utc7DayEarlier),
    ];
}
