using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// The tier of government an agency kind belongs to (cấp): national (Trung ương), provincial (cấp tỉnh),
/// district (cấp huyện) or commune (cấp xã).
/// </summary>
/// <remarks>
/// <para>The district tier was abolished from 1 July 2025 (two-tier local government, Law on the Organisation
/// of Local Government 2025, Luật số 72/2025/QH15); district kinds stay in the registry, effective-dated, because 2020–2024 plans name them.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgencyLevel : ClosedSet<AgencyLevel>, IClosedSet<AgencyLevel>
{
    /// <summary>National bodies: ministries and their departments (Trung ương).</summary>
    public static readonly AgencyLevel National = new(nameof(National), 1, "Trung ương");

    /// <summary>Province and centrally-run city bodies (cấp tỉnh).</summary>
    public static readonly AgencyLevel Provincial = new(nameof(Provincial), 2, "cấp tỉnh");

    /// <summary>District bodies (cấp huyện), abolished from 1 July 2025.</summary>
    public static readonly AgencyLevel District = new(nameof(District), 3, "cấp huyện");

    /// <summary>Commune, ward and special-zone bodies (cấp xã).</summary>
    public static readonly AgencyLevel Commune = new(nameof(Commune), 4, "cấp xã");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<AgencyLevel> IClosedSet<AgencyLevel>.Members { get; } = [National, Provincial, District, Commune];

    private AgencyLevel(string name, int value, string vietnameseName)
        : base(name, value) => VietnameseName = vietnameseName;

    /// <summary>The Vietnamese name of the tier, as written in plans (<c>cấp tỉnh</c>).</summary>
    public string VietnameseName { get; }
}
