using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>Why a trigger was refused (lý do từ chối): the kinds of <see cref="TransitionError"/>, each with a stable code.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TransitionErrorKind : ClosedSet<TransitionErrorKind>, IClosedSet<TransitionErrorKind>
{
    /// <summary>The trigger does not leave the case's current state (<c>WORKFLOW-STATE</c>).</summary>
    public static readonly TransitionErrorKind NotAllowedInState = new(nameof(NotAllowedInState), 1, WorkflowErrorCodes.State);

    /// <summary>The law does not give the actor's role this step (<c>WORKFLOW-ROLE</c>).</summary>
    public static readonly TransitionErrorKind RoleNotAllowed = new(nameof(RoleNotAllowed), 2, WorkflowErrorCodes.Role);

    /// <summary>The actor belongs to another commune than the one the step requires (<c>WORKFLOW-COMMUNE</c>).</summary>
    public static readonly TransitionErrorKind WrongCommune = new(nameof(WrongCommune), 3, WorkflowErrorCodes.Commune);

    /// <summary>A legal condition of the step is not met (<c>WORKFLOW-GUARD</c>).</summary>
    public static readonly TransitionErrorKind GuardFailed = new(nameof(GuardFailed), 4, WorkflowErrorCodes.Guard);

    /// <summary>The command lacks data the step needs, or names another case (<c>WORKFLOW-COMMAND</c>).</summary>
    public static readonly TransitionErrorKind InvalidCommand = new(nameof(InvalidCommand), 5, WorkflowErrorCodes.Command);

    /// <summary>The step is dated before the case's last event (<c>WORKFLOW-TIME</c>).</summary>
    public static readonly TransitionErrorKind OutOfOrder = new(nameof(OutOfOrder), 6, WorkflowErrorCodes.Time);

    /// <summary>An event history is not a valid sequence for one case (<c>WORKFLOW-HISTORY</c>).</summary>
    public static readonly TransitionErrorKind InvalidHistory = new(nameof(InvalidHistory), 7, WorkflowErrorCodes.History);

    /// <summary>
    /// The command names a commune code that no commune-level unit holds on the step's date in Vietnam, e.g. a
    /// pre-reform commune after 30 June 2025 (<c>WORKFLOW-UNIT</c>).
    /// </summary>
    public static readonly TransitionErrorKind UnknownCommune = new(nameof(UnknownCommune), 8, WorkflowErrorCodes.Unit);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<TransitionErrorKind> IClosedSet<TransitionErrorKind>.Members { get; } = [NotAllowedInState, RoleNotAllowed, WrongCommune, GuardFailed, InvalidCommand, OutOfOrder, InvalidHistory, UnknownCommune];

    private TransitionErrorKind(string name, int value, string code)
        : base(name, value) => Code = code;

    /// <summary>The stable code, e.g. <c>WORKFLOW-GUARD</c>.</summary>
    public string Code { get; }
}
