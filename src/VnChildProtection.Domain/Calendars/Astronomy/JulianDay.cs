using System;
using NodaTime;

namespace VnChildProtection.Domain.Calendars.Astronomy;

/// <summary>Conversions between <see cref="LocalDate"/> and the Julian day number (JDN) used by the astronomy.</summary>
internal static class JulianDay
{
    // DateOnly.DayNumber counts from 0001-01-01 (proleptic Gregorian), which is JDN 1721426.
    private const int DayNumberOffset = 1721426;

    internal static int FromLocalDate(LocalDate date) => date.ToDateOnly().DayNumber + DayNumberOffset;

    internal static LocalDate ToLocalDate(int jdn) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(jdn - DayNumberOffset));
}
