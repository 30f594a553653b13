using NodaTime;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// The typed result of working-day arithmetic that leaves the years the calendar knows
/// (<see cref="WorkingDayCalendar.SupportedDates"/>, 1900–2100, the range of the lunar calendar that places Tết and
/// the Hùng Kings' day): a date given outside them, or a count of working days that walks out of them.
/// </summary>
/// <remarks>
/// <para>Returned inside a <c>OneOf</c> by <see cref="WorkingDayCalendar.TryGetDay"/>,
/// <see cref="WorkingDayCalendar.TryAddWorkingDays"/> and <see cref="WorkingDayCalendar.TryWorkingDaysBetween"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CalendarRangeError
{
    /// <summary>The code of every calendar range error: <c>CALENDAR-DATE-RANGE</c>.</summary>
    public const string OutOfRangeCode = "CALENDAR-DATE-RANGE";

    internal CalendarRangeError(LocalDate? date, string message)
    {
        Date = date;
        Message = message;
    }

    /// <summary>Always <see cref="OutOfRangeCode"/>.</summary>
    public string Code { get; } = OutOfRangeCode;

    /// <summary>The date given outside the supported years, or null when a count of working days left them.</summary>
    public LocalDate? Date { get; }

    /// <summary>What left the range, in English, naming the supported dates.</summary>
    public string Message { get; }

    /// <summary>Returns the code and the message.</summary>
    /// <returns>For example <c>CALENDAR-DATE-RANGE: 1800-01-01 is outside 1900-01-01 … 2100-12-31 …</c>.</returns>
    public override string ToString() => Code + ": " + Message;
}
