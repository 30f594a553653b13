using System.Text.Json.Serialization;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// How a statutory time limit ended, kept in the history for audit: met in time, or breached and by how long.
/// </summary>
/// <remarks>
/// <para>Recorded in <see cref="CaseEvent.Outcomes"/> by the step that fulfils the obligation (for example
/// <see cref="WorkflowTrigger.SubmitPlan"/> fulfils <see cref="Obligation.DraftPlan"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ObligationOutcome
{
    /// <summary>The obligation.</summary>
    public required Obligation Obligation { get; init; }

    /// <summary>The article that set the time limit.</summary>
    public required string Citation { get; init; }

    /// <summary>When the period started.</summary>
    public required Instant Start { get; init; }

    /// <summary>When it was due.</summary>
    public required Deadline Deadline { get; init; }

    /// <summary>When the step that fulfilled it was taken.</summary>
    public required Instant CompletedAt { get; init; }

    /// <summary>The step that fulfilled it.</summary>
    public required WorkflowTrigger CompletedBy { get; init; }

    /// <summary>Whether it was fulfilled before the deadline passed.</summary>
    [JsonIgnore]
    public bool IsMet => !Deadline.IsPassedAt(CompletedAt);

    /// <summary>How late it was fulfilled; zero when met.</summary>
    [JsonIgnore]
    public Duration Lateness => IsMet ? Duration.Zero : CompletedAt - Deadline.Due;
}
