using System;

namespace VnChildProtection.Domain.Calendars.Astronomy;

/// <summary>
/// The Sun's apparent geocentric longitude, after Meeus, <i>Astronomical Algorithms</i> (2nd ed.),
/// chapter 25 ("low accuracy" series: mean longitude, equation of centre, then nutation and
/// aberration through the Moon's node term).
/// </summary>
/// <remarks>
/// Meeus states an accuracy of 0.01°, i.e. about a quarter of an hour of solar motion. The calendar
/// only needs the longitude at local midnights to decide which month holds a principal term
/// (trung khí, a multiple of 30°) or the winter solstice (270°).
/// </remarks>
internal static class SolarLongitude
{
    private const double DegreesToRadians = Math.PI / 180.0;

    /// <summary>Apparent longitude in degrees, in [0, 360), at a Julian ephemeris day (TT).</summary>
    internal static double ApparentDegrees(double julianEphemerisDay)
    {
        double t = (julianEphemerisDay - 2451545.0) / 36525.0;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double meanAnomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * DegreesToRadians;
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly)
            + 0.000289 * Math.Sin(3 * meanAnomaly);
        double node = (125.04 - 1934.136 * t) * DegreesToRadians;
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.Sin(node);
        apparent %= 360.0;
        return apparent < 0 ? apparent + 360.0 : apparent;
    }

    /// <summary>Apparent longitude in degrees at a Julian day in Universal Time.</summary>
    internal static double ApparentDegreesAtUniversal(double julianDayUniversal) =>
        ApparentDegrees(julianDayUniversal + DeltaT.Days(julianDayUniversal));
}
