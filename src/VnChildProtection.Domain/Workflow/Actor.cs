using System;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Who fires a step (người thực hiện): a pseudonymous actor identifier, the role the law gives powers to, and for
/// commune roles the commune-level unit acted for.
/// </summary>
/// <remarks>
/// <para>The identifier is a staff or account number chosen by the host system, never a name; it is kept in every
/// event for audit. Commune roles (<see cref="WorkflowRole.IsCommuneRole"/>) must name a commune-level code (5 digits;
/// after 1 July 2025 the two-tier units: xã, phường, đặc khu); the other roles may name none.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Actor : IEquatable<Actor>
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">The pseudonymous actor identifier (not blank).</param>
    /// <param name="role">The role.</param>
    /// <param name="commune">The commune acted for: required for commune roles, and must be a commune-level code.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="commune"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is blank, a commune role has no commune, or the code is not commune level.</exception>
    public Actor(string id, WorkflowRole role, AdministrativeUnitCode? commune = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        Role = Preconditions.CheckNotNull(role);
        Preconditions.CheckArgument(!role.IsCommuneRole || commune is not null, nameof(commune), "A commune role must name its commune.");
        Preconditions.CheckArgument(commune is null || commune.Level == AdministrativeLevel.Commune, nameof(commune), "The code must be a commune-level code.");
        Commune = commune;
    }

    /// <summary>The pseudonymous actor identifier.</summary>
    public string Id { get; }

    /// <summary>The role acted in.</summary>
    public WorkflowRole Role { get; }

    /// <summary>The commune acted for; null for bodies that are not commune bound (hotline, police, labour-social body).</summary>
    public AdministrativeUnitCode? Commune { get; }

    /// <summary><c>CommuneChair@00070 #u-17</c>: role, commune and identifier.</summary>
    /// <returns>The actor as text.</returns>
    public override string ToString() => Role.Name + (Commune is null ? string.Empty : "@" + Commune.Value) + " #" + Id;

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Role == other.Role && Equals(Commune, other.Commune);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Role, Commune);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Actor? left, Actor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Actor? left, Actor? right) => !(left == right);
}
