namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The stable error codes of the intervention workflow: refused steps (<see cref="TransitionError.Code"/>), case
/// histories that cannot be read or replayed, and case identifiers that cannot be parsed.
/// </summary>
/// <remarks>
/// <para>Every code starts with <c>WORKFLOW-</c> and is upper-kebab case. Codes never change meaning; hosts may switch
/// on them. This type is stateless and thread-safe.</para>
/// </remarks>
public static class WorkflowErrorCodes
{
    /// <summary>The trigger does not leave the case's current state.</summary>
    public const string State = "WORKFLOW-STATE";

    /// <summary>The law does not give the actor's role this step.</summary>
    public const string Role = "WORKFLOW-ROLE";

    /// <summary>The actor belongs to another commune than the one the step requires.</summary>
    public const string Commune = "WORKFLOW-COMMUNE";

    /// <summary>A legal condition of the step is not met.</summary>
    public const string Guard = "WORKFLOW-GUARD";

    /// <summary>The command lacks data the step needs, is not the command of its step, or names another case.</summary>
    public const string Command = "WORKFLOW-COMMAND";

    /// <summary>The command names a commune code that is no commune-level unit on the step's date.</summary>
    public const string Unit = "WORKFLOW-UNIT";

    /// <summary>The step is dated before the case's last event.</summary>
    public const string Time = "WORKFLOW-TIME";

    /// <summary>An event history is not a valid sequence for one case.</summary>
    public const string History = "WORKFLOW-HISTORY";

    // A case history that is not valid JSON of events: CaseEventLogErrorCodes (WORKFLOW-JSON-<kind>), beside the other JSON readers' codes.

    /// <summary>A case identifier is empty.</summary>
    public const string CaseIdEmpty = "WORKFLOW-CASE-ID-EMPTY";

    /// <summary>A case identifier is longer than <see cref="CaseId.MaxLength"/> characters.</summary>
    public const string CaseIdLength = "WORKFLOW-CASE-ID-LENGTH";

    /// <summary>A case identifier holds a character other than ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</summary>
    public const string CaseIdCharacter = "WORKFLOW-CASE-ID-CHARACTER";
}
