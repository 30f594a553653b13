using System;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// One successor link of an ended administrative unit: the code of the unit that took over (all or part of) its
/// territory on the day after it ended, how much it took, and the wording of the source for that share.
/// </summary>
/// <remarks>
/// <para>Example: Phường Hàng Trống (00070, Hoàn Kiếm district, until 30 June 2025) has two: a part to the new
/// Phường Hoàn Kiếm (00070) and the remainder to the new Phường Cửa Nam (00082), worded "phần còn lại sau khi sáp
/// nhập vào phường Hoàn Kiếm" (Resolution 1656/NQ-UBTVQH15 as listed by the national merger-map site).</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
public sealed class UnitSuccession : IEquatable<UnitSuccession>
{
    /// <summary>Creates a successor link.</summary>
    /// <param name="successorCode">The code the successor holds on the day after the predecessor ends.</param>
    /// <param name="share">How much of the territory it took.</param>
    /// <param name="wording">The source's wording of the share (Vietnamese), or null when the source gives none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="successorCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="wording"/> is blank, or <paramref name="share"/> is not defined.</exception>
    public UnitSuccession(AdministrativeUnitCode successorCode, UnitShare share, string? wording = null)
    {
        SuccessorCode = Preconditions.CheckNotNull(successorCode);
        Preconditions.CheckArgument(Enum.IsDefined(share), nameof(share), "Unknown share.");
        Share = share;
        Wording = wording is null ? null : VietnameseText.Normalize(Preconditions.CheckNotBlank(wording, nameof(wording)));
    }

    /// <summary>The code the successor holds on the day after the predecessor ends.</summary>
    public AdministrativeUnitCode SuccessorCode { get; }

    /// <summary>How much of the predecessor's territory the successor took.</summary>
    public UnitShare Share { get; }

    /// <summary>The source's wording of the share, e.g. <c>phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm</c>; null when none is given.</summary>
    public string? Wording { get; }

    /// <inheritdoc />
    public bool Equals(UnitSuccession? other) =>
        other is not null && SuccessorCode == other.SuccessorCode && Share == other.Share && string.Equals(Wording, other.Wording, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitSuccession);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SuccessorCode, Share);

    /// <summary>Returns the code and share, e.g. <c>00082 Remainder (phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm)</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => Wording is null ? $"{SuccessorCode} {Share}" : $"{SuccessorCode} {Share} ({Wording})";

    /// <summary>Value equality.</summary>
    /// <param name="left">The first link.</param>
    /// <param name="right">The second link.</param>
    /// <returns>Whether both are null or equal.</returns>
    public static bool operator ==(UnitSuccession? left, UnitSuccession? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first link.</param>
    /// <param name="right">The second link.</param>
    /// <returns>Whether the links differ.</returns>
    public static bool operator !=(UnitSuccession? left, UnitSuccession? right) => !Equals(left, right);
}
