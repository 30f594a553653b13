using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Cases;

/// <summary>
/// A row of <c>vncp_cases</c>: the head of a case's stream (its version, the optimistic-concurrency token) and the
/// facts that the caseload queries filter on, rewritten in the transaction that appends the events.
/// </summary>
/// <remarks>
/// The row is derived from the events: dropping it and replaying the stream gives it back. It holds no personal data.
/// Written only by <see cref="CaseStore"/>.
/// </remarks>
public sealed class StoredCase
{
    /// <summary>The case.</summary>
    public required CaseId Id { get; set; }

    /// <summary>How many events the stream holds: the version a writer must have read to append.</summary>
    public required int Version { get; set; }

    /// <summary>The commune (xã) responsible for the case now, after any transfer.</summary>
    public required AdministrativeUnitCode Commune { get; set; }

    /// <summary>The state the last event reached.</summary>
    public required CaseState State { get; set; }

    /// <summary>Whether the case is open (not <see cref="CaseState.Closed"/>), kept as a column for the index.</summary>
    public required bool IsOpen { get; set; }

    /// <summary>When the report that opened the case was received.</summary>
    public required Instant ReceivedAt { get; set; }

    /// <summary>When the last event was taken.</summary>
    public required Instant LastEventAt { get; set; }
}
