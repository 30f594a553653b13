using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Cases;

/// <summary>
/// A row of <c>vncp_case_obligations</c>: a time limit a case owes now (<see cref="Case.Pending"/>), with the commune
/// and the due instant indexed together, so "what is due in this commune before this date" reads an index range.
/// </summary>
/// <remarks>Rewritten for the case in the transaction that appends its events. Written only by <see cref="CaseStore"/>.</remarks>
public sealed class StoredObligation
{
    /// <summary>The case that owes the obligation.</summary>
    public required CaseId CaseId { get; set; }

    /// <summary>The obligation's place among the case's pending obligations (part of the key).</summary>
    public required int Ordinal { get; set; }

    /// <summary>The commune responsible for the case.</summary>
    public required AdministrativeUnitCode Commune { get; set; }

    /// <summary>What is owed.</summary>
    public required Obligation Obligation { get; set; }

    /// <summary>The legal source of the time limit.</summary>
    public required string Citation { get; set; }

    /// <summary>When the time limit started.</summary>
    public required Instant Start { get; set; }

    /// <summary>The instant at which the obligation is overdue.</summary>
    public required Instant Due { get; set; }
}
