using NodaTime;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>A one-off <see cref="PlanDeadline"/> in the schedule of its year, with its working-day adjustment.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DeadlineOccurrence : ScheduleEntry
{
    private readonly DueDatePolicy policy;

    internal DeadlineOccurrence(PlanDeadline planDeadline, LocalDate dueDate, DueDatePolicy policy)
        : base("deadline/" + planDeadline.Id, planDeadline.Title, planDeadline.EnglishTitle, dueDate, dueDate)
    {
        PlanDeadline = planDeadline;
        DueDate = dueDate;
        this.policy = policy;
    }

    /// <summary>The deadline the plan sets.</summary>
    public PlanDeadline PlanDeadline { get; }

    /// <summary>The date as the plan writes it.</summary>
    public LocalDate RawDueDate => PlanDeadline.Date;

    /// <summary>The due date after the <see cref="DueDatePolicy"/>.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Whether the due date was moved off a day off.</summary>
    public bool IsAdjusted => RawDueDate != DueDate;

    /// <inheritdoc />
    public override Deadline? Deadline => Calendars.Deadline.EndOf(DueDate);

    /// <inheritdoc />
    public override string Description =>
        PlanDeadline.EnglishTitle + (PlanDeadline.Tier is { } tier ? " (" + tier.EnglishName + " tier)" : "") + ". "
        + DescribeDue(RawDueDate, DueDate, policy) + (PlanDeadline.Source is { } source ? " Source: " + source : "");

    private protected override bool EqualsCore(ScheduleEntry other) =>
        other is DeadlineOccurrence o && PlanDeadline == o.PlanDeadline && DueDate == o.DueDate;
}
