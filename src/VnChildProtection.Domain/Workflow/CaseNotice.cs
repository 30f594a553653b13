using NodaTime;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A domain event a host can turn into a notification (thông báo): who should know that a step was taken on a case,
/// such as the commune chair when a plan awaits approval.
/// </summary>
/// <remarks>
/// <para>Raised by <see cref="CaseWorkflow.Fire"/> and read from <see cref="Case.Notices"/>; not part of the history
/// (a replayed case has none). The message is English and holds no personal data.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Trigger">The step taken.</param>
/// <param name="At">When.</param>
/// <param name="Recipient">The role to notify.</param>
/// <param name="RecipientCommune">The commune of the recipient, for commune roles.</param>
/// <param name="Message">What happened and what is expected, with the article.</param>
public sealed record CaseNotice(CaseId CaseId, WorkflowTrigger Trigger, Instant At, WorkflowRole Recipient, AdministrativeUnitCode? RecipientCommune, string Message);
