using System;
using NodaTime;

namespace VnChildProtection.Domain.Children;

/// <summary>
/// Age in completed years (tuổi tròn, đủ tuổi) computed from a birth date, the unit every age limit of the
/// Law on Children uses (<c>dưới 16 tuổi</c>, art. 1; <c>từ đủ 07 tuổi trở lên</c>).
/// </summary>
/// <remarks>
/// <para>Completed years are NodaTime's <see cref="Period.Between(LocalDate, LocalDate, PeriodUnits)"/> in years:
/// the number of anniversaries on or before the date. A child born on 29 February has its anniversary on
/// 28 February in common years (NodaTime truncates the day when adding years), so it is one year old on
/// 28 February of the next year. Courts may read a leap-day birthday otherwise; callers needing a different
/// rule should compute the age themselves and use <see cref="AgeBand.Contains(int)"/>.</para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class ChildAge
{
    /// <summary>The age below which a person is a child (Law on Children 2016, art. 1: <c>Trẻ em là người dưới 16 tuổi</c>).</summary>
    public const int ChildhoodEndsAt = 16;

    /// <summary>The age in completed years on <paramref name="onDate"/> of a person born on <paramref name="birthDate"/>.</summary>
    /// <param name="birthDate">The date of birth.</param>
    /// <param name="onDate">The date the age is wanted for; on or after the birth date.</param>
    /// <returns>The number of completed years.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onDate"/> is before <paramref name="birthDate"/>.</exception>
    /// <exception cref="ArgumentException">The two dates use different calendar systems.</exception>
    public static int CompletedYears(LocalDate birthDate, LocalDate onDate)
    {
        if (onDate < birthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(onDate), "The date is before the date of birth.");
        }
        return Period.Between(birthDate, onDate, PeriodUnits.Years).Years;
    }

    /// <summary>Whether a person born on <paramref name="birthDate"/> is a child (under 16) on <paramref name="onDate"/>; false before birth.</summary>
    /// <param name="birthDate">The date of birth.</param>
    /// <param name="onDate">The date.</param>
    /// <returns>True when born and under 16 on that date.</returns>
    public static bool IsChild(LocalDate birthDate, LocalDate onDate) => AgeBand.Child.Contains(birthDate, onDate);
}
