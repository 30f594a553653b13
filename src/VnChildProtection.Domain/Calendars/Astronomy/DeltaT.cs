using System;

namespace VnChildProtection.Domain.Calendars.Astronomy;

/// <summary>
/// ΔT = TT − UT in seconds, from the polynomial expressions of Espenak and Meeus
/// ("Five Millennium Canon of Solar Eclipses", NASA/TP-2006-214141, section 2.6).
/// </summary>
/// <remarks>
/// Only the pieces covering 1800–2200 are implemented: the calendar table spans 1897–2102.
/// ΔT matters because the new-moon and solar formulas give dynamical time (TT), while the
/// calendar day is civil (UT-based) time; near 2000 it is about 64 s, enough to move a new
/// moon across midnight in a few months of the two centuries.
/// </remarks>
internal static class DeltaT
{
    /// <summary>ΔT in seconds for a decimal year.</summary>
    internal static double Seconds(double year)
    {
        if (year < 1800 || year > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "ΔT is implemented for 1800–2200 only.");
        }
        double t;
        if (year < 1860)
        {
            t = year - 1800;
            return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * t * t * t
                - 0.00037436 * Math.Pow(t, 4) + 0.0000121272 * Math.Pow(t, 5)
                - 0.0000001699 * Math.Pow(t, 6) + 0.000000000875 * Math.Pow(t, 7);
        }
        if (year < 1900)
        {
            t = year - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                - 0.0004473624 * Math.Pow(t, 4) + Math.Pow(t, 5) / 233174;
        }
        if (year < 1920)
        {
            t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.Pow(t, 4);
        }
        if (year < 1941)
        {
            t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year < 1961)
        {
            t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986)
        {
            t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005)
        {
            t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
        }
        if (year < 2050)
        {
            t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        if (year < 2150)
        {
            var u = (year - 1820) / 100;
            return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        var v = (year - 1820) / 100;
        return -20 + 32 * v * v;
    }

    /// <summary>ΔT in days at a Julian day (either scale: ΔT changes too slowly for the difference to matter).</summary>
    internal static double Days(double julianDay) => Seconds(2000.0 + (julianDay - 2451545.0) / 365.25) / 86400.0;
}
