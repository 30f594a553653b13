using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A request to take one step on a case: the case, who acts and when, and the data the step records. There is one
/// sealed command type per <see cref="WorkflowTrigger"/> (<see cref="SubmitPlanCommand"/>, <see cref="ApprovePlanCommand"/>…);
/// the data a step needs is a required constructor parameter of its type, so a command lacking it cannot be built.
/// </summary>
/// <remarks>
/// <para>Every command may also carry a <see cref="Reason"/>, a protection <see cref="Level"/> and
/// <see cref="Categories"/>; the commands whose step requires a reason take it in their constructor, and a blank reason
/// is refused as <see cref="TransitionErrorKind.InvalidCommand"/>.</para>
/// <para>A <see cref="Reason"/> is kept in the history: write the legal ground, never a name or other personal data.
/// <see cref="ToString"/> never shows it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public abstract record CaseCommand
{
    private protected CaseCommand(CaseId caseId, Actor actor, Instant at, string? reason = null)
    {
        CaseId = Preconditions.CheckNotNull(caseId);
        Actor = Preconditions.CheckNotNull(actor);
        At = at;
        Reason = reason;
    }

    /// <summary>The step this command takes; fixed by the command's type.</summary>
    public abstract WorkflowTrigger Trigger { get; }

    /// <summary>The case.</summary>
    public CaseId CaseId { get; init; }

    /// <summary>Who takes the step.</summary>
    public Actor Actor { get; init; }

    /// <summary>When.</summary>
    public Instant At { get; init; }

    /// <summary>The legal ground or explanation: no personal data. Required by some steps.</summary>
    public string? Reason { get; init; }

    /// <summary>The protection level decided (support or intervention), if known.</summary>
    public ProtectionLevel? Level { get; init; }

    /// <summary>The child's special circumstances (Law on Children art. 10), if known.</summary>
    public ImmutableArray<SpecialCircumstance> Categories { get; init; } = [];

    /// <summary>Why the command's data cannot be used (a blank required reason, a unit that is not a commune), or null.</summary>
    /// <returns>An English message, or null when the data is usable.</returns>
    private protected virtual string? Problem() => null;

    internal string? Validate() => Problem();

    /// <summary>The commune-level unit the command brings into the case (the reporting commune, a receiving commune), or null.</summary>
    private protected virtual AdministrativeUnitCode? NamedCommune => null;

    internal AdministrativeUnitCode? CommuneNamed() => NamedCommune;

    /// <summary>Whether the required reason is blank; for the commands whose step requires one.</summary>
    /// <returns>The message to give, or null.</returns>
    private protected string? RequireReason() => string.IsNullOrWhiteSpace(Reason) ? "This step gives a reason." : null;

    /// <inheritdoc />
    public virtual bool Equals(CaseCommand? other) =>
        other is not null && EqualityContract == other.EqualityContract && CaseId == other.CaseId && Actor == other.Actor
        && At == other.At && string.Equals(Reason, other.Reason, StringComparison.Ordinal) && Level == other.Level
        && Categories.AsSpan().SequenceEqual(other.Categories.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EqualityContract, CaseId, Actor, At);

    /// <summary>The trigger, case and actor role; never the reason.</summary>
    /// <returns>The command as text.</returns>
    public sealed override string ToString() => $"{Trigger.Name} on {CaseId} by {Actor} at {At}";
}
