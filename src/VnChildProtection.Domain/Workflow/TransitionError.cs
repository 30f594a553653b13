using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Why a step was refused: the kind (with a stable code), the trigger, the case's state and an English message that
/// names the rule or article, never personal data.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TransitionError : IEquatable<TransitionError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="kind">The kind of refusal.</param>
    /// <param name="trigger">The trigger refused.</param>
    /// <param name="state">The state of the case, or null when there was no case yet.</param>
    /// <param name="message">The English explanation.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="state"/> is null.</exception>
    public TransitionError(TransitionErrorKind kind, WorkflowTrigger trigger, CaseState? state, string message)
    {
        Kind = Preconditions.CheckNotNull(kind);
        Trigger = Preconditions.CheckNotNull(trigger);
        State = state;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The kind of refusal.</summary>
    public TransitionErrorKind Kind { get; }

    /// <summary>The stable code of the kind, e.g. <c>WORKFLOW-ROLE</c>.</summary>
    public string Code => Kind.Code;

    /// <summary>The trigger that was refused.</summary>
    public WorkflowTrigger Trigger { get; }

    /// <summary>The state of the case when refused; null when no case existed.</summary>
    public CaseState? State { get; }

    /// <summary>The English explanation.</summary>
    public string Message { get; }

    /// <summary><c>WORKFLOW-ROLE ApprovePlan in AwaitingApproval: ...</c>.</summary>
    /// <returns>The error as text.</returns>
    public override string ToString() => $"{Code} {Trigger.Name} in {State?.Name ?? "(no case)"}: {Message}";

    /// <inheritdoc />
    public bool Equals(TransitionError? other) =>
        other is not null && Kind == other.Kind && Trigger == other.Trigger && State == other.State
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TransitionError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Trigger, State, StringComparer.Ordinal.GetHashCode(Message));
}
