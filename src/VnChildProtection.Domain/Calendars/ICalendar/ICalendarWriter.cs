using System;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;
using NodaTime.Text;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.ICalendar;

/// <summary>
/// Writes a <see cref="ReportingSchedule"/> as an iCalendar file (RFC 5545, <c>.ics</c>) that calendar applications
/// import: one all-day VEVENT per report, deadline and event, with a Vietnamese SUMMARY and an English DESCRIPTION.
/// </summary>
/// <remarks>
/// <para>Dates are all-day values (<c>DTSTART;VALUE=DATE</c>, <c>DTEND</c> the day after the last day, exclusive as
/// RFC 5545 §3.6.1 requires), so no VTIMEZONE is needed and the days are the Vietnamese civil days whatever the
/// reader's time zone. A report's event is its adjusted due date.</para>
/// <para>UIDs are <c>&lt;entry id&gt;@&lt;domain&gt;</c>, from the entry's identity (definition, tier and period for
/// a report), never from a clock or a random GUID: importing a later export of the same schedule updates the events
/// instead of duplicating them. DTSTAMP is the instant passed in (or read from an <see cref="IClock"/>), so output is
/// deterministic.</para>
/// <para>TEXT values are escaped (backslash, semicolon, comma, newline), lines are folded at 75 octets without
/// splitting a UTF-8 sequence, and every line ends with CRLF.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ICalendarWriter
{
    /// <summary>The product identifier written when none is given.</summary>
    public const string DefaultProductId = "-//VnChildProtection//Reporting Calendar 1.0//VI";

    /// <summary>The domain part of UIDs written when none is given.</summary>
    public const string DefaultUidDomain = "vnchildprotection.domain";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly InstantPattern StampPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>A writer with the default product identifier and UID domain.</summary>
    public ICalendarWriter()
        : this(DefaultProductId, DefaultUidDomain)
    {
    }

    /// <summary>A writer with a product identifier and a UID domain of your own.</summary>
    /// <param name="productId">The PRODID value, such as <c>-//My Province//Child Data 2.1//VI</c>.</param>
    /// <param name="uidDomain">The part of every UID after <c>@</c>, such as <c>treem.example.gov.vn</c>.</param>
    /// <exception cref="ArgumentException">A value is blank or has a line break.</exception>
    public ICalendarWriter(string productId, string uidDomain)
    {
        ProductId = CheckSingleLine(productId, nameof(productId));
        UidDomain = CheckSingleLine(uidDomain, nameof(uidDomain));
    }

    /// <summary>The PRODID value.</summary>
    public string ProductId { get; }

    /// <summary>The domain part of UIDs.</summary>
    public string UidDomain { get; }

    /// <summary>The UID of an entry: its stable identity and the domain.</summary>
    /// <param name="entry">A schedule entry.</param>
    /// <returns>Such as <c>report/child-affairs-6-month/province/2023-H1@vnchildprotection.domain</c>.</returns>
    public string GetUid(ScheduleEntry entry) => Preconditions.CheckNotNull(entry).Id + "@" + UidDomain;

    /// <summary>The iCalendar text of a schedule, stamped with an instant.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="timestamp">The DTSTAMP of every event: when the export was made.</param>
    /// <returns>The iCalendar text, CRLF line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public string Write(ReportingSchedule schedule, Instant timestamp)
    {
        Preconditions.CheckNotNull(schedule);
        var output = new StringBuilder(256 + schedule.Entries.Length * 512);
        void Line(string name, string value) => ContentLines.AppendFolded(output, name + ":" + value);

        Line("BEGIN", "VCALENDAR");
        Line("VERSION", "2.0");
        Line("PRODID", ProductId);
        Line("CALSCALE", "GREGORIAN");
        Line("METHOD", "PUBLISH");
        Line("X-WR-CALNAME", ContentLines.EscapeText("Lịch báo cáo công tác trẻ em " + schedule.Year.ToString(CultureInfo.InvariantCulture)));
        Line("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh");
        string stamp = StampPattern.Format(timestamp);
        foreach (var entry in schedule.Entries)
        {
            Line("BEGIN", "VEVENT");
            Line("UID", ContentLines.EscapeText(GetUid(entry)));
            Line("DTSTAMP", stamp);
            Line("DTSTART;VALUE=DATE", DatePattern.Format(entry.Start));
            Line("DTEND;VALUE=DATE", DatePattern.Format(entry.End.PlusDays(1)));
            Line("SUMMARY;LANGUAGE=vi", ContentLines.EscapeText(entry.Title));
            Line("DESCRIPTION;LANGUAGE=en", ContentLines.EscapeText(entry.Description));
            Line("CATEGORIES", Category(entry));
            Line("TRANSP", "TRANSPARENT");
            Line("END", "VEVENT");
        }
        Line("END", "VCALENDAR");
        return output.ToString();
    }

    /// <summary>The iCalendar text of a schedule, stamped with the clock's current instant.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="clock">The clock that gives DTSTAMP.</param>
    /// <returns>The iCalendar text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Write(ReportingSchedule schedule, IClock clock) => Write(schedule, Preconditions.CheckNotNull(clock).GetCurrentInstant());

    /// <summary>Writes the iCalendar text of a schedule to a writer.</summary>
    /// <param name="writer">The destination; for a file, UTF-8 without BOM.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="timestamp">The DTSTAMP of every event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteTo(TextWriter writer, ReportingSchedule schedule, Instant timestamp) =>
        Preconditions.CheckNotNull(writer).Write(Write(schedule, timestamp));

    private static string Category(ScheduleEntry entry) => entry switch
    {
        ReportOccurrence => "REPORT",
        DeadlineOccurrence => "DEADLINE",
        _ => "EVENT",
    };

    private static string CheckSingleLine(string value, string paramName)
    {
        Preconditions.CheckNotBlank(value, paramName);
        Preconditions.CheckArgument(value.IndexOfAny(['\r', '\n']) < 0, paramName, "The value must be a single line.");
        return value.Trim();
    }
}
