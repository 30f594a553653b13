using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// A target for one group named in a clause that sets values per group: <c>dưới 5% đối với nông thôn và dưới 10%
/// đối với thành thị</c> (Decision 23/QĐ-TTg, Chỉ tiêu 4, obesity) gives one for <c>nông thôn</c> and one for <c>thành thị</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class QualifiedTarget : IEquatable<QualifiedTarget>
{
    /// <summary>Creates a qualified target.</summary>
    /// <param name="group">The group as written after <c>đối với</c>, or null when the clause names none.</param>
    /// <param name="target">The target for that group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public QualifiedTarget(string? group, Target target)
    {
        Group = group;
        Target = Preconditions.CheckNotNull(target);
    }

    /// <summary>The group as written (<c>nông thôn</c>), or null.</summary>
    public string? Group { get; }

    /// <summary>The target for the group.</summary>
    public Target Target { get; }

    /// <inheritdoc />
    public bool Equals(QualifiedTarget? other) => other is not null && Group == other.Group && Target == other.Target;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QualifiedTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, Target);

    /// <summary>Returns the Vietnamese target followed by <c>đối với</c> and the group, when there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Group is null ? Target.ToString() : Target + " đối với " + Group;

    /// <summary>Value equality.</summary>
    public static bool operator ==(QualifiedTarget? left, QualifiedTarget? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(QualifiedTarget? left, QualifiedTarget? right) => !Equals(left, right);
}
