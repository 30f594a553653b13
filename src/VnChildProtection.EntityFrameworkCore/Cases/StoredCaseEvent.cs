using NodaTime;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Cases;

/// <summary>
/// A row of <c>vncp_case_events</c>: one event of a case's stream, never updated or deleted. The key is the case and
/// the event's sequence number, so two writers can never store two events under one number.
/// </summary>
/// <remarks>
/// <para>The payload is the event as JSON (<see cref="CaseEventLog.ToJson(CaseEvent)"/>); the other columns repeat
/// what queries and indexes need. The payload may hold personal data (a reason written by an officer); the columns
/// hold none. Written only by <see cref="CaseStore"/>.</para>
/// </remarks>
public sealed class StoredCaseEvent
{
    /// <summary>The case the event belongs to.</summary>
    public required CaseId CaseId { get; set; }

    /// <summary>The event's number in its case, from 1 without gaps: the stream version the event makes.</summary>
    public required int Sequence { get; set; }

    /// <summary>The step the event records.</summary>
    public required WorkflowTrigger Trigger { get; set; }

    /// <summary>When the step was taken.</summary>
    public required Instant At { get; set; }

    /// <summary>The event as the library's source-generated JSON.</summary>
    public required string Payload { get; set; }
}
