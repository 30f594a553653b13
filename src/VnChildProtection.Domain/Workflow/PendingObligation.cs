using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A statutory time limit running on a case (nghĩa vụ đang chờ): which obligation, the article, when it started and
/// when it is due.
/// </summary>
/// <remarks>
/// <para>The deadline is computed once, when the step that opens the obligation is taken, from the rule in
/// <see cref="WorkflowDefinition.Obligations"/> and the working-day calendar of the time, and kept in the event
/// (<see cref="CaseEvent.Opened"/>), so that replaying a history never depends on a later calendar.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PendingObligation
{
    /// <summary>The obligation.</summary>
    public required Obligation Obligation { get; init; }

    /// <summary>The article that sets the time limit, e.g. <c>Decree 56/2017/NĐ-CP art. 28.1</c>.</summary>
    public required string Citation { get; init; }

    /// <summary>When the period started (the report, the needs meeting, the submission...).</summary>
    public required Instant Start { get; init; }

    /// <summary>When it is due: an instant for hours, the end of a day in Vietnam for days.</summary>
    public required Deadline Deadline { get; init; }

    /// <summary>Whether the obligation is overdue at <paramref name="at"/> (at or after its due instant).</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><c>true</c> when too late.</returns>
    public bool IsOverdueAt(Instant at) => Deadline.IsPassedAt(at);
}
