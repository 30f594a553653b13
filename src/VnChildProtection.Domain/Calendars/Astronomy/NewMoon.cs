using System;

namespace VnChildProtection.Domain.Calendars.Astronomy;

/// <summary>
/// The instant of true new moon (conjunction in longitude), after Meeus, <i>Astronomical
/// Algorithms</i> (2nd ed.), chapter 49: the mean phase, 25 periodic terms in the Sun's and Moon's
/// anomalies and the Moon's argument of latitude, and 14 planetary "additional corrections".
/// </summary>
/// <remarks>
/// Meeus gives a maximum error of about 17 seconds against the ELP-2000/82 theory over 1980–2020,
/// and still well under a minute over 1900–2100; a calendar day is decided by whether the conjunction
/// falls before or after local midnight, so this precision settles every month of the range
/// (see the tests, which check against an independent algorithm and .NET's Chinese calendar data).
/// </remarks>
internal static class NewMoon
{
    /// <summary>Lunations per Julian century in the mean-phase formula.</summary>
    private const double LunationsPerCentury = 1236.85;

    private const double DegreesToRadians = Math.PI / 180.0;

    /// <summary>
    /// Lunation number: 0 is the new moon of 2000-01-06, negative before.
    /// Returns the integer k whose mean new moon is nearest the given Julian day.
    /// </summary>
    internal static int NearestLunation(double julianDay) => (int)Math.Round((julianDay - 2451550.09766) / 29.530588861);

    /// <summary>The Julian ephemeris day (TT) of true new moon number <paramref name="k"/>.</summary>
    internal static double JulianEphemerisDay(int k)
    {
        double t = k / LunationsPerCentury;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;

        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        // Eccentricity factor: the Sun's anomaly terms weaken as Earth's orbit becomes less eccentric.
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = Radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = Radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = Radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double correction =
            -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(omega)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);

        // Planetary perturbations (Meeus' A1–A14), each a few seconds at most but they add up.
        double additional =
            0.000325 * Math.Sin(Radians(299.77 + 0.107408 * k - 0.009173 * t2))
            + 0.000165 * Math.Sin(Radians(251.88 + 0.016321 * k))
            + 0.000164 * Math.Sin(Radians(251.83 + 26.651886 * k))
            + 0.000126 * Math.Sin(Radians(349.42 + 36.412478 * k))
            + 0.000110 * Math.Sin(Radians(84.66 + 18.206239 * k))
            + 0.000062 * Math.Sin(Radians(141.74 + 53.303771 * k))
            + 0.000060 * Math.Sin(Radians(207.14 + 2.453732 * k))
            + 0.000056 * Math.Sin(Radians(154.84 + 7.306860 * k))
            + 0.000047 * Math.Sin(Radians(34.52 + 27.261239 * k))
            + 0.000042 * Math.Sin(Radians(207.19 + 0.121824 * k))
            + 0.000040 * Math.Sin(Radians(291.34 + 1.844379 * k))
            + 0.000037 * Math.Sin(Radians(161.72 + 24.198154 * k))
            + 0.000035 * Math.Sin(Radians(239.56 + 25.513099 * k))
            + 0.000023 * Math.Sin(Radians(331.55 + 3.592518 * k));

        return jde + correction + additional;
    }

    /// <summary>The Julian day in Universal Time of true new moon number <paramref name="k"/>.</summary>
    internal static double JulianDayUniversal(int k)
    {
        double jde = JulianEphemerisDay(k);
        return jde - DeltaT.Days(jde);
    }

    private static double Radians(double degrees) => (degrees % 360.0) * DegreesToRadians;
}
