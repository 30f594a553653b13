using System.Text;
using NodaTime;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// A report due from one tier for one period: seed 001's district 6-month report for 2023, due 20/5/2023 (a
/// Saturday) and so on Monday 22/5 under <see cref="DueDatePolicy.NextWorkingDay"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReportOccurrence : ScheduleEntry
{
    private readonly DueDatePolicy policy;

    internal ReportOccurrence(ReportDefinition definition, ReportingTier tier, ReportPeriod period, LocalDate rawDueDate, LocalDate dueDate, DueDatePolicy policy)
        : base("report/" + definition.Id + "/" + tier.Name.ToLowerInvariant() + "/" + period,
            definition.Title + " – " + tier.VietnameseName + " – " + period.ToVietnameseString(),
            definition.EnglishTitle + " – " + tier.EnglishName + " – " + period,
            dueDate, dueDate)
    {
        Definition = definition;
        Tier = tier;
        Period = period;
        DataWindow = definition.DataWindow?.WindowFor(period);
        RawDueDate = rawDueDate;
        DueDate = dueDate;
        this.policy = policy;
    }

    /// <summary>The report the regime requires.</summary>
    public ReportDefinition Definition { get; }

    /// <summary>The tier that submits it.</summary>
    public ReportingTier Tier { get; }

    /// <summary>The period it covers.</summary>
    public ReportPeriod Period { get; }

    /// <summary>The data cut-off window (inclusive), or null when the regime sets none.</summary>
    public DateInterval? DataWindow { get; }

    /// <summary>The due date as the regime writes it.</summary>
    public LocalDate RawDueDate { get; }

    /// <summary>The due date after the <see cref="DueDatePolicy"/>: equal to <see cref="RawDueDate"/> on a working day.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Whether the due date was moved off a day off.</summary>
    public bool IsAdjusted => RawDueDate != DueDate;

    /// <inheritdoc />
    public override Deadline? Deadline => Calendars.Deadline.EndOf(DueDate);

    /// <inheritdoc />
    public override string Description
    {
        get
        {
            var text = new StringBuilder();
            text.Append(Definition.EnglishTitle).Append(" (").Append(Definition.Kind.EnglishName).Append(") from the ")
                .Append(Tier.EnglishName).Append(" tier. Period ").Append(Format(Period.Start)).Append(" to ").Append(Format(Period.End)).Append('.');
            if (DataWindow is { } window)
            {
                text.Append(" Data window ").Append(Format(window.Start)).Append(" to ").Append(Format(window.End)).Append('.');
            }
            text.Append(' ').Append(DescribeDue(RawDueDate, DueDate, policy));
            if (Definition.Source is { } source)
            {
                text.Append(" Source: ").Append(source);
            }
            return text.ToString();
        }
    }

    private protected override bool EqualsCore(ScheduleEntry other) =>
        other is ReportOccurrence o && Definition == o.Definition && Tier == o.Tier && Period == o.Period
        && DataWindow == o.DataWindow && RawDueDate == o.RawDueDate && DueDate == o.DueDate;
}
