namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// The stable <see cref="Text.ParseError.Code"/> values returned when a time limit, a lunar date or a report period cannot be parsed (<see cref="TimeLimit"/>, <see cref="VietnameseLunarDate"/>, <see cref="Reporting.ReportPeriod"/>).
/// </summary>
/// <remarks>This type holds constants only and is thread-safe.</remarks>
public static class CalendarErrorCodes
{
    /// <summary>The time limit is empty or white space.</summary>
    public const string TimeLimitEmpty = "TIMELIMIT-EMPTY";

    /// <summary>The time limit has no count, a count outside 1–999, or a count above ten written in words.</summary>
    public const string TimeLimitCount = "TIMELIMIT-COUNT";

    /// <summary>The time limit has no unit or one other than <c>giờ</c>, <c>ngày</c>, <c>ngày làm việc</c> or <c>tháng</c>.</summary>
    public const string TimeLimitUnit = "TIMELIMIT-UNIT";

    /// <summary>The text is not a lunar date such as <c>2025-08-15</c> or <c>2025-06L-01</c> (<c>L</c> marks a leap month), or the month is outside 1–12.</summary>
    public const string LunarDateFormat = "LUNAR-DATE-FORMAT";

    /// <summary>The lunar year is outside the range the calendar supports.</summary>
    public const string LunarDateYearRange = "LUNAR-DATE-YEAR-RANGE";

    /// <summary>A leap month is given that the lunar year does not have.</summary>
    public const string LunarDateNoLeapMonth = "LUNAR-DATE-NO-LEAP-MONTH";

    /// <summary>The day is beyond the length (29 or 30 days) of the lunar month.</summary>
    public const string LunarDateDayRange = "LUNAR-DATE-DAY-RANGE";

    /// <summary>The text is not a report period in one of its forms (<c>2023-M05</c>, <c>2023-Q2</c>, <c>2023-H1</c>, <c>2023-9M</c>, <c>2023-Y</c>).</summary>
    public const string ReportPeriodFormat = "REPORT-PERIOD-FORMAT";

    /// <summary>The year or the period number is out of range.</summary>
    public const string ReportPeriodRange = "REPORT-PERIOD-RANGE";
}
