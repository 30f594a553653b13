using NodaTime;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>One occurrence of a <see cref="YearlyEvent"/>: Tết Trung thu 2025 on 2025-10-06, the Action Month 1–30/6.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class EventOccurrence : ScheduleEntry
{
    internal EventOccurrence(YearlyEvent yearlyEvent, DateInterval dates)
        : base("event/" + yearlyEvent.Id + "/" + Format(dates.Start), yearlyEvent.Title, yearlyEvent.EnglishTitle, dates.Start, dates.End)
    {
        Event = yearlyEvent;
    }

    /// <summary>The recurring event.</summary>
    public YearlyEvent Event { get; }

    /// <summary>The days of the occurrence (inclusive).</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>Events have no deadline: always null.</summary>
    public override Deadline? Deadline => null;

    /// <inheritdoc />
    public override string Description
    {
        get
        {
            string dates = Start == End ? Format(Start) : Format(Start) + " to " + Format(End);
            string lunar = Event.IsLunar ? " (" + VietnameseLunarDate.FromLocalDate(Start).ToVietnameseString() + ")" : "";
            return Event.EnglishTitle + ": " + dates + lunar + ", " + Event.DescribeRule() + "." + (Event.Source is { } source ? " Source: " + source : "");
        }
    }

    private protected override bool EqualsCore(ScheduleEntry other) => other is EventOccurrence o && Event == o.Event;
}
