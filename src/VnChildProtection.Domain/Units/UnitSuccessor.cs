using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// A unit that holds (all or part of) an earlier unit's territory on a later date, with the share it took and the
/// source's wording: one line of the answer to "which commune is old Phường Hàng Trống today?".
/// </summary>
/// <remarks>This type is immutable and thread-safe, with value equality.</remarks>
public sealed class UnitSuccessor : IEquatable<UnitSuccessor>
{
    /// <summary>Creates a successor entry.</summary>
    /// <param name="unit">The unit valid on the date asked about.</param>
    /// <param name="share">How much of the earlier unit it took (the first partial share on the way, when links chain).</param>
    /// <param name="wording">The source's wording of the share, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public UnitSuccessor(AdministrativeUnit unit, UnitShare share, string? wording)
    {
        Unit = Preconditions.CheckNotNull(unit);
        Share = share;
        Wording = wording;
    }

    /// <summary>The unit valid on the date asked about.</summary>
    public AdministrativeUnit Unit { get; }

    /// <summary>How much of the earlier unit's territory this unit holds.</summary>
    public UnitShare Share { get; }

    /// <summary>The source's wording of the share, e.g. <c>phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm</c>; null when none is given.</summary>
    public string? Wording { get; }

    /// <inheritdoc />
    public bool Equals(UnitSuccessor? other) =>
        other is not null && Unit == other.Unit && Share == other.Share && string.Equals(Wording, other.Wording, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitSuccessor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Share);

    /// <summary>Returns the unit and the share, e.g. <c>Phường Cửa Nam (00082, 2025-07-01–…) Remainder</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => Wording is null ? $"{Unit} {Share}" : $"{Unit} {Share} ({Wording})";

    /// <summary>Value equality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>Whether both are null or equal.</returns>
    public static bool operator ==(UnitSuccessor? left, UnitSuccessor? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>Whether the entries differ.</returns>
    public static bool operator !=(UnitSuccessor? left, UnitSuccessor? right) => !Equals(left, right);
}
