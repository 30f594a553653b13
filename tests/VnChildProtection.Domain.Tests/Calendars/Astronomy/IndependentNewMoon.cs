using System;

namespace VnChildProtection.Domain.Tests.Calendars.Astronomy;

/// <summary>
/// A second, deliberately different new-moon computation for cross-checking the library: instead of Meeus'
/// ch. 49 phase series, it solves "Moon longitude − Sun longitude = 0" by Newton iteration, with the Moon from the
/// 37 largest longitude terms of Meeus ch. 47 (ELP-2000/82 truncated) and the Sun from the Astronomical Almanac's
/// low-precision formula. Accuracy is about a minute, enough to confirm the library's times within minutes.
/// </summary>
internal static class IndependentNewMoon
{
    private const double Rad = Math.PI / 180.0;

    // D, M, M', F multipliers and the coefficient of sin in 1e-6 degrees (Meeus table 47.A, largest terms).
    private static readonly (int D, int M, int Mp, int F, int C)[] Terms =
    [
        (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618),
        (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
        (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
        (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
        (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
        (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
        (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
        (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390), (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
        (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069), (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773),
        (2, 0, 0, 2, -1595),
    ];

    /// <summary>Julian day (TT) of the conjunction nearest <paramref name="guessJde"/>.</summary>
    public static double ConjunctionNear(double guessJde)
    {
        double t = guessJde;
        for (int i = 0; i < 8; i++)
        {
            double elongation = Wrap(MoonLongitude(t) - SunLongitude(t));
            // The Moon gains about 12.19° a day on the Sun.
            t -= elongation / 12.1907;
        }
        return t;
    }

    private static double MoonLongitude(double jde)
    {
        double t = (jde - 2451545.0) / 36525.0;
        double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t + t * t * t / 538841.0;
        double d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t * t + t * t * t / 545868.0;
        double m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t * t;
        double mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t * t + t * t * t / 69699.0;
        double f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t * t;
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double sum = 0;
        foreach (var term in Terms)
        {
            double arg = (term.D * d + term.M * m + term.Mp * mp + term.F * f) % 360.0;
            double factor = Math.Abs(term.M) switch { 1 => e, 2 => e * e, _ => 1 };
            sum += term.C * factor * Math.Sin(arg * Rad);
        }
        double a1 = 119.75 + 131.849 * t;
        sum += 3958 * Math.Sin(a1 % 360.0 * Rad) + 1962 * Math.Sin((lp - f) % 360.0 * Rad)
            + 318 * Math.Sin((53.09 + 479264.290 * t) % 360.0 * Rad);
        return lp + sum / 1e6;
    }

    // Astronomical Almanac low-precision Sun: apparent longitude referred to the mean equinox of date.
    private static double SunLongitude(double jde)
    {
        double n = jde - 2451545.0;
        double l = 280.460 + 0.9856474 * n;
        double g = (357.528 + 0.9856003 * n) % 360.0 * Rad;
        return l + 1.915 * Math.Sin(g) + 0.020 * Math.Sin(2 * g);
    }

    private static double Wrap(double degrees)
    {
        double r = degrees % 360.0;
        if (r > 180)
        {
            r -= 360;
        }
        else if (r <= -180)
        {
            r += 360;
        }
        return r;
    }
}
