using System;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// A concrete agency: an <see cref="AgencyKind"/> at a given administrative unit, e.g. the Department of Health
/// (kind <c>so-y-te</c>) of Quảng Ninh (unit code <c>22</c>): "Sở Y tế tỉnh Quảng Ninh".
/// </summary>
/// <remarks>
/// <para>The unit is an <see cref="AdministrativeUnitCode"/> (the province or commune code of Decision 19/2025/QĐ-TTg
/// or its predecessors); a code alone is not an identity across 2025 (codes were reused), so pair it with the plan's
/// date when looking the unit up in <see cref="AdministrativeUnitRegistry"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Agency : IEquatable<Agency>
{
    /// <summary>Creates a concrete agency.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="unitCode">The administrative-unit code, or null when the unit is not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public Agency(AgencyKind kind, AdministrativeUnitCode? unitCode = null)
    {
        Kind = Preconditions.CheckNotNull(kind);
        UnitCode = unitCode;
    }

    /// <summary>The agency kind.</summary>
    public AgencyKind Kind { get; }

    /// <summary>The administrative-unit code, or null.</summary>
    public AdministrativeUnitCode? UnitCode { get; }

    /// <inheritdoc />
    public bool Equals(Agency? other) => other is not null && Kind == other.Kind && UnitCode == other.UnitCode;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Agency);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, UnitCode);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Agency? left, Agency? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(Agency? left, Agency? right) => !Equals(left, right);

    /// <summary>The kind's name and the unit code: <c>Sở Y tế [22]</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => UnitCode is null ? Kind.Name : $"{Kind.Name} [{UnitCode}]";
}
