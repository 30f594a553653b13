using NodaTime;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Cases;

/// <summary>
/// A row of <c>vncp_case_notices</c>, the outbox: a notice a step owes someone (<see cref="Case.Notices"/>), stored in
/// the transaction that stores the step's event, so a notice is sent if and only if its event is stored.
/// </summary>
/// <remarks>
/// A dispatcher reads the rows with no <see cref="DispatchedAt"/> in <see cref="Id"/> order
/// (<see cref="CaseStore.UndispatchedNoticesAsync"/>), sends them and marks them
/// (<see cref="CaseStore.MarkDispatchedAsync"/>); sending is at least once. The message names the case and the step,
/// never the child.
/// </remarks>
public sealed class StoredNotice
{
    /// <summary>The outbox position, increasing in the order notices were stored.</summary>
    public long Id { get; set; }

    /// <summary>The case the notice is about.</summary>
    public required CaseId CaseId { get; set; }

    /// <summary>The sequence number of the event whose step owes the notice.</summary>
    public required int Sequence { get; set; }

    /// <summary>The step that owes the notice.</summary>
    public required WorkflowTrigger Trigger { get; set; }

    /// <summary>When the step was taken.</summary>
    public required Instant At { get; set; }

    /// <summary>Who must be told.</summary>
    public required WorkflowRole Recipient { get; set; }

    /// <summary>The recipient's commune, when the role is held per commune.</summary>
    public AdministrativeUnitCode? RecipientCommune { get; set; }

    /// <summary>The notice's text.</summary>
    public required string Message { get; set; }

    /// <summary>When a dispatcher sent the notice; null while it waits in the outbox.</summary>
    public Instant? DispatchedAt { get; set; }

    /// <summary>The notice as the core's value.</summary>
    /// <returns>The notice.</returns>
    public CaseNotice ToNotice() => new(CaseId, Trigger, At, Recipient, RecipientCommune, Message);
}
