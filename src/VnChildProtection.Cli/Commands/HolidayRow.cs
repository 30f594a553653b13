namespace VnChildProtection.Cli.Commands;

/// <summary>One day of <c>vncp holidays</c>: a day whose status differs from the ordinary week, and why.</summary>
/// <param name="Date">ISO date.</param>
/// <param name="DayOfWeek">English day name (<c>Saturday</c>).</param>
/// <param name="Kind">The <c>DayKind</c> name (<c>Holiday</c>, <c>CompensatoryDayOff</c>, <c>SwappedDayOff</c>, <c>SwappedWorkingDay</c>).</param>
/// <param name="KindVi">The Vietnamese name of the kind (<c>Ngày nghỉ bù</c>).</param>
/// <param name="IsWorkingDay">Whether the day is worked (a Saturday worked in a swap).</param>
/// <param name="Holiday">The <c>PublicHoliday</c> name the day belongs to, or null.</param>
/// <param name="NameVi">The holiday's Vietnamese name (<c>Tết Âm lịch</c>), or null.</param>
/// <param name="NameEn">The holiday's English name (<c>Lunar New Year</c>), or null.</param>
/// <param name="Source">The schedule that decided the day (an official announcement or the statutory rules).</param>
/// <param name="Verification">How far the day's status was checked: <c>Verified</c>, <c>Secondary</c> or <c>Unverified</c>.</param>
/// <param name="VerificationSource">The text relied on for the day (the announcement and what it states).</param>
/// <param name="VerificationLocation">Where that text was read (a URL or repository path), or null when none was found.</param>
internal sealed record HolidayRow(
    string Date,
    string DayOfWeek,
    string Kind,
    string KindVi,
    bool IsWorkingDay,
    string? Holiday,
    string? NameVi,
    string? NameEn,
    string Source,
    string Verification,
    string VerificationSource,
    string? VerificationLocation);
