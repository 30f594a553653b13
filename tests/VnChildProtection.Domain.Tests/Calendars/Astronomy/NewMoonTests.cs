using System;
using VnChildProtection.Domain.Calendars.Astronomy;

namespace VnChildProtection.Domain.Tests.Calendars.Astronomy;

public class NewMoonTests
{
    [Fact]
    public void JulianEphemerisDay_MeeusExample49a_Matches()
    {
        // Meeus example 49.a: the new moon of 1977 February, k = -283, JDE 2443192.65118.
        Assert.Equal(2443192.65118, NewMoon.JulianEphemerisDay(-283), 5);
    }

    [Fact]
    public void JulianEphemerisDay_EveryLunation1897To2102_AgreesWithIndependentSolutionWithinTwoMinutes()
    {
        double worst = 0;
        for (int k = -1275; k <= 1265; k++)
        {
            double ours = NewMoon.JulianEphemerisDay(k);
            double other = IndependentNewMoon.ConjunctionNear(ours + 0.3);
            worst = Math.Max(worst, Math.Abs(ours - other) * 1440);
        }
        Assert.True(worst < 2.0, $"worst difference {worst:F2} min");
    }

    [Fact]
    public void JulianEphemerisDay_Lunation2031April_IsThreeMinutesBeforeVietnamMidnight()
    {
        // The leap third month of 2031 starts on 2031-04-21 because the conjunction is at about 23:57 UTC+7.
        int k = NewMoon.NearestLunation(2462977.5);
        double ut = NewMoon.JulianDayUniversal(k);
        double localMinutes = ((ut + 0.5 + 7 / 24.0) % 1) * 1440;
        Assert.InRange(localMinutes, 23 * 60 + 55, 24 * 60 - 1);
        double other = IndependentNewMoon.ConjunctionNear(NewMoon.JulianEphemerisDay(k));
        Assert.True(Math.Abs(NewMoon.JulianEphemerisDay(k) - other) * 1440 < 2.0);
    }

    [Theory]
    [InlineData(1900.0, -2.79)]
    [InlineData(2000.0, 63.86)]
    [InlineData(1975.0, 45.45)]
    public void DeltaTSeconds_PolynomialEpochs_ReturnConstantTerm(double year, double expected)
    {
        Assert.Equal(expected, DeltaT.Seconds(year), 2);
    }

    [Fact]
    public void ApparentDegrees_MeeusExample25a_Matches()
    {
        // Meeus example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895° (low-accuracy method 199.90988°).
        Assert.Equal(199.909, SolarLongitude.ApparentDegrees(2448908.5), 2);
    }
}
