using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// One entry of a case's append-only history (nhật ký hồ sơ): which step was taken, by whom (actor identifier, role,
/// commune), when, with what data and reason, and the statutory time limits it opened and fulfilled.
/// </summary>
/// <remarks>
/// <para>A case is exactly the replay of its events (<see cref="Case.Replay(System.Collections.Generic.IEnumerable{CaseEvent})"/>). Events are produced by
/// <see cref="CaseWorkflow"/>; they round-trip through JSON with <see cref="CaseEventLog"/>. Hosts can turn them into
/// notifications (<see cref="Case.Notices"/>).</para>
/// <para><see cref="ToString"/> leaves out the reason, which is free text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CaseEvent
{
    /// <summary>The case.</summary>
    public required CaseId CaseId { get; init; }

    /// <summary>The position in the history, from 1.</summary>
    public required int Sequence { get; init; }

    /// <summary>The step taken.</summary>
    public required WorkflowTrigger Trigger { get; init; }

    /// <summary>The state before; null for the report that opened the case.</summary>
    public CaseState? From { get; init; }

    /// <summary>The state after.</summary>
    public required CaseState To { get; init; }

    /// <summary>The pseudonymous identifier of the actor.</summary>
    public required string ActorId { get; init; }

    /// <summary>The role the actor acted in.</summary>
    public required WorkflowRole Role { get; init; }

    /// <summary>The commune the actor acted for, if a commune role.</summary>
    public AdministrativeUnitCode? ActorCommune { get; init; }

    /// <summary>When the step was taken.</summary>
    public required Instant At { get; init; }

    /// <summary>The legal ground or explanation given.</summary>
    public string? Reason { get; init; }

    /// <summary>The report source (report and reopen).</summary>
    public ReportSource? Source { get; init; }

    /// <summary>The owning commune (report) or receiving commune (transfer request).</summary>
    public AdministrativeUnitCode? Commune { get; init; }

    /// <summary>The initial assessment's risk level.</summary>
    public RiskLevel? Risk { get; init; }

    /// <summary>Whether the detailed assessment found a plan needed.</summary>
    public bool? NeedsPlan { get; init; }

    /// <summary>The plan version submitted, approved, returned or made by an adjustment.</summary>
    public int? PlanVersion { get; init; }

    /// <summary>The review's finding.</summary>
    public ReviewFinding? Finding { get; init; }

    /// <summary>The protection level recorded.</summary>
    public ProtectionLevel? Level { get; init; }

    /// <summary>The special circumstances recorded.</summary>
    public ImmutableArray<SpecialCircumstance> Categories { get; init; } = [];

    /// <summary>The time limits this step started.</summary>
    public ImmutableArray<PendingObligation> Opened { get; init; } = [];

    /// <summary>The time limits this step fulfilled, met or breached.</summary>
    public ImmutableArray<ObligationOutcome> Outcomes { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(CaseEvent? other) =>
        other is not null && CaseId == other.CaseId && Sequence == other.Sequence && Trigger == other.Trigger
        && From == other.From && To == other.To && string.Equals(ActorId, other.ActorId, StringComparison.Ordinal)
        && Role == other.Role && Equals(ActorCommune, other.ActorCommune) && At == other.At
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal) && Source == other.Source
        && Equals(Commune, other.Commune) && Risk == other.Risk && NeedsPlan == other.NeedsPlan
        && PlanVersion == other.PlanVersion && Finding == other.Finding && Level == other.Level
        && Categories.SequenceEqual(other.Categories) && Opened.SequenceEqual(other.Opened) && Outcomes.SequenceEqual(other.Outcomes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CaseId, Sequence, Trigger, To, At);

    /// <summary><c>#3 AssessInitialRisk Received→Assessing by CommuneOfficer at 2025-04-29T02:30:00Z</c>; never the reason.</summary>
    /// <returns>The event as text.</returns>
    public override string ToString() =>
        $"#{Sequence} {Trigger.Name} {From?.Name ?? "[*]"}→{To.Name} by {Role.Name} at {At}";
}
